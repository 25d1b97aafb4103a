import stem from 'wink-porter2-stemmer';
import irregular from '../../lexicons/reference-irregular-verbs.json';

/**
 * Words of a sentence for the reference check: offsets, the lower-cased form, its Porter2 stem (so
 * "authorized", "authorizes" and "authorization" meet) and whether it was capitalised. Hyphenated
 * compounds split ("U.S.-supplied" is "U.S." and "supplied"), possessives lose their "'s".
 */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased, without a possessive "'s" and without dots ("u.s." is "us"). */
  norm: string;
  stem: string;
  /** `norm` and `stem` as numbers (termId): what the vocabulary's matchers compare. */
  normId: number;
  stemId: number;
  /** Written with a capital first letter (or all capitals). */
  cap: boolean;
  /** A number written in digits ("10,000", "2.5"). */
  digits: boolean;
}

/** A possessive or a clitic ("Russia's", "we're", "they've"); "n't" stays, it is a negation. */
const POSSESSIVE = /['’](?:s|re|ve|ll|d|m)$/;
const DIGITS = /^\d[\d,.]*$/;

/**
 * Whether a word starts with an ASCII digit (/^\d/), by its first code rather than an expression: asked
 * of every word of every page sentence (measures.ts, statement.ts).
 */
export function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Stems are looked up far more often than there are distinct words: kept per word, bounded. */
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

/** "struck" is a form of "strike": the stemmer knows regular endings only. */
const IRREGULAR = new Map(irregular.entries.map((e) => [e.term, e.base]));

/** Whether a word is an irregular past form of a verb ("struck", "sent"). */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR.has(word);
}

export function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    s = /^\d/.test(word) ? word : stem(IRREGULAR.get(word) ?? word);
    stems.set(word, s);
  }
  return s;
}

/** An acronym's plural: capitals (and digits), then a lower-case "s" or "es" ("HIMARSes", "UAVs", "F-16s"). */
const ACRONYM_PLURAL = /^([A-Z][A-Z0-9-]+)(?:e?s)$/;

function normalise(raw: string): string {
  // "The HIMARSs are …": the plural of an acronym is the acronym, which the stemmer cannot know.
  const acronym = ACRONYM_PLURAL.exec(raw);
  if (acronym) return acronym[1]!.toLowerCase();
  let w = raw.toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(POSSESSIVE, '');
  if (!w.includes('.')) return w;
  // "u.s." and "u.s" are "us"; a sentence's full stop is not part of its last word.
  return /^[a-z](?:\.[a-z])+\.?$/.test(w) ? w.replace(/\./g, '') : w.replace(/\.$/, '');
}

/**
 * Words as numbers: the matchers of the vocabulary (token-matcher.ts) compare a token's word with their
 * entries' words at every token of every sentence, and two numbers compare in one step where two
 * strings of one length compare letter by letter.
 */
const termIds = new Map<string, number>();
/** Words numbered before the table stops growing: far more than a news site's vocabulary. */
const MAX_TERM_IDS = 200_000;
/** The id of a word the table had no room for: equal to no entry's word, as such a word is none. */
export const UNNUMBERED = -1;

/**
 * The number of a word. `always`: the matchers' own words, which are numbered however full the table
 * is; a text's word is numbered while there is room, and a word any matcher has is found numbered.
 */
export function termId(word: string, always = false): number {
  let id = termIds.get(word);
  if (id === undefined) {
    if (!always && termIds.size >= MAX_TERM_IDS) return UNNUMBERED;
    termIds.set(word, (id = termIds.size));
  }
  return id;
}

/** A word's forms, which depend on its spelling alone: kept per spelling, like stems. */
type Forms = Pick<Token, 'norm' | 'stem' | 'normId' | 'stemId' | 'cap' | 'digits'>;
const forms = new Map<string, Forms | null>();

function formsOf(raw: string): Forms | null {
  let f = forms.get(raw);
  if (f === undefined) {
    if (forms.size >= STEM_CACHE_LIMIT) forms.clear();
    const norm = normalise(raw);
    const stem = norm ? stemOf(norm) : '';
    f = norm ? { norm, stem, normId: termId(norm), stemId: termId(stem), cap: /^[A-Z\u00C0-\u00DE\u0400-\u042F]/.test(raw), digits: DIGITS.test(norm) } : null;
    // A word left without a number (the table full) is not kept: a matcher compiled later may number it.
    if (!f || (f.normId !== UNNUMBERED && f.stemId !== UNNUMBERED)) forms.set(raw, f);
  }
  return f;
}

