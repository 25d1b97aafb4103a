import { mayBeOnTopic } from '../core/topic';
import { quickPageText } from '../dom/extract';
import { addedTextLength, DYNAMIC_DEBOUNCE_MS, MAX_OFF_TOPIC_RECHECKS, MIN_NEW_TEXT_FOR_RECHECK } from './late-text';

/** What the pre-check needs from the extension, asked for only when the page may be about the war. */
export interface PregateHost {
  /** False once the extension was updated or removed: this copy of the script is an orphan. */
  alive(): boolean;
  /** Asks the background to start the full content script in this frame. */
  handOver(): void;
}

/**
 * The first stage, injected into every page: the topic pre-check and nothing else. Most pages are not
 * about the war, and on those this is all ClaimLens does: read the page's prose once, find that it
 * names neither side (or not the war), and stop. It touches no extension API there (the first use of
 * one costs the page more than the check itself), reads no settings and paints nothing. When the
 * prose may be on topic it hands over to the background, which starts the full content script with
 * the reader's settings. Text that loads late gets a bounded number of second looks.
 *
 * Stops for good when it hands over, when the signal aborts, or when the extension is gone.
 */
export function startPregate(doc: Document, host: PregateHost, signal?: AbortSignal): void {
  const win = doc.defaultView;
  if (!win || signal?.aborted) return;
  let observer: MutationObserver | null = null;
  let debounce: number | null = null;
  let rechecks = 0;

  const stop = (): void => {
    observer?.disconnect();
    observer = null;
    if (debounce !== null) win.clearTimeout(debounce);
    debounce = null;
    win.removeEventListener('popstate', onNavigate);
  };
  /** True when the page may be on topic and was handed over (or the pre-check was cancelled). */
  const check = (): boolean => {
    if (signal?.aborted) {
      stop();
      return true;
    }
    if (!mayBeOnTopic(quickPageText(doc))) return false;
    stop();
    if (host.alive()) host.handOver();
    return true;
  };
  const later = (): void => {
    if (debounce !== null) win.clearTimeout(debounce);
    debounce = win.setTimeout(() => {
      debounce = null;
      if (host.alive()) check();
      else stop();
    }, DYNAMIC_DEBOUNCE_MS);
  };
  function onNavigate(): void {
    later();
  }

  if (check() || !doc.body) return;
  // Not on topic now: watch for a large amount of new text, a few times at most.
  observer = new win.MutationObserver((records) => {
    if (addedTextLength(records) < MIN_NEW_TEXT_FOR_RECHECK) return;
    if (++rechecks > MAX_OFF_TOPIC_RECHECKS) {
      observer?.disconnect();
      return;
    }
    later();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  win.addEventListener('popstate', onNavigate);
  signal?.addEventListener('abort', stop, { once: true });
}
