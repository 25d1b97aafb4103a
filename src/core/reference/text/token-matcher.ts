import { termId, tokenize, UNNUMBERED, type Token } from './tokens';
import { Recent } from '../../recent';

/**
 * Phrase lists matched on word stems, for the reference check's vocabulary. An entry's term is written
 * like the lexicons' (words separated by spaces, `a|b` alternatives, `word?` optional; `+` is accepted
 * and ignored, since stems already cover inflection). Determiners are skipped on both sides, so
 * "lift ban" matches "lifted the ban" and "lifting its ban".
 */
export interface MatcherEntry {
  term: string;
  reason: string;
  /** Match only where the text writes the words in capitals ("US", not the pronoun "us"). */
  caps?: boolean;
}

export interface TokenMatch<E extends MatcherEntry> {
  entry: E;
  /** Token indices [from, to) in the tokens given to find(). */
  from: number;
  to: number;
  start: number;
  end: number;
}

interface Slot {
  stems: readonly string[];
  /** Each alternative's words as numbers (termId), split once here rather than at every word of every sentence. */
  parts: readonly (readonly number[])[];
  optional: boolean;
}
/** The token field a matcher compares: the stem's number, or the written form's. */
type Key = 'stemId' | 'normId';
interface Compiled<E> {
  entry: E;
  slots: Slot[];
}

/** Words that never decide what a phrase means. */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'our', 'your', 'my']);

export function isDeterminer(t: Token): boolean {
  return DETERMINERS.has(t.norm);
}

/**
 * Which matchers have an entry opening with a word, one bit per matcher, under the stem or the
 * lower-cased form it is keyed by: a sentence's tokens are looked up here once, and each of the dozen
 * matchers then skips the tokens that open none of its entries with an integer test (a map lookup per
 * token and matcher was the largest cost of reading a sentence, profiled on the bench text).
 */
const OPENERS = new Map<string, number>();
/** Bits of a small integer; matchers beyond them look every token up. */
const MAX_MASKED_MATCHERS = 30;
let nextBit = 0;
/** Matchers made without a bit (they work, but look every token up): unmaskedTokenMatchers. */
let unmasked = 0;
/** How many of the reference check's matchers were left without a bit: a test keeps it at 0. */
export function unmaskedTokenMatchers(): number {
  return unmasked;
}
/** Bumped when a matcher adds its openers, so that bits read before then are read again. */
let openersVersion = 0;

interface Prepared {
  /** The indices of the tokens that are not determiners. */
  content: number[];
  /**
   * Per token, the bits of the matchers it may open a match of (by its stem or its form). A plain array
   * of small integers: a typed array made for every sentence and part of one cost more to allocate than
   * its look-ups saved (profiled on the bench text).
   */
  bits: number[];
  /** The union of `bits`: a matcher none of whose entries a sentence's words open skips it whole. */
  any: number;
  version: number;
}

/** A sentence's tokens made ready for matching: worked out once, as a dozen lists are matched on each sentence. */
/**
 * Token lists kept prepared: a sentence's own, and the few parts of it that some readers match
 * (measures.ts roles) between the matchers that read it whole.
 */
const RECENT_LISTS = 4;
const prepared = new Recent<readonly Token[], Prepared>(RECENT_LISTS);
function prepare(tokens: readonly Token[]): Prepared {
  let p = prepared.get(tokens);
  if (!p || p.version !== openersVersion) {
    const content: number[] = [];
    // Made at its length: grown by push, it was allocated twice for most sentences.
    const bits = new Array<number>(tokens.length);
    let any = 0;
    for (let i = 0; i < tokens.length; i++) {
      const b = wordBitsOf(tokens[i]!);
      if (!(b & DETERMINER_BIT)) content.push(i);
      bits[i] = b & ~DETERMINER_BIT;
      any |= bits[i]!;
    }
    prepared.set(tokens, (p = { content, bits, any, version: openersVersion }));
  }
  return p;
}

/**
 * Per written form (a token's norm, which decides its stem), its OPENERS bits with DETERMINER_BIT for
 * a determiner: one look-up per token where the stem, the form and the determiners took three (the
 * forms of a text repeat). Kept by the form's number (termId), with the openers' version it was worked
 * out under: bits of an older version are worked out again.
 */
let wordBits = new Int32Array(1024);
let wordBitsVersion = new Int32Array(1024);
/** The sign bit, which no matcher takes (MAX_MASKED_MATCHERS is below it). */
const DETERMINER_BIT = 1 << 31;

function wordBitsOf(t: Token): number {
  const id = t.normId;
  if (id === UNNUMBERED) return bitsOf(t);
  if (id >= wordBits.length) growWordBits(id);
  // Versions are stored plus one, so that the zeros of a fresh array are no version.
  if (wordBitsVersion[id] !== openersVersion + 1) {
    wordBits[id] = bitsOf(t);
    wordBitsVersion[id] = openersVersion + 1;
  }
  return wordBits[id]!;
}

function growWordBits(id: number): void {
  let size = wordBits.length;
  while (size <= id) size *= 2;
  const bits = new Int32Array(size);
  const versions = new Int32Array(size);
  bits.set(wordBits);
  versions.set(wordBitsVersion);
  wordBits = bits;
  wordBitsVersion = versions;
}

function bitsOf(t: Token): number {
  return (OPENERS.get(t.stem) ?? 0) | (t.norm === t.stem ? 0 : (OPENERS.get(t.norm) ?? 0)) | (DETERMINERS.has(t.norm) ? DETERMINER_BIT : 0);
}

