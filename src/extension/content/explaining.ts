import { getCategory } from '../../core/categories';
import type { Flag } from '../../core/types';
import { Card, type CardItem } from '../../dom/card';
import type { AppContext, PageWindow } from './context';
import type { Painting } from './painting';
import { visibleFlags, type Session } from './session';

export interface ExplainingActions {
  /** "Why it matters" for a rule, when the background sent one. */
  whyItMatters(rule: string): string | undefined;
  /** The card's "Not an issue". */
  dismiss(key: string): void;
  /** The card's "Show in list". */
  showInList(key: string): void;
}

export interface Explaining {
  /** Starts following the pointer, Escape and scrolling (once something is painted). */
  listen(): void;
  /** Scrolls to a flag and opens its card, with the focus in it when asked. */
  open(key: string, focus: boolean): void;
  /** Opens the next (1) or previous (-1) flag shown; false when none is shown. */
  step(direction: 1 | -1): boolean;
  hide(): void;
  /** A line in the open card (where the list is, when the browser would not open it). */
  say(text: string): void;
  /** A new page: stepping starts from its first flag again. */
  restart(): void;
}

/**
 * The card and the keyboard: a card beside a flag under the pointer, or the flag the reader stepped
 * to, and Escape to close it. The card is built when a flag is first explained (most pages never have
 * one); the pointer is followed only once something is painted; everything stops with the context.
 */
export function createExplaining(ctx: AppContext, doc: Document, session: Session, painting: Painting, actions: ExplainingActions): Explaining {
  const win = doc.defaultView as PageWindow;
  let card: Card | null = null;
  const theCard = (): Card => (card ??= new Card(doc, { dismiss: actions.dismiss, showInList: actions.showInList }));
  const itemFor = (key: string, flag: Flag): CardItem => {
    const category = getCategory(flag.category);
    return { key, flag, category, why: actions.whyItMatters(flag.rule) ?? category.whyItMatters };
  };
  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  let cursor = -1;
  let listening = false;
  let pending = false;

  // The latest move of a frame counts: the pointer is where it came to rest, not where the frame's first move was.
  let latest: MouseEvent | null = null;
  const onPointer = (event: MouseEvent): void => {
    latest = event;
    if (pending || !painting.active || session.state.status !== 'done') return;
    pending = true;
    win.requestAnimationFrame(() => {
      pending = false;
      const e = latest!;
      if (!painting.active || card?.contains(e.target)) return;
      const here = painting.flagsAt(e.clientX, e.clientY);
      if (here.length === 0) {
        if (card?.isOpen && !card.contains(e.target)) card.hide();
        return;
      }
      const rect = painting.rectOf(here[0]!.key);
      if (rect) theCard().show(here.map((i) => itemFor(i.key, i.flag)), rect, { page: session.state.genre?.line });
    });
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && card?.isOpen) card.hide();
  };

  const explaining: Explaining = {
    listen() {
      if (listening) return;
      listening = true;
      doc.addEventListener('mousemove', onPointer, { passive: true, signal: ctx.signal });
      doc.addEventListener('keydown', onKey, { signal: ctx.signal });
      win.addEventListener('scroll', () => card?.isOpen && card.hide(), { passive: true, signal: ctx.signal });
    },
    open(key, focus) {
      const item = session.items.find((i) => i.key === key);
      if (!item || !painting.active) return;
      // After the scroll, so that the card sits beside the span where it ends up (and no scroll closes it).
      void Promise.resolve(painting.reveal(key, !reducedMotion())).then(() => {
        const rect = ctx.isInvalid ? null : painting.rectOf(key);
        if (rect) theCard().show([itemFor(key, item.flag)], rect, { focus, page: session.state.genre?.line });
      });
    },
    step(direction) {
      const shown = visibleFlags(session);
      if (shown.length === 0) return false;
      cursor = (cursor + direction + shown.length) % shown.length;
      explaining.open(shown[cursor]!.key, true);
      return true;
    },
    hide: () => card?.hide(),
    say: (text) => card?.say(text),
    restart() {
      cursor = -1;
    },
  };
  ctx.onInvalidated(() => card?.hide());
  return explaining;
}
