/**
 * When an off-topic page is worth checking again: text that arrives after the first look (an article
 * loaded by the page's scripts, a single-page navigation). Shared by the pre-check that runs on every
 * page and by the full content script, so that both bound their cost the same way.
 */

/** Quiet time after the page's last change before it is looked at again (live blogs, "read more"). */
export const DYNAMIC_DEBOUNCE_MS = 400;
/** How often an off-topic page is checked again as it changes (text that loads late): bounded cost. */
export const MAX_OFF_TOPIC_RECHECKS = 3;
/** Characters of new text that make an off-topic page worth checking again (an article, not an ad). */
export const MIN_NEW_TEXT_FOR_RECHECK = 400;

/** Elements whose text is not prose: a page's scripts and ads add these all the time. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Characters of text added by a batch of mutations (text nodes and elements, not scripts or styles). */
export function addedTextLength(records: readonly MutationRecord[]): number {
  let added = 0;
  for (const r of records) {
    for (const n of r.addedNodes) {
      if (n.nodeType === 3 || (n.nodeType === 1 && !NOT_PROSE.has(n.nodeName.toUpperCase()))) added += n.textContent?.length ?? 0;
    }
  }
  return added;
}