function slotsOf(term: string, key: 'stem' | 'norm'): Slot[] {
  const slots: Slot[] = [];
  for (const word of term.trim().split(/\s+/)) {
    const optional = word.endsWith('?');
    const alternatives = word.replace(/\?$/, '').split('|').map((a) => a.replace(/\+$/, ''));
    const tokenised = alternatives.map((a) => tokenize(a).filter((t) => !isDeterminer(t)).map((t) => t[key]));
    if (tokenised.length === 1 && tokenised[0]!.length > 1) {
      // "go-ahead" or "u.s.-made" written as one word: one slot per part.
      for (const stem of tokenised[0]!) slots.push({ stems: [stem], parts: [[termId(stem, true)]], optional });
    } else {
      const stems = tokenised.map((t) => t.join(' ')).filter((s) => s.length > 0);
      if (stems.length > 0) slots.push({ stems, parts: stems.map((x) => x.split(' ').map((w) => termId(w, true))), optional });
    }
  }
  return slots;
}

function isCapitals(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end).replace(/[^A-Za-z]/g, '');
  return s.length > 0 && s === s.toUpperCase();
}

export interface MatcherOptions {
  /**
   * Match the words as written (lower-cased), not their stems: for lists of fixed words whose stems
   * collide with other words ("initially" and "initiate" share the stem "initi").
   */
  exact?: boolean;
}

export class TokenMatcher<E extends MatcherEntry> {
  /** Entries by the number of their first word (termId); OPENERS has the words themselves. */
  private readonly byFirst = new Map<number, Compiled<E>[]>();
  private readonly firstWords = new Set<string>();
  private readonly key: Key;
  /** This matcher's bit in OPENERS, or 0 when it has none. */
  private readonly bit: number;

  constructor(entries: readonly E[], { exact = false }: MatcherOptions = {}) {
    this.key = exact ? 'normId' : 'stemId';
    this.bit = nextBit < MAX_MASKED_MATCHERS ? 1 << nextBit++ : 0;
    if (!this.bit) unmasked++;
    for (const entry of entries) {
      const slots = slotsOf(entry.term, exact ? 'norm' : 'stem');
      if (slots.length === 0 || slots.every((s) => s.optional)) throw new Error(`vocabulary term has no word to match: "${entry.term}"`);
      const compiled = { entry, slots };
      // An optional first word may be absent: index the entry under the next one too.
      for (const slot of slots) {
        for (const stem of slot.stems) this.add(stem.split(' ')[0]!, compiled);
        if (!slot.optional) break;
      }
    }
    // Longest entries first, so that "lift ban" wins over "ban".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.slots.length - a.slots.length);
    if (this.bit) for (const first of this.firstWords) OPENERS.set(first, (OPENERS.get(first) ?? 0) | this.bit);
    openersVersion++;
  }

  private add(stem: string, c: Compiled<E>): void {
    this.firstWords.add(stem);
    const id = termId(stem, true);
    const list = this.byFirst.get(id);
    if (list) {
      if (!list.includes(c)) list.push(c);
    } else this.byFirst.set(id, [c]);
  }

  /** Non-overlapping matches, left to right, longest first at each word. */
  find(text: string, tokens: readonly Token[]): TokenMatch<E>[] {
    const { content, bits, any } = prepare(tokens);
    const { bit, key } = this;
    const out: TokenMatch<E>[] = [];
    if (bit && !(any & bit)) return out;
    for (let k = 0; k < content.length; k++) {
      if (bit && !(bits[content[k]!]! & bit)) continue;
      const candidates = this.byFirst.get(idOf(tokens[content[k]!]!, key));
      if (!candidates) continue;
      for (let ci = 0; ci < candidates.length; ci++) {
        const c = candidates[ci]!;
        const n = matchAt(c.slots, tokens, content, k, key);
        if (n === 0) continue;
        const from = content[k]!;
        const to = content[k + n - 1]! + 1;
        const start = tokens[from]!.start;
        const end = tokens[to - 1]!.end;
        if (c.entry.caps && !isCapitals(text, start, end)) continue;
        out.push({ entry: c.entry, from, to, start, end });
        k += n - 1;
        break;
      }
    }
    return out;
  }
}

/** How many content tokens from position k the slots match (0: no match). */
function matchAt(slots: readonly Slot[], tokens: readonly Token[], content: readonly number[], k: number, key: Key): number {
  let used = 0;
  // Indexed loops here and in partAt: they run for every candidate entry at every opening token.
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]!;
    const hit = partAt(slot, tokens, content, k + used, key);
    if (hit !== undefined) used += hit.length;
    else if (!slot.optional) return 0;
  }
  return used;
}

/** The first of a slot's alternatives written at content position k. A plain loop: a closure per slot tried was garbage on every sentence. */
function partAt(slot: Slot, tokens: readonly Token[], content: readonly number[], k: number, key: Key): readonly number[] | undefined {
  const parts = slot.parts;
  for (let p = 0; p < parts.length; p++) if (wordsAt(parts[p]!, tokens, content, k, key)) return parts[p];
  return undefined;
}

/**
 * A token's word as a matcher compares it. Named reads of the two fields, where reading `t[key]` was a
 * look-up by a key chosen at run time for every word compared (find's hottest lines in the profile).
 */
function idOf(t: Token, key: Key): number {
  return key === 'stemId' ? t.stemId : t.normId;
}

function wordsAt(words: readonly number[], tokens: readonly Token[], content: readonly number[], k: number, key: Key): boolean {
  for (let j = 0; j < words.length; j++) {
    const i = content[k + j];
    if (i === undefined || idOf(tokens[i]!, key) !== words[j]) return false;
  }
  return true;
}
