/**
 * Scrolling a flag into view, and knowing when it got there: the card opens beside the span where the
 * scroll leaves it. A smooth scroll's length is the browser's (Firefox's ran about 650 ms where
 * Chromium's is shorter) and grows on a busy machine, so no fixed wait fits: the card waits for the
 * scroll's end, and a card opened before it was closed again by the scroll.
 */

/** The longest wait for the end of a scroll (a page whose own scripts keep scrolling it). */
export const SCROLL_SETTLE_MAX_MS = 3_000;
/** Less than this many CSS pixels of movement is no scroll. */
const NO_MOVE_PX = 1;

/** Where `scrollIntoView({ block: 'center' })` puts the viewport for `el`, against where it is. */
function viewportMoves(win: Window, el: Element): boolean {
  const doc = el.ownerDocument;
  const rect = el.getBoundingClientRect();
  const max = Math.max(0, (doc.scrollingElement ?? doc.documentElement).scrollHeight - win.innerHeight);
  const target = Math.min(max, Math.max(0, win.scrollY + rect.top + rect.height / 2 - win.innerHeight / 2));
  return Math.abs(target - win.scrollY) >= NO_MOVE_PX;
}

/** Scrolls `el` to the middle of the viewport; resolves once the viewport is there (at once when it already was). */
export function scrollIntoViewSettled(el: Element, smooth: boolean): Promise<void> {
  const win = el.ownerDocument.defaultView;
  const moves = smooth && win !== null && 'onscrollend' in win && viewportMoves(win, el);
  el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  if (!moves || !win) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      win.removeEventListener('scrollend', done);
      win.clearTimeout(timer);
      resolve();
    };
    const timer = win.setTimeout(done, SCROLL_SETTLE_MAX_MS);
    win.addEventListener('scrollend', done);
  });
}
