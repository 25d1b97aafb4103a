import { MARK_TAG } from '../../dom/fallback-painter';
import { addedTextLength, DYNAMIC_DEBOUNCE_MS, MAX_OFF_TOPIC_RECHECKS, MIN_NEW_TEXT_FOR_RECHECK } from '../late-text';
import type { AppContext, PageWindow } from './context';
import type { Session } from './session';

/** Elements ClaimLens itself puts into the page: their comings and goings are not the page changing. */
const OWN_TAGS = new Set([MARK_TAG, 'claimlens-card']);
const ours = (n: Node): boolean => OWN_TAGS.has(n.nodeName.toLowerCase());

/** True when a batch of mutations changed the page itself, not only ClaimLens's marks and card. */
export function pageChanged(records: readonly MutationRecord[]): boolean {
  return records.some((r) => {
    if (r.type === 'characterData') return !(r.target.parentNode && ours(r.target.parentNode));
    const changed = [...r.addedNodes, ...r.removedNodes];
    return changed.length > 0 && !changed.every(ours) && !ours(r.target);
  });
}

export interface PageWatchEvents {
  /** The page's text changed and has been marked for reading again. */
  changed(): void;
  /** A single-page navigation to another address. */
  navigated(): void;
}

export interface PageWatch {
  /** Starts (or keeps) watching the page's text for changes. */
  observe(): void;
}

/**
 * Watching the page change: text that arrives or goes (live blogs, "read more", infinite scroll) is
 * read again after a quiet moment, an off-topic page only for a large amount of new text and a few
 * times at most; a single-page navigation to another address starts afresh. Stops with the context.
 */
export function watchPage(ctx: AppContext, doc: Document, session: Session, on: PageWatchEvents): PageWatch {
  const win = doc.defaultView as PageWindow;
  const { state } = session;
  let debounce: number | null = null;
  let rechecks = 0;

  const observer = new MutationObserver((records) => {
    if (!pageChanged(records) || state.status === 'disabled' || state.status === 'paused') return;
    if (state.status === 'off-topic') {
      if (addedTextLength(records) < MIN_NEW_TEXT_FOR_RECHECK) return;
      if (++rechecks > MAX_OFF_TOPIC_RECHECKS) {
        observer.disconnect();
        return;
      }
    }
    if (debounce !== null) win.clearTimeout(debounce);
    debounce = ctx.setTimeout(() => {
      debounce = null;
      session.extraction = null;
      if (state.status === 'off-topic' || state.status === 'no-article') state.topic = null;
      session.stale = true;
      on.changed();
    }, DYNAMIC_DEBOUNCE_MS);
  });

  // The page's address without its fragment: a jump to a heading is not a new page.
  const address = () => win.location.href.replace(/#.*$/, '');
  let current = address();
  const navigate = (): void => {
    // popstate and WXT's watcher both report a back navigation: one is enough.
    if (address() === current) return;
    current = address();
    rechecks = 0;
    on.navigated();
  };
  ctx.addEventListener(win, 'wxt:locationchange', navigate);
  win.addEventListener('popstate', navigate, { signal: ctx.signal });
  ctx.onInvalidated(() => observer.disconnect());

  return {
    observe: () => observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true }),
  };
}
