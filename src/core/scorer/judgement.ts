import model from './judgement-model.json';
import { afinnFeature, featureName, isUpper, LONG_WORDS, MARK_NAMES, marksOf, NAME_DENSE_SHARE, quotationState, SHORT_WORDS, stem, visitFeatures, type Family, type FeatureInput } from './features';

/**
 * The judgement scorer: how much a sentence reads as the writer's own judgement rather than reporting,
 * as a probability from a logistic regression over the features of features.ts. Trained by
 * `npm run train` (scripts/train/judgement.ts) on NewsSD-ENG (Antici et al., LREC-COLING 2024, CC BY 4.0)
 * and sentences we wrote ourselves; the weights are data in judgement-model.json. Pure and cheap: a few
 * map look-ups per word, no allocation per word beyond the stem.
 */

/** The rules that use this scorer: their own flags are never features of it. */
export const SCORER_RULES: ReadonlySet<string> = new Set(['learned-judgement', 'opinion-argument']);

interface ModelFile {
  bias: number;
  weights: Record<string, number>;
}

const { bias: BIAS, weights: WEIGHTS } = model as ModelFile;
/** Word weights by stem; pair weights by first word, then second; the rest by full name. */
const WORD = new Map<string, number>();
const PAIR = new Map<string, Map<string, number>>();
const OTHER = new Map<string, number>();
for (const [name, weight] of Object.entries(WEIGHTS)) {
  const family = name[0];
  const rest = name.slice(2);
  if (family === 'w') WORD.set(rest, weight);
  else if (family === 'b') {
    const space = rest.indexOf(' ');
    const first = rest.slice(0, space);
    const inner = PAIR.get(first) ?? PAIR.set(first, new Map()).get(first)!;
    inner.set(rest.slice(space + 1), weight);
  } else OTHER.set(name, weight);
}

function weightOf(family: Family, a: string, b?: string): number {
  if (family === 'w') return WORD.get(a) ?? 0;
  if (family === 'b') return PAIR.get(a)?.get(b!) ?? 0;
  return OTHER.get(featureName(family, a)) ?? 0;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that the sentence is the writer's judgement (0–1), summed feature by feature through visitFeatures. */
export function referenceScore(input: FeatureInput): number {
  let z = BIAS;
  visitFeatures(input, (family, a, b) => {
    z += weightOf(family, a, b);
  });
  return sigmoid(z);
}

/** What the analysis needs of one word: its stem, its weight, and the weights of the pairs it starts. */
interface WordEntry {
  stem: string;
  weight: number;
  pairs: Map<string, number> | undefined;
}
/** Words seen so far, by lower-case form: each word is stemmed and looked up once, not once per use. */
const seen = new Map<string, WordEntry>();
/** The memo's bound: far more words than a news site's vocabulary; past it, start afresh. */
const MAX_MEMO_WORDS = 100_000;

function wordEntry(lower: string): WordEntry {
  let e = seen.get(lower);
  if (!e) {
    if (seen.size >= MAX_MEMO_WORDS) seen.clear();
    const s = stem(lower);
    const afinn = afinnFeature(lower);
    // The word's own weight and its AFINN feature's, added once here rather than at every use.
    seen.set(lower, (e = { stem: s, weight: (WORD.get(s) ?? 0) + (afinn ? (OTHER.get(`o:${afinn}`) ?? 0) : 0), pairs: PAIR.get(s) }));
  }
  return e;
}

const START_PAIRS = PAIR.get('^');
const SPEECH_PAIRS = PAIR.get('"');
const MARK_WEIGHTS = MARK_NAMES.map((m) => OTHER.get(`o:${m}`) ?? 0);
const other = (name: string) => OTHER.get(name) ?? 0;
/** The weights of other rules' hits and of quotation kinds, by bare name (no string built per sentence). */
const RULE_WEIGHTS = new Map([...OTHER].filter(([k]) => k.startsWith('r:')).map(([k, w]) => [k.slice(2), w]));
const QUOTE_WEIGHTS = new Map([...OTHER].filter(([k]) => k.startsWith('o:quote-')).map(([k, w]) => [k.slice('o:quote-'.length), w]));
const [SHORT, MID, LONG, NAMES_DENSE] = ['o:len-short', 'o:len-mid', 'o:len-long', 'o:names-dense'].map(other) as [number, number, number, number];

/**
 * The probability that the sentence is the writer's judgement (0–1). The same sum as referenceScore
 * (a test holds them equal), without a call or a string per feature: one memo look-up per word and
 * one per pair. The part that depends on the sentence's words alone is kept per sentence text
 * (lexicalSums): a page analysed again, block by block as it changes, scores each sentence once.
 */
export function judgementScore(input: FeatureInput): number {
  let z = BIAS;
  const { speech, kinds } = quotationState(input);
  for (const kind of kinds) z += QUOTE_WEIGHTS.get(kind) ?? 0;
  for (const rule of input.rules) z += RULE_WEIGHTS.get(rule) ?? 0;
  if (speech.length > 0 || cacheLimit === 0) return sigmoid(z + lexicalSum(input, speech));
  // Without someone's speech in it, the words' part depends on the sentence's text alone.
  const key = input.text.slice(input.start, input.end);
  let lexical = lexicalSums.get(key);
  if (lexical === undefined) {
    if (lexicalSums.size >= cacheLimit) lexicalSums.clear();
    lexicalSums.set(key, (lexical = lexicalSum(input, speech)));
  }
  return sigmoid(z + lexical);
}

/** The words' part of the sum by sentence text (sentences without speech in them). */
const lexicalSums = new Map<string, number>();
/** The cache's bound: a long live blog has a few thousand sentences; past it, start afresh. */
const MAX_CACHED_SENTENCES = 20_000;
let cacheLimit = MAX_CACHED_SENTENCES;

/** Words, pairs, length, names and punctuation: everything but the quotation state and the rules. */
function lexicalSum(input: FeatureInput, speech: readonly { start: number; end: number }[]): number {
  const { text, start, end, runs } = input;
  let z = 0;
  let pairs = START_PAIRS;
  let si = 0;
  let caps = 0;
  let words = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    while (si < speech.length && speech[si]!.end <= r.start) si++;
    if (si < speech.length && speech[si]!.start <= r.start) {
      pairs = SPEECH_PAIRS;
      continue;
    }
    words++;
    if (i > 0 && isUpper(text.charCodeAt(r.start))) caps++;
    const e = wordEntry(r.lower);
    z += e.weight;
    if (pairs) z += pairs.get(e.stem) ?? 0;
    pairs = e.pairs;
  }
  const all = runs.length;
  z += all <= SHORT_WORDS ? SHORT : all > LONG_WORDS ? LONG : MID;
  if (words > 1 && caps / (words - 1) > NAME_DENSE_SHARE) z += NAMES_DENSE;
  const marks = marksOf(text, start, end);
  for (let m = 0; m < MARK_WEIGHTS.length; m++) if (marks & (1 << m)) z += MARK_WEIGHTS[m]!;
  return z;
}

