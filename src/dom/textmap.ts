/**
 * The page's text map: the article's text as one string, and the way back from any offset in it to
 * a text node and an offset inside that node. Character offsets are the only seam between the
 * analysis core and the page (anchoring in the manner of hypothesis/client).
 *
 * White space is collapsed as a browser renders it; block boundaries become blank lines so that
 * sentences never fuse across paragraphs; <br> becomes a line break.
 */
export interface TextSegment {
  node: Text;
  /** Offsets of this node's text in the map's text. */
  start: number;
  end: number;
  /** offsets[i] is the offset in the node of the map's character start+i; null when they coincide. */
  offsets: Int32Array | null;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export interface WalkOptions {
  /** Elements whose subtree is left out of the text. */
  skip(el: Element): boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'DIALOG',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

class Builder {
  parts: string[] = [];
  length = 0;
  segments: TextSegment[] = [];
  /** Last character emitted, to collapse white space and separators across nodes. */
  last = '\n';

  /** Trailing newlines in the text so far (0, 1 or 2). */
  newlines = 0;

  separator(sep: '\n\n' | '\n'): void {
    if (this.length === 0) return;
    if (this.last === ' ') this.retractSpace();
    if (this.newlines >= sep.length) return;
    const add = '\n'.repeat(sep.length - this.newlines);
    this.parts.push(add);
    this.length += add.length;
    this.newlines = sep.length;
    this.last = '\n';
  }

  private retractSpace(): void {
    const seg = this.segments.at(-1);
    const tail = this.parts.at(-1);
    if (!seg || tail === undefined || !tail.endsWith(' ') || seg.end !== this.length) return;
    this.parts[this.parts.length - 1] = tail.slice(0, -1);
    this.length--;
    seg.end--;
    if (seg.offsets) seg.offsets = seg.offsets.slice(0, seg.end - seg.start);
    if (seg.end === seg.start) this.segments.pop();
    if (this.parts[this.parts.length - 1] === '') this.parts.pop();
    this.last = this.length === 0 ? '\n' : (this.parts.at(-1) ?? '\n').at(-1)!;
  }

  text(node: Text): void {
    const raw = node.data;
    if (raw.length === 0) return;
    let out = '';
    let offsets: number[] | null = null;
    let identical = true;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i]!;
      const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
      if (space) {
        const prev = out.length > 0 ? out[out.length - 1] : this.last;
        if (prev === ' ' || prev === '\n') {
          identical = false;
          continue;
        }
        if (ch !== ' ') identical = false;
        out += ' ';
      } else {
        out += ch;
      }
      (offsets ??= []).push(i);
      if (offsets.length - 1 !== i) identical = false;
    }
    if (out.length === 0) return;
    this.segments.push({
      node,
      start: this.length,
      end: this.length + out.length,
      offsets: identical ? null : Int32Array.from(offsets ?? []),
    });
    this.parts.push(out);
    this.length += out.length;
    this.last = out[out.length - 1]!;
    this.newlines = 0;
  }
}

/** Builds the text map of root, leaving out what options.skip rejects. */
export function buildTextMap(root: Node, options: WalkOptions): TextMap {
  const b = new Builder();
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        b.text(child as Text);
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (el.tagName.toUpperCase() === 'BR') {
          b.separator('\n');
          continue;
        }
        if (options.skip(el)) continue;
        const block = isBlock(el);
        if (block) b.separator('\n\n');
        walk(el);
        if (block) b.separator('\n\n');
      }
    }
  };
  walk(root);
  if (b.last === ' ') b.separator('\n');
  // The text ends at its last character; trailing separators map to nothing.
  const text = b.parts.join('').replace(/\n+$/, '');
  return { text, segments: b.segments };
}

/** The segment index holding offset (or the first segment after it when offset is in a separator). */
function segmentAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length - 1;
  let found = map.segments.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.segments[mid]!.end > offset) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

function nodeOffset(seg: TextSegment, i: number): number {
  return seg.offsets ? seg.offsets[i]! : i;
}

export interface NodePosition {
  node: Text;
  offset: number;
}

/** Maps [start, end) in the map's text back to node positions; null when the span holds no text. */
export function resolveSpan(map: TextMap, start: number, end: number): { start: NodePosition; end: NodePosition } | null {
  if (end <= start) return null;
  const si = segmentAt(map, start);
  const first = map.segments[si];
  if (!first || first.start >= end) return null;
  const s = Math.max(start, first.start);
  // last segment that starts before end
  let ei = segmentAt(map, end - 1);
  if (ei >= map.segments.length || map.segments[ei]!.start >= end) ei--;
  const last = map.segments[ei];
  if (!last || ei < si) return null;
  const e = Math.min(end, last.end);
  return {
    start: { node: first.node, offset: nodeOffset(first, s - first.start) },
    end: { node: last.node, offset: nodeOffset(last, e - 1 - last.start) + 1 },
  };
}
