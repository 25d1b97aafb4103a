import { getCategory } from '../core/categories';
import type { CategoryId } from '../core/types';
import { EMPHASIS_MS, type FlagPainter, type PaintedFlag } from './painter';
import type { TextMap } from './textmap';
import { scrollIntoViewSettled } from './scroll';

/**
 * For browsers without the CSS Custom Highlight API (Firefox before 140): wraps flagged text in a
 * namespaced custom element. Everything it does it undoes exactly: wrappers are unwrapped and the text
 * nodes it split are joined back into the very nodes they came from, so the serialised DOM after
 * clear() is the DOM before paint().
 */
export const MARK_TAG = 'claimlens-mark';
/** Opacity of the background tint, as for highlights. */
const TINT = '47';

const keysOf = (mark: HTMLElement): string[] => JSON.parse(mark.dataset.keys ?? '[]') as string[];

export class FallbackPainter implements FlagPainter {
  private items: readonly PaintedFlag[] = [];
  private marks: HTMLElement[] = [];
  /** Text nodes we split, with the pieces split off them, in document order. */
  private splits: { node: Text; parts: Text[] }[] = [];

  constructor(
    private readonly doc: Document,
    private readonly map: TextMap,
  ) {}

  paint(items: readonly PaintedFlag[], enabled: ReadonlySet<CategoryId>): void {
    this.items = items;
    this.show(enabled);
  }

  show(enabled: ReadonlySet<CategoryId>): void {
    this.restore();
    const shown = this.items.filter((i) => enabled.has(i.flag.category));
    if (shown.length === 0) return;
    for (const seg of this.map.segments) {
      if (!seg.node.isConnected) continue;
      const here = shown.filter((i) => i.flag.start < seg.end && seg.start < i.flag.end);
      if (here.length === 0) continue;
      // Boundaries inside this node, in map offsets, then node offsets.
      const cuts = new Set<number>([seg.start, seg.end]);
      for (const i of here) {
        cuts.add(Math.max(seg.start, i.flag.start));
        cuts.add(Math.min(seg.end, i.flag.end));
      }
      const nodeOffset = (m: number) => (m >= seg.end ? seg.node.data.length : seg.offsets ? seg.offsets[m - seg.start]! : m - seg.start);
      const sorted = [...cuts].sort((a, b) => a - b);
      // Collapsed white space can map two text offsets to one node offset: keep one cut per place.
      const points = sorted.filter((m, k) => k === 0 || nodeOffset(m) > nodeOffset(sorted[k - 1]!));
      // Split from the end so that earlier offsets stay valid; the split-off nodes come out in reverse.
      const parts: Text[] = [];
      for (let k = points.length - 2; k >= 1; k--) {
        const at = nodeOffset(points[k]!);
        if (at > 0 && at < seg.node.data.length) parts.unshift(seg.node.splitText(at));
      }
      const nodes = [seg.node, ...parts];
      const pieces = nodes.map((node, k) => ({ node, from: points[k]!, to: points[k + 1]! }));
      if (parts.length > 0) this.splits.push({ node: seg.node, parts });
      for (const p of pieces) {
        const covering = here.filter((i) => i.flag.start <= p.from && p.to <= i.flag.end && p.to > p.from);
        if (covering.length === 0) continue;
        const def = getCategory(covering[0]!.flag.category);
        const mark = this.doc.createElement(MARK_TAG);
        // JSON, not a space-separated list: a key holds its cue, and cues have spaces ("has not been confirmed").
        mark.dataset.keys = JSON.stringify(covering.map((c) => c.key));
        mark.dataset.categories = [...new Set(covering.map((c) => c.flag.category))].join(' ');
        mark.setAttribute(
          'style',
          `background-color: ${def.color}${TINT} !important; text-decoration: ${def.line} ${def.decoration} ${def.color} !important; text-decoration-thickness: 2px !important;`,
        );
        p.node.parentNode!.insertBefore(mark, p.node);
        mark.append(p.node);
        this.marks.push(mark);
      }
    }
  }

  clear(): void {
    this.restore();
    this.items = [];
  }

  /** Unwraps every mark and joins split text nodes back: the DOM is as it was. */
  private restore(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    this.marks = [];
    for (const { node, parts } of this.splits.reverse()) {
      node.data += parts.map((p) => p.data).join('');
      for (const p of parts) p.remove();
    }
    this.splits = [];
  }

  keysAt(x: number, y: number): string[] {
    const el = this.doc.elementFromPoint(x, y)?.closest(MARK_TAG) as HTMLElement | null;
    return el ? keysOf(el) : [];
  }

  private markOf(key: string): HTMLElement | undefined {
    return this.marks.find((m) => keysOf(m).includes(key));
  }

  rectOf(key: string): DOMRect | null {
    return this.markOf(key)?.getBoundingClientRect() ?? null;
  }

  reveal(key: string, smooth: boolean): Promise<void> {
    const mark = this.markOf(key);
    if (!mark) return Promise.resolve();
    const settled = scrollIntoViewSettled(mark, smooth);
    const before = mark.style.outline;
    mark.style.outline = '3px solid #ffb000';
    setTimeout(() => {
      if (this.marks.includes(mark)) mark.style.outline = before;
    }, EMPHASIS_MS);
    return settled;
  }
}
