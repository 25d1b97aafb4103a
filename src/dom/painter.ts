import { CATEGORIES, highlightCss, highlightName } from '../core/categories';
import type { CategoryId, Flag } from '../core/types';
import { resolveSpan, type TextMap } from './textmap';

/**
 * Paints flags with the CSS Custom Highlight API: one Highlight per category, registered as
 * `claimlens-<category>`. Nothing in the page's DOM changes; the styles go in through an adopted
 * constructed stylesheet, which is not part of the document tree either.
 */
export function highlightApiAvailable(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export class Painter {
  private readonly ranges = new Map<CategoryId, Range[]>();
  private sheet: CSSStyleSheet | null = null;
  private shown = new Set<CategoryId>();

  constructor(
    private readonly doc: Document,
    private readonly map: TextMap,
  ) {}

  /** Builds ranges for the flags (replacing earlier ones) and shows the enabled categories. */
  paint(flags: readonly Flag[], enabled: ReadonlySet<CategoryId>): void {
    this.ranges.clear();
    for (const flag of flags) {
      const span = resolveSpan(this.map, flag.start, flag.end);
      if (!span) continue;
      // A node removed by the page since the map was built can no longer be painted.
      if (!span.start.node.isConnected || !span.end.node.isConnected) continue;
      const range = this.doc.createRange();
      try {
        range.setStart(span.start.node, span.start.offset);
        range.setEnd(span.end.node, span.end.offset);
      } catch {
        continue;
      }
      const list = this.ranges.get(flag.category) ?? [];
      list.push(range);
      this.ranges.set(flag.category, list);
    }
    this.show(enabled);
  }

  /** Adds and removes whole categories without rebuilding ranges (live popup toggles). */
  show(enabled: ReadonlySet<CategoryId>): void {
    this.ensureStyles();
    for (const { id } of CATEGORIES) {
      const name = highlightName(id);
      const ranges = this.ranges.get(id);
      if (enabled.has(id) && ranges && ranges.length > 0) {
        CSS.highlights.set(name, new Highlight(...ranges));
        this.shown.add(id);
      } else if (this.shown.has(id)) {
        CSS.highlights.delete(name);
        this.shown.delete(id);
      }
    }
  }

  /** Removes every highlight and the stylesheet: the page is as it was. */
  clear(): void {
    for (const id of this.shown) CSS.highlights.delete(highlightName(id));
    this.shown.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }

  private ensureStyles(): void {
    if (this.sheet) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss());
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }
}
