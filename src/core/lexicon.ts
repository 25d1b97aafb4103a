import { compilePattern, inflect, openings, patternSource } from './lexicon-pattern';

export { inflect, patternSource } from './lexicon-pattern';

/**
 * Word lists live in src/core/lexicons/*.json, apart from the rules that use them. Each entry is a
 * pattern (its language is in lexicon-pattern.ts: words, `a|b`, `(a b|c)`, `word?`, `verb+`) with a
 * short reason a reviewer can check, and phrases it must match and must not (a unit test runs them).
 */
export interface LexiconEntry {
  term: string;
  reason: string;
  /** Phrases of news language the pattern must match. */
  examples?: string[];
  /** Phrases it must not match (the neutral sense, a near miss). */
  counterexamples?: string[];
}

export interface Lexicon {
  about: string;
  entries: LexiconEntry[];
}

/**
 * Word characters for whole-word matching: letters of the Latin, Greek and Cyrillic blocks and digits.
 * Spelled out rather than \p{L} so that the patterns need no Unicode mode, which makes them about
 * 2.4 times slower (measured on 100,000 words); our lexicons are written in Latin script.
 */
export const WORD_CHAR = '[A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  entry: LexiconEntry;
}

/** The first run of word characters of each form a pattern can start with ("far" for "far-left"). */
export function leadingWords(term: string, starts: readonly string[] = compilePattern(term).starts): string[] {
  const keys = new Set<string>();
  const leading = new RegExp(`^${WORD_CHAR}+`);
  for (const form of starts) {
    const run = leading.exec(form)?.[0];
    if (!run) throw new Error(`lexicon pattern must start with a letter or digit: ${term}`);
    keys.add(run.toLowerCase());
  }
  return [...keys];
}

interface Bucket {
  /** Sticky: tried only where a word with this bucket's leading run starts; null where `next` is known (byFollower is tried instead). */
  re: RegExp | null;
  each: { entry: LexiconEntry; re: RegExp }[];
  /** The word runs that can follow the leading one in a match; null when a match may end with it. */
  next: ReadonlySet<string> | null;
  /** Per entry (in the bucket's order, longest first), its source and the runs that can follow the leading one. */
  sources: readonly { source: string; next: ReadonlySet<string> }[];
  /** The bucket's alternation cut to the entries one following run can continue, made when first needed (byFollower). */
  byNext: Map<string, RegExp>;
}

const FORM_RUN = new RegExp(`${WORD_CHAR}+`, 'g');

/**
 * The runs that can follow a bucket's key in a match of one of its entries (each entry's from
 * entryFollowers): the second run of a first word ("left" of "far-left"), else the first run of the
 * second word; null when one entry may end with the key. Most matchers' buckets open with
 * common words ("the", "a", "in"), and the word after them rules out most of their patterns before
 * the bucket's long alternation is tried (a third of the matchers' time on the bench text).
 */
function followers(perEntry: readonly (ReadonlySet<string> | null)[]): Set<string> | null {
  const next = new Set<string>();
  for (const own of perEntry) {
    if (!own) return null;
    for (const word of own) next.add(word);
  }
  return next;
}

/** followers() of one entry: the runs that can follow `key` in a match of it; null when a match may end with `key`. */
function entryFollowers(key: string, entry: LexiconEntry): Set<string> | null {
  const next = new Set<string>();
  for (const [first, second] of openings(entry.term)) {
    const runs = first!.toLowerCase().match(FORM_RUN) ?? [];
    if (runs[0] !== key) continue;
    const follower = runs[1] ?? second?.toLowerCase().match(FORM_RUN)?.[0];
    if (follower === undefined) return null;
    next.add(follower);
  }
  return next;
}

/**
 * A bucket's alternation cut to the entries that `follower` (the run after the leading one) can
 * continue, in the bucket's order: an entry that run cannot continue cannot match there, so the first
 * alternative that matches is the same. The long buckets of common words ("a", "the", "in") were most
 * of the matchers' time in failed tries (measured on the bench text); kept per bucket and follower.
 */
function byFollower(bucket: Bucket, follower: string): RegExp {
  let re = bucket.byNext.get(follower);
  if (!re) {
    const sources = bucket.sources.filter((e) => e.next.has(follower)).map((e) => e.source);
    bucket.byNext.set(follower, (re = new RegExp(`(?:${sources.join('|')})(?!${WORD_CHAR})`, 'iy')));
  }
  return re;
}

/**
 * Compiles a lexicon into one matcher; longest pattern first where entries overlap. Entries are
 * grouped by the word they start with, and only the group of each word of the text is tried: one
 * alternation of 1,500 entries tried at every word cost about 250 ms per 100,000 words (measured),
 * the groups a few milliseconds.
 */
