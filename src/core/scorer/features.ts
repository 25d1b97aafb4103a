// Through the package's CommonJS entry, as in emotive-word.ts: its JSON keys include reserved words.
import en from 'sentiment/languages/en/index.js';
import type { WordRun } from '../lexicon';
import type { Span } from '../types';

/**
 * The features of the judgement scorer: what a sentence looks like to the learned model. One visitor
 * serves both training (scripts/train, which names every feature) and the analysis (which only looks up
 * weights), so that the model sees at run time exactly what it was trained on.
 *
 * Families (the letter before the colon in a feature's name):
 * - `w:` a word, lower-cased and lightly stemmed ("promised" and "promises" are `w:promis`);
 * - `b:` two neighbouring words ("must do"); `^` stands for the start of the sentence ("^ yes");
 * - `r:` another rule of ours that flagged the sentence (`r:loaded-language`, `r:anonymous-source`);
 * - `o:` the shape of the sentence: punctuation, quotation state, length, capitalised words, and the
 *   words of the AFINN lexicon it uses (`o:afinn-pos`, `o:afinn-neg`, once per such word): evaluative
 *   words the training sentences never had still count, through what AFINN knows of them.
 *
 * Words inside someone's speech (a named speaker's quotation, or any quotation of SPEECH_MIN_WORDS words
 * or more) are not the writer's: they give no word features, only the quotation state. A short quotation
 * ("so-called “referendum”") stays the writer's choice of words, and its words count.
 */
export type Family = 'w' | 'b' | 'r' | 'o';
export type Visit = (family: Family, a: string, b?: string) => void;

export interface FeatureInput {
  text: string;
  start: number;
  end: number;
  /** The word runs of text[start, end) (the lexicons' runs: lower-cased, split at apostrophes and hyphens). */
  runs: readonly WordRun[];
  /** Quotations overlapping the sentence, with whether their speaker is named. */
  quotations: readonly (Span & { named: boolean })[];
  /** Ids of the other rules that flagged the sentence. */
  rules: Iterable<string>;
}

/** Quotations of this many words or more are someone's speech (as in rules/helpers.ts). */
export const SPEECH_MIN_WORDS = 4;
/** Sentence length buckets in words: a headline or a fragment; an ordinary sentence; a long one. */
export const SHORT_WORDS = 8;
/** Above this many words a sentence is long (wire copy piles up attribution and detail). */
export const LONG_WORDS = 30;
/** Share of capitalised words (after the first) above which a sentence is dense with names. */
export const NAME_DENSE_SHARE = 0.25;
/** Stems shorter than this are left whole ("is", "was", "us" must not lose their "s"). */
const MIN_STEM = 4;

/**
 * A light stemmer: plural and verb endings only, so that "promise", "promised" and "promises" share a
 * weight. Not Porter: the model needs few merges, and the stem is never shown (the cue shows the word).
 */
export function stem(w: string): string {
  const n = w.length;
  if (n <= MIN_STEM) return w;
  if (w.endsWith('ies') && n > MIN_STEM + 1) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && n > MIN_STEM + 2) return w.slice(0, -3);
  if (w.endsWith('ed') && n > MIN_STEM + 1) return w.slice(0, -2);
  if (w.endsWith('es') && n > MIN_STEM + 1) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  if (w.endsWith('e')) return w.slice(0, -1);
  return w;
}

/** Characters with a feature of their own (digits: a sentence with a number is usually a report), by code. */
const MARKS = [['?', 'question'], ['!', 'exclamation'], [';', 'semicolon'], [':', 'colon'], ['\u2014\u2013', 'dash'], ['(', 'parenthesis'], ['0123456789', 'digit']] as const;
export const MARK_NAMES: readonly string[] = MARKS.map(([, name]) => name);
/** Mark index + 1 by character code (0: none); the dashes sit above the table and are tested apart. */
const MARK_OF = new Uint8Array(128);
MARKS.forEach(([chars, _name], i) => {
  for (const ch of chars) if (ch.charCodeAt(0) < 128) MARK_OF[ch.charCodeAt(0)] = i + 1;
});
const DASH_MARK = MARKS.findIndex(([, name]) => name === 'dash') + 1;

/** The marks of text[start, end) as bits (bit i: MARK_NAMES[i]). */
export function marksOf(text: string, start: number, end: number): number {
  let seen = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const m = c < 128 ? MARK_OF[c]! : c === 0x2014 || c === 0x2013 ? DASH_MARK : 0;
    if (m) seen |= 1 << (m - 1);
  }
  return seen;
}

const AFINN: Record<string, number> = en.labels;
/** AFINN's features of a lower-case word: a positive or a negative score (its strength is left to emotive-word). */
export function afinnFeature(lower: string): string | null {
  const score = Object.hasOwn(AFINN, lower) ? AFINN[lower]! : 0;
  return score > 0 ? 'afinn-pos' : score < 0 ? 'afinn-neg' : null;
}

export const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * The sentence's quotations: the spans of someone's speech (whose words are not the writer's), in
 * order, and the kinds present (`named`, `speech`, `short`), each once, in order of appearance.
 */
/** Most sentences quote nobody: one shared, frozen answer for them. */
const NO_QUOTATIONS: { speech: readonly Span[]; kinds: readonly string[] } = Object.freeze({ speech: Object.freeze([]), kinds: Object.freeze([]) });

export function quotationState(input: FeatureInput): { speech: readonly Span[]; kinds: readonly string[] } {
  if (input.quotations.length === 0) return NO_QUOTATIONS;
  const { text, start, end } = input;
  const speech: Span[] = [];
  const kinds: string[] = [];
  for (const q of input.quotations) {
    if (q.end <= start || q.start >= end) continue;
    const isSpeech = q.named || countWords(text, q.start, q.end) >= SPEECH_MIN_WORDS;
    if (isSpeech) speech.push(q);
    const kind = q.named ? 'named' : isSpeech ? 'speech' : 'short';
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return { speech, kinds };
}

/** Calls `visit` once per occurrence of a feature in the sentence (the model is linear in these counts). */
export function visitFeatures(input: FeatureInput, visit: Visit): void {
  const { text, start, end, runs } = input;
  const { speech, kinds } = quotationState(input);
  for (const kind of kinds) visit('o', `quote-${kind}`);
  let prev = '^';
  let si = 0;
  let caps = 0;
  let words = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    while (si < speech.length && speech[si]!.end <= r.start) si++;
    if (si < speech.length && speech[si]!.start <= r.start) {
      prev = '"';
      continue;
    }
    words++;
    if (i > 0 && isUpper(text.charCodeAt(r.start))) caps++;
    const s = stem(r.lower);
    const afinn = afinnFeature(r.lower);
    if (afinn) visit('o', afinn);
    visit('w', s);
    visit('b', prev, s);
    prev = s;
  }
  const all = runs.length;
  visit('o', all <= SHORT_WORDS ? 'len-short' : all > LONG_WORDS ? 'len-long' : 'len-mid');
  if (words > 1 && caps / (words - 1) > NAME_DENSE_SHARE) visit('o', 'names-dense');
  // Punctuation the model has a feature for, each once.
  const marks = marksOf(text, start, end);
  for (let m = 0; m < MARK_NAMES.length; m++) if (marks & (1 << m)) visit('o', MARK_NAMES[m]!);
  for (const rule of input.rules) visit('r', rule);
}

export function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A feature's name as the model file stores it: `w:promis`, `b:must do`, `r:loaded-language`, `o:question`. */
export function featureName(family: Family, a: string, b?: string): string {
  return b === undefined ? `${family}:${a}` : `${family}:${a} ${b}`;
}
