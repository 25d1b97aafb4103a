import type { TextMap, TextSegment } from './textmap';

/** From a point on screen to an offset in the text map: which character is under the pointer. */
export class Locator {
  private readonly byNode = new Map<Node, TextSegment>();

  constructor(map: TextMap) {
    for (const seg of map.segments) this.byNode.set(seg.node, seg);
  }

  /** The text offset of a node position, or null when the node is not article text. */
  offsetOf(node: Node, nodeOffset: number): number | null {
    const seg = this.byNode.get(node);
    if (!seg) return null;
    if (!seg.offsets) return Math.min(seg.start + nodeOffset, seg.end - 1);
    // first map character at or after the node offset
    let lo = 0;
    let hi = seg.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seg.offsets[mid]! < nodeOffset) lo = mid + 1;
      else hi = mid;
    }
    return seg.start + lo;
  }

  offsetAtPoint(doc: Document, x: number, y: number): number | null {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    const pos = d.caretPositionFromPoint?.(x, y);
    if (pos) return this.offsetOf(pos.offsetNode, pos.offset);
    const range = d.caretRangeFromPoint?.(x, y);
    return range ? this.offsetOf(range.startContainer, range.startOffset) : null;
  }
}