/**
 * Which matchers can start a match at a word, as one bit per matcher: a sentence's words are looked up
 * once (in wordRuns), and each of the dozen matchers then skips the words that are not its own with an
 * integer test instead of a map lookup. Built once, as the matchers are compiled at module load.
 */
const STARTERS = new Map<string, number>();
/**
 * Which matchers have a bucket whose next word (Bucket.next) this word can be, one bit per matcher as in
 * STARTERS: most words after a bucket's opening word can follow none of the matcher's buckets, and an
 * integer test then rules the bucket out before its set of next words is looked in.
 */
const FOLLOWERS = new Map<string, number>();
/**
 * The word sets rules anchor their patterns on (starterBit), one bit per set as in STARTERS, but bits of
 * their own: the matchers and the sets outnumbered one small integer's bits, and the sets left without
 * one looked every word of every sentence up in theirs.
 */
const MARKERS = new Map<string, number>();
/** Bits of a small integer; matchers beyond them look every word up. */
const MAX_MASKED_MATCHERS = 30;
let nextBit = 0;
/** The next of MARKERS' bits (as many as the matchers'). */
let nextMark = 0;
/** Matchers and word sets made without a bit (they work, but look every word up): unmaskedCount. */
let unmasked = 0;
/** How many matchers and word sets were left without a bit: a test keeps it at 0, as each one without costs every sentence. */
export function unmaskedCount(): number {
  return unmasked;
}
/** Matchers made so far: each has its own place in the known words' bucket memos (WordRun.buckets). */
let matchers = 0;

export class PhraseMatcher {
  private readonly buckets = new Map<string, Bucket>();
  /** This matcher's bit in STARTERS, or 0 when it has none. */
  private readonly bit: number;
  /** This matcher's place in WordRun.buckets. */
  private readonly slot = matchers++;

  constructor(entries: readonly LexiconEntry[]) {
    // Longer patterns first so that "of course" beats a shorter overlapping entry.
    const sorted = [...entries].sort((a, b) => b.term.length - a.term.length);
    // Each pattern is parsed once: its source goes into its buckets and into its own exact test.
    const compiled = new Map<LexiconEntry, { source: string; exact: RegExp }>();
    const grouped = new Map<string, LexiconEntry[]>();
    for (const entry of sorted) {
      const { source, starts } = compilePattern(entry.term);
      compiled.set(entry, { source, exact: new RegExp(`^(?:${source})$`, 'i') });
      for (const key of leadingWords(entry.term, starts)) {
        const group = grouped.get(key);
        if (group) group.push(entry);
        else grouped.set(key, [entry]);
      }
    }
    this.bit = nextBit < MAX_MASKED_MATCHERS ? 1 << nextBit++ : 0;
    if (!this.bit) unmasked++;
    for (const [key, group] of grouped) {
      if (this.bit) STARTERS.set(key, (STARTERS.get(key) ?? 0) | this.bit);
      const perEntry = group.map((e) => entryFollowers(key, e));
      const next = followers(perEntry);
      if (this.bit && next) for (const word of next) FOLLOWERS.set(word, (FOLLOWERS.get(word) ?? 0) | this.bit);
      this.buckets.set(key, {
        // A bucket with next words is tried by byFollower's cut alternations only; the whole one is never made.
        re: next ? null : new RegExp(`(?:${group.map((e) => compiled.get(e)!.source).join('|')})(?!${WORD_CHAR})`, 'iy'),
        each: group.map((entry) => ({ entry, re: compiled.get(entry)!.exact })),
        next,
        sources: next ? group.map((e, i) => ({ source: compiled.get(e)!.source, next: perEntry[i]! })) : [],
        byNext: new Map(),
      });
    }
    startersVersion++;
  }