/**
 * Turns the per-sentence cache off (false) or on: the benchmark repeats the same articles, which the
 * cache would score once, so it also measures the scorer on every sentence as if it were new.
 */
export function useJudgementCache(on: boolean): void {
  lexicalSums.clear();
  cacheLimit = on ? MAX_CACHED_SENTENCES : 0;
}

/** A feature of the sentence that pushed it towards judgement, in words a reader can check. */
export interface Cue {
  /** The feature as the model names it (`w:promis`, `r:loaded-language`, `o:question`). */
  feature: string;
  /** What it stands for in this sentence ("“only”", "a question"). */
  label: string;
  weight: number;
}

/** What the shape features (`o:`) and our rules (`r:`) mean, for the explanation. Words speak for themselves. */
const LABELS: Record<string, string> = {
  'o:question': 'a question',
  'o:exclamation': 'an exclamation mark',
  'o:semicolon': 'a semicolon',
  'o:colon': 'a colon',
  'o:dash': 'a dash',
  'o:parenthesis': 'an aside in brackets',
  'o:digit': 'a number',
  'o:len-short': 'a short sentence',
  'o:len-mid': 'a sentence of ordinary length',
  'o:len-long': 'a long sentence',
  'o:names-dense': 'many names',
  'o:quote-named': 'a named speaker’s quotation',
  'o:quote-speech': 'a quotation',
  'o:quote-short': 'a word in quotation marks',
};

/** The features present in the sentence that pushed hardest towards judgement, strongest first. */
export function judgementCues(input: FeatureInput, count: number): Cue[] {
  const byFeature = new Map<string, Cue>();
  const { runs, text } = input;
  // Each stem as first written in the sentence, to show the reader the word, not the stem.
  const surface = new Map<string, string>();
  for (const r of runs) {
    const s = stem(r.lower);
    if (!surface.has(s)) surface.set(s, text.slice(r.start, r.start + r.lower.length));
  }
  visitFeatures(input, (family, a, b) => {
    const weight = weightOf(family, a, b);
    if (weight <= 0) return;
    const name = featureName(family, a, b);
    if (byFeature.has(name)) return;
    byFeature.set(name, { feature: name, label: labelOf(family, a, b, surface), weight });
  });
  return [...byFeature.values()].sort((x, y) => y.weight - x.weight || x.feature.localeCompare(y.feature)).slice(0, count);
}

function labelOf(family: Family, a: string, b: string | undefined, surface: Map<string, string>): string {
  if (family === 'r') return `our ${a.replace(/-/g, ' ')} rule`;
  if (family === 'o') return LABELS[featureName(family, a)] ?? a;
  const word = (stemmed: string) => (stemmed === '"' ? '“…”' : (surface.get(stemmed) ?? stemmed));
  if (family === 'w') return `“${word(a)}”`;
  if (a === '^') return `“${word(b!)}” opening the sentence`;
  return `“${word(a)} ${word(b!)}”`;
}
