import nlp from 'compromise/one';
import type { Sentence } from './types';

/**
 * Sentence segmentation with exact offsets.
 *
 * Every line is its own block (the DOM text map turns block boundaries into newlines), so a headline
 * without a full stop never fuses with the paragraph below it. Inside a line we use compromise's own
 * sentence splitter, which knows abbreviations such as "U.S." and "Gen." and is lossless: its pieces
 * concatenate back to the input, so offsets are running sums. We deliberately do not run compromise's
 * full tokenizer here: it is about 30x slower than its splitter and the rules only need sentences.
 */
const world = nlp.world() as unknown as {
  methods: { one: { tokenize: { splitSentences(text: string, world: unknown): string[] } } };
};
const splitSentences = (text: string): string[] => world.methods.one.tokenize.splitSentences(text, world);

/** A closing quote after terminal punctuation, then a capitalised word: compromise keeps these together. */
const QUOTE_BOUNDARY = /[.!?][\u201D"\u2019]\s+(?=[\u201C"A-Z])/g;

export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    if (!/\S/.test(line)) continue;
    let offset = m.index;
    let pieces: string[];
    try {
      pieces = splitSentences(line);
    } catch {
      pieces = [line];
    }
    // compromise is lossless; if a future version is not, fall back to the whole line.
    if (pieces.join('') !== line) pieces = [line];
    for (const piece of pieces) {
      for (const part of splitAfterClosingQuotes(piece)) {
        pushTrimmed(out, text, offset, part);
        offset += part.length;
      }
    }
  }
  return out;
}

function splitAfterClosingQuotes(piece: string): string[] {
  const parts: string[] = [];
  let last = 0;
  QUOTE_BOUNDARY.lastIndex = 0;
  for (let m = QUOTE_BOUNDARY.exec(piece); m; m = QUOTE_BOUNDARY.exec(piece)) {
    const cut = m.index + m[0].length;
    parts.push(piece.slice(last, cut));
    last = cut;
  }
  parts.push(piece.slice(last));
  return parts.filter((p) => p.length > 0);
}

function pushTrimmed(out: Sentence[], text: string, offset: number, piece: string): void {
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (!trimmed) return;
  const start = offset + lead;
  const end = start + trimmed.length;
  out.push({ start, end, text: text.slice(start, end) });
}