  /**
   * All non-overlapping matches in text[from, to). Offsets are into text. `shared`: the word runs of
   * that stretch when the caller already has them (one sentence is searched by many lexicons).
   */
  find(text: string, from = 0, to = text.length, shared?: readonly WordRun[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    let lastEnd = from;
    const bit = this.bit;
    // Runs found for this call alone are scanned once: their union would cost as much as the scan.
    if (shared && bit && !(startersOf(shared) & bit)) return out;
    const runs = shared ?? wordRuns(text, from, to);
    for (let i = 0; i < runs.length; i++) {
      const w = runs[i]!;
      if (w.start < lastEnd || (bit && !(w.starts & bit))) continue;
      const bucket = this.bucketOf(w);
      if (!bucket || (bucket.next && !this.canFollow(bucket.next, runs[i + 1]))) continue;
      const re = bucket.next ? byFollower(bucket, runs[i + 1]!.lower) : bucket.re!;
      re.lastIndex = w.start;
      const m = re.exec(text);
      if (!m) continue;
      const matched = m[0].replace(/\s+$/, '');
      const end = w.start + matched.length;
      // A phrase that would run past the stretch (into the next sentence) is not in it.
      if (matched.length === 0 || end > to) continue;
      out.push({ start: w.start, end, text: matched, entry: entryOf(bucket, matched) });
      lastEnd = end;
    }
    return out;
  }

  /** Whether `run` (the word after a bucket's opening word) is one of `next`; first by its FOLLOWERS bit. */
  private canFollow(next: ReadonlySet<string>, run: WordRun | undefined): boolean {
    if (!run || (this.bit && !(run.follows & this.bit))) return false;
    return next.has(run.lower);
  }

  /**
   * The bucket of a word's leading run, or null: looked up once per known word and kept in its memo,
   * as the same words open matches of a dozen matchers in every sentence (the look-up by string was
   * the largest part of find's time, profiled on the bench text).
   */
  private bucketOf(w: WordRun): Bucket | null {
    let bucket = w.buckets[this.slot];
    if (bucket === undefined) w.buckets[this.slot] = bucket = this.buckets.get(w.lower) ?? null;
    return bucket;
  }
}

/**
 * The union of the runs' STARTERS bits: a matcher that no word of a sentence can open a match of skips
 * the sentence whole, as a dozen matchers search each sentence's shared runs. Kept for the latest runs
 * only: the rules search one sentence after another, and a WeakMap entry per sentence would leave the
 * garbage collector an entry to clear for every sentence.
 */
let unionRuns: readonly WordRun[] | null = null;
let union = 0;
/** The union of the runs' MARKERS bits, made in the same pass as STARTERS' (unionsOf). */
let markUnion = 0;
export function startersOf(runs: readonly WordRun[]): number {
  unionsOf(runs);
  return union;
}
export function marksOf(runs: readonly WordRun[]): number {
  unionsOf(runs);
  return markUnion;
}
/** Both unions of the runs, worked out once for the latest runs. */
function unionsOf(runs: readonly WordRun[]): void {
  if (runs === unionRuns) return;
  union = 0;
  markUnion = 0;
  for (let i = 0; i < runs.length; i++) {
    union |= runs[i]!.starts;
    markUnion |= runs[i]!.marks;
  }
  unionRuns = runs;
}

/**
 * The entry a bucket's match is of: the first whose own test it passes (else the first). A plain loop:
 * a closure made for every match (Array.prototype.find) cost about 1 KB of garbage per call of find
 * (measured with V8's sampling heap profiler), a fifth of everything the analysis allocated.
 */
function entryOf(bucket: Bucket, matched: string): LexiconEntry {
  for (const e of bucket.each) if (e.re.test(matched)) return e.entry;
  return bucket.each[0]!.entry;
}

/**
 * Reserves a bit in MARKERS for a set of single words that rules anchor their patterns on (see
 * startsBefore in rules/helpers): wordRuns marks the words with it (WordRun.marks). 0 when no bit is left.
 */
export function starterBit(words: Iterable<string>): number {
  const bit = nextMark < MAX_MASKED_MATCHERS ? 1 << nextMark++ : 0;
  if (!bit) unmasked++;
  if (bit) for (const w of words) MARKERS.set(w, (MARKERS.get(w) ?? 0) | bit);
  startersVersion++;
  return bit;
}

/** A maximal run of word characters, lower-cased, with its offset into the text. */
export interface WordRun {
  start: number;
  lower: string;
  /** The matchers (one bit each) that have a pattern starting with this word. */
  starts: number;
  /** The matchers (one bit each) with a bucket this word can continue (FOLLOWERS). */
  follows: number;
  /** The word sets (one bit each, starterBit) that hold this word (MARKERS). */
  marks: number;
  /** Per matcher (by its slot), the bucket this word opens (null: none); shared by every run of a known word. */
  buckets: BucketMemo;
}

/**
 * A word run as made by wordRuns: an instance of a class, not an object literal. V8 may allocate an
 * object literal's objects in the old generation once many of them outlive a minor collection (a
 * sentence's runs are read by every rule), which is dearer to allocate and to collect (allocation-site
 * pretenuring). Made by a constructor, wordRuns' share of the CPU profile on the bench text fell from
 * about 8% to 4%, the collector's from 4% to about 3%.
 */
class Run implements WordRun {
  // Declared only: a class field (or a parameter property) is also defined, as undefined, on every
  // instance before the constructor sets it.
  declare readonly start: number;
  declare readonly lower: string;
  declare readonly starts: number;
  declare readonly follows: number;
  declare readonly marks: number;
  declare readonly buckets: BucketMemo;