/**
 * Whether a UTF-16 code unit is a word character of a token: [A-Za-z0-9\u00C0-\u024F\u0400-\u04FF],
 * tested on its code as tokenize reads every character of every sentence.
 */
function isTokenCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
}

/** Characters that join two runs of word characters into one token ("U.S", "Russia's", "10,000"). */
function isJoinCode(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2c;
}

/** Where a run of word characters from i ends. */
function runEnd(text: string, i: number): number {
  while (i < text.length && isTokenCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where the token starting at a word character at `start` ends: runs of word characters joined by one
 * of . ' ’ , and a final full stop. The same matches as the regular expression
 * /[W]+(?:[.'’,][W]+)*\.?/ (W the word characters), which every part is greedy in and none can fail
 * after the first run, so it never backtracks; a loop over char codes allocates no match per word
 * (tokenize's regular expression was most of its cost, profiled on the bench text).
 */
function tokenEnd(text: string, start: number): number {
  let end = runEnd(text, start);
  while (end + 1 < text.length && isJoinCode(text.charCodeAt(end)) && isTokenCode(text.charCodeAt(end + 1))) end = runEnd(text, end + 1);
  return text.charCodeAt(end) === 0x2e ? end + 1 : end;
}

/** The word a token's span is read as: its characters less a final full stop or a comma that joins no number. */
function trimmed(raw: string): string {
  // A sentence-final full stop after a word is punctuation, except in abbreviations ("U.S.").
  if (raw.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(raw)) raw = raw.slice(0, -1);
  // "10,000" keeps its comma; "Kursk,Russia" (no space) does not join two words.
  if (raw.includes(',') && !DIGITS.test(raw)) raw = raw.slice(0, raw.indexOf(','));
  return raw;
}

/**
 * A token's span as read before: its characters, the length of its word (trimmed) and the word's forms
 * (null when it has none). Most spans of a text have been read before, and one found again by a hash of
 * its characters costs no slice, no trimming and no look-up of a fresh string: tokenize's slices were
 * the largest share of what the analysis allocated (sampled on the bench text), and forms' look-up of
 * a new string hashes it first.
 */
interface KnownSpan {
  raw: string;
  length: number;
  forms: Forms | null;
  /** The next known span with the same hash. */
  next: KnownSpan | undefined;
}
const spans = new Map<number, KnownSpan>();
/** Hashes are kept within V8's small integers, which a Map keys without boxing. */
const SMALL_INT = 0x3fffffff;

function knownSpan(text: string, start: number, end: number): KnownSpan {
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  hash &= SMALL_INT;
  for (let s = spans.get(hash); s; s = s.next) if (sameSpan(s.raw, text, start, end)) return s;
  const raw = text.slice(start, end);
  const word = trimmed(raw);
  const forms = word.length > 0 ? formsOf(word) : null;
  const span: KnownSpan = { raw, length: word.length, forms, next: undefined };
  // A word left without a number (the table full) is not kept, as in formsOf.
  if (forms && (forms.normId === UNNUMBERED || forms.stemId === UNNUMBERED)) return span;
  if (spans.size >= STEM_CACHE_LIMIT) spans.clear();
  span.next = spans.get(hash);
  spans.set(hash, span);
  return span;
}

function sameSpan(raw: string, text: string, start: number, end: number): boolean {
  if (raw.length !== end - start) return false;
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * A token as tokenize makes it: an instance of a class rather than an object literal, as a sentence's
 * tokens are kept while the reference check reads it and may outlive a minor collection (see Run in
 * lexicon.ts: an object literal's objects may then be allocated in the old generation).
 */
class WordToken implements Token {
  // Declared only, as in Run: a class field is also defined on every instance before the constructor runs.
  declare readonly start: number;
  declare readonly end: number;
  declare readonly norm: string;
  declare readonly stem: string;
  declare readonly normId: number;
  declare readonly stemId: number;
  declare readonly cap: boolean;
  declare readonly digits: boolean;

  constructor(start: number, end: number, f: Forms) {
    this.start = start;
    this.end = end;
    this.norm = f.norm;
    this.stem = f.stem;
    this.normId = f.normId;
    this.stemId = f.stemId;
    this.cap = f.cap;
    this.digits = f.digits;
  }
}

/** Tokens of text[from, to), offsets into text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (true) {
    while (i < to && !isTokenCode(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    i = tokenEnd(text, start);
    const span = knownSpan(text, start, i);
    const f = span.forms;
    if (!f) continue;
    out.push(new WordToken(start, Math.min(start + span.length, to), f));
  }
  return out;
}
