import type { CategoryId } from '../../core/types';
import { FallbackPainter } from '../../dom/fallback-painter';
import { highlightApiAvailable, Painter, type FlagPainter, type PaintedFlag } from '../../dom/painter';
import type { AppContext, PageWindow } from './context';
import { visibleFlags, type Session } from './session';

export interface Painting {
  /** True once a painter exists for the article. */
  readonly active: boolean;
  /** Creates the painter for the article read; true when it is new (nothing was painted before). */
  ensure(): boolean;
  /** Paints the flags the reader sees; false when there is no painter or no article. */
  repaint(): boolean;
  /** Removes every highlight; the painter stays for the next repaint. */
  clear(): void;
  /** Removes every highlight and the painter: the next article gets a new one. */
  drop(): void;
  /** The flags painted under a point of the viewport. */
  flagsAt(x: number, y: number): PaintedFlag[];
  rectOf(key: string): DOMRect | null;
  /** Scrolls to a flag and emphasises it; settles when the scroll has ended. */
  reveal(key: string, smooth: boolean): Promise<void>;
}

/**
 * Painting: one painter per article, the CSS Custom Highlight API where the browser has it and the
 * reader did not ask for the compatibility painter, else marks that are undone exactly. Clears
 * everything when the context is invalidated.
 */
export function createPainting(ctx: AppContext, doc: Document, session: Session): Painting {
  let painter: FlagPainter | null = null;
  /** The flags painted now, by key: what the pointer can land on. */
  let painted = new Map<string, PaintedFlag>();

  const painting: Painting = {
    get active() {
      return painter !== null;
    },
    ensure() {
      if (painter || !session.extraction) return false;
      const fallback = session.settings.compatibilityPainter || !highlightApiAvailable(doc.defaultView as PageWindow);
      painter = fallback ? new FallbackPainter(doc, session.extraction.map) : new Painter(doc, session.extraction.map);
      session.state.painter = fallback ? 'fallback' : 'highlights';
      return true;
    },
    repaint() {
      if (!painter || !session.extraction) return false;
      const shown = visibleFlags(session);
      painted = new Map(shown.map((i) => [i.key, i]));
      painter.paint(shown, new Set<CategoryId>(shown.map((i) => i.flag.category)));
      return true;
    },
    clear: () => painter?.clear(),
    drop() {
      painter?.clear();
      painter = null;
    },
    flagsAt(x, y) {
      // The painter holds only the flags shown, so whatever it finds here is shown.
      return painter ? painter.keysAt(x, y).flatMap((k) => painted.get(k) ?? []) : [];
    },
    rectOf: (key) => painter?.rectOf(key) ?? null,
    reveal: (key, smooth) => painter?.reveal(key, smooth) ?? Promise.resolve(),
  };
  ctx.onInvalidated(() => painting.drop());
  return painting;
}