  constructor(start: number, word: KnownWord) {
    this.start = start;
    this.lower = word.lower;
    this.starts = word.starts;
    this.follows = word.follows;
    this.marks = word.marks;
    this.buckets = word.buckets;
  }
}

/** What each matcher found a word opens: its bucket, null for none, undefined not yet looked up. */
type BucketMemo = (Bucket | null | undefined)[];

/**
 * WORD_CHAR as a test of one UTF-16 code unit. wordRuns runs on every sentence, and a loop over char
 * codes costs about a third of a global regular expression's exec per word (measured on the bench text);
 * a unit test holds the two equal on every code unit.
 */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);
}

/** The word runs of text[from, to) (maximal runs of WORD_CHAR), the keys phrase matching looks up. */
export function wordRuns(text: string, from = 0, to = text.length): WordRun[] {
  if (knownVersion !== startersVersion) forgetKnownWords();
  const out: WordRun[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    let ascii = true;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (c >= 0x80) ascii = false;
      hash = (Math.imul(hash, 31) + lowerAscii(c)) | 0;
    }
    const word = ascii ? knownWord(text, start, i, hash & SMALL_INT) : newWord(text.slice(start, i).toLowerCase());
    out.push(new Run(start, word));
  }
  return out;
}

/**
 * Words already seen, by a hash of their lower-case letters: most words of a text have been seen
 * before, and a known word costs no slice, no lower-casing and no look-up in STARTERS (wordRuns was
 * a fifth of the rules' time on the bench text, measured). ASCII words only: lower-casing other
 * letters may change a word's length.
 */
interface KnownWord {
  lower: string;
  starts: number;
  follows: number;
  marks: number;
  buckets: BucketMemo;
  /** The next known word with the same hash. */
  next: KnownWord | undefined;
}
const known = new Map<number, KnownWord>();
/** The memo's bound: far more words than a news site's vocabulary; past it, start afresh. */
const MAX_KNOWN_WORDS = 50_000;
/** Hashes are kept within V8's small integers, which a Map keys without boxing. */
const SMALL_INT = 0x3fffffff;
/** Bumped when STARTERS changes (a matcher compiled later), so that known words are looked up again. */
let startersVersion = 0;
let knownVersion = 0;

function forgetKnownWords(): void {
  known.clear();
  knownVersion = startersVersion;
}

function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

function newWord(lower: string): KnownWord {
  return { lower, starts: STARTERS.get(lower) ?? 0, follows: FOLLOWERS.get(lower) ?? 0, marks: MARKERS.get(lower) ?? 0, buckets: [], next: undefined };
}

/** The known word text[start, end) (ASCII) with the given hash, added when new. */
function knownWord(text: string, start: number, end: number, hash: number): KnownWord {
  const first = known.get(hash);
  for (let w = first; w; w = w.next) if (sameLetters(w.lower, text, start, end)) return w;
  if (known.size >= MAX_KNOWN_WORDS) known.clear();
  const word = newWord(text.slice(start, end).toLowerCase());
  word.next = known.get(hash);
  known.set(hash, word);
  return word;
}

function sameLetters(lower: string, text: string, start: number, end: number): boolean {
  if (lower.length !== end - start) return false;
  for (let k = 0; k < lower.length; k++) if (lower.charCodeAt(k) !== lowerAscii(text.charCodeAt(start + k))) return false;
  return true;
}

/** The words of a lexicon as a lower-case set (for single-word lists without pattern syntax). */
export function wordSet(lexicon: Lexicon): Set<string> {
  return new Set(lexicon.entries.map((e) => e.term));
}

/** Every form of a lexicon's single-word entries: "say+" is say, says, said…; "told" is itself. */
export function verbForms(lexicon: Pick<Lexicon, 'entries'>): Set<string> {
  return new Set(lexicon.entries.flatMap((e) => (e.term.includes(' ') ? [] : e.term.endsWith('+') ? inflect(e.term.slice(0, -1)) : [e.term])));
}

/** A regular-expression alternation of a lexicon's patterns, for use inside a larger pattern. */
export function alternation(lexicon: Lexicon): string {
  return [...lexicon.entries]
    .sort((a, b) => b.term.length - a.term.length)
    .map((e) => patternSource(e.term))
    .join('|');
}
