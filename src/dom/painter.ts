import { CATEGORIES, highlightCss, highlightName } from '../core/categories';
import type { CategoryId, Flag } from '../core/types';
import { Locator } from './locate';
import { scrollIntoViewSettled } from './scroll';
import { resolveSpan, type TextMap } from './textmap';

/** A flag with its stable key on this page. */
export interface PaintedFlag {
  key: string;
  flag: Flag;
}

/** What the content script needs from a painter, whichever way it paints. */
export interface FlagPainter {
  paint(items: readonly PaintedFlag[], enabled: ReadonlySet<CategoryId>): void;
  show(enabled: ReadonlySet<CategoryId>): void;
  clear(): void;
  /** Keys of the shown flags under a point of the viewport. */
  keysAt(x: number, y: number): string[];
  rectOf(key: string): DOMRect | null;
  /** Scrolls the flag into view and marks it strongly for a moment; resolves when the scroll has ended. */
  reveal(key: string, smooth: boolean): Promise<void>;
}

/** How long a revealed flag stays emphasised. */
export const EMPHASIS_MS = 1500;
export const FOCUS_HIGHLIGHT = 'claimlens-focus';

export function highlightApiAvailable(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

/**
 * Paints flags with the CSS Custom Highlight API: one Highlight per category, registered as
 * `claimlens-<category>`. Nothing in the page's DOM changes; the styles go in through an adopted
 * constructed stylesheet, which is not part of the document tree either.
 */
export class Painter implements FlagPainter {
  private items: { key: string; flag: Flag; range: Range }[] = [];
  private sheet: CSSStyleSheet | null = null;
  private shown = new Set<CategoryId>();
  private enabled: ReadonlySet<CategoryId> = new Set();
  private readonly locator: Locator;
  private emphasisTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly map: TextMap,
  ) {
    this.locator = new Locator(map);
  }

  paint(items: readonly PaintedFlag[], enabled: ReadonlySet<CategoryId>): void {
    this.items = [];
    for (const { key, flag } of items) {
      const span = resolveSpan(this.map, flag.start, flag.end);
      if (!span || !span.start.node.isConnected || !span.end.node.isConnected) continue;
      const range = this.doc.createRange();
      try {
        range.setStart(span.start.node, span.start.offset);
        range.setEnd(span.end.node, span.end.offset);
      } catch {
        continue;
      }
      this.items.push({ key, flag, range });
    }
    this.shown.forEach((id) => CSS.highlights.delete(highlightName(id)));
    this.shown.clear();
    this.show(enabled);
  }

  show(enabled: ReadonlySet<CategoryId>): void {
    this.enabled = enabled;
    this.ensureStyles();
    for (const { id } of CATEGORIES) {
      const ranges = enabled.has(id) ? this.items.filter((i) => i.flag.category === id).map((i) => i.range) : [];
      if (ranges.length > 0) {
        CSS.highlights.set(highlightName(id), new Highlight(...ranges));
        this.shown.add(id);
      } else if (this.shown.has(id)) {
        CSS.highlights.delete(highlightName(id));
        this.shown.delete(id);
      }
    }
  }

  clear(): void {
    for (const id of this.shown) CSS.highlights.delete(highlightName(id));
    this.shown.clear();
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
    if (this.emphasisTimer) clearTimeout(this.emphasisTimer);
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }

  keysAt(x: number, y: number): string[] {
    const offset = this.locator.offsetAtPoint(this.doc, x, y);
    if (offset === null) return [];
    return this.items
      .filter((i) => this.enabled.has(i.flag.category) && i.flag.start <= offset && offset < i.flag.end && contains(i.range.getClientRects(), x, y))
      .map((i) => i.key);
  }

  rectOf(key: string): DOMRect | null {
    return this.items.find((i) => i.key === key)?.range.getBoundingClientRect() ?? null;
  }

  reveal(key: string, smooth: boolean): Promise<void> {
    const item = this.items.find((i) => i.key === key);
    if (!item) return Promise.resolve();
    const target = item.range.startContainer.parentElement;
    const settled = target ? scrollIntoViewSettled(target, smooth) : Promise.resolve();
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(item.range));
    if (this.emphasisTimer) clearTimeout(this.emphasisTimer);
    this.emphasisTimer = setTimeout(() => CSS.highlights.delete(FOCUS_HIGHLIGHT), EMPHASIS_MS);
    return settled;
  }

  private ensureStyles(): void {
    if (this.sheet) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${highlightCss()}\n::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 200, 0, 0.65); color: #000; }`);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }
}
