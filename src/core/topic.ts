import ukraine from './lexicons/topic-ukraine.json';
import russia from './lexicons/topic-russia.json';
import war from './lexicons/topic-war.json';
import { wordSet, type Lexicon } from './lexicon';

/**
 * The topic gate: is this text about the Russia–Ukraine war? It must be cheap (it runs on every page,
 * in the content script) and explainable (the popup shows the matched terms and the score).
 */
export interface TopicResult {
  onTopic: boolean;
  /** 0–1: how densely the text talks about the war. */
  score: number;
  /** Matched terms, most frequent first. */
  terms: string[];
  words: number;
}

/** A passing mention is not an article: at least two Ukrainian-side mentions. */
const MIN_UKRAINE_MENTIONS = 2;
/** And the other side of the war must appear at least once. */
const MIN_RUSSIA_MENTIONS = 1;
/** And war vocabulary, so that an article on Ukrainian grain prices in Russia's market is out. */
const MIN_WAR_MENTIONS = 1;
/** Ukrainian and Russian terms per 1,000 words below which the war is a side note of the text. */
const MIN_DENSITY = 4;
/** Density at which the score saturates at 1. */
const FULL_DENSITY = 20;
/** How many matched terms to report. */
const MAX_TERMS = 12;

/** One side of the gate: its words (for detectTopic), as a list (for the pre-check), and the mentions it needs. */
interface Side {
  words: Set<string>;
  list: readonly string[];
  min: number;
}
let sides: [ukraine: Side, russia: Side, war: Side] | undefined;
/**
 * Built on first use, not at import: the script injected into every page imports this module, and
 * most pages need one side at most.
 */
const topicSides = (): [ukraine: Side, russia: Side, war: Side] =>
  (sides ??= [side(ukraine, MIN_UKRAINE_MENTIONS), side(russia, MIN_RUSSIA_MENTIONS), side(war, MIN_WAR_MENTIONS)]);
const side = (lexicon: Lexicon, min: number): Side => {
  const words = wordSet(lexicon);
  return { words, list: [...words], min };
};

/**
 * Ties between terms in alphabetical order. The terms are lower-case ASCII words (a test holds the
 * lexicons to that), which code units order as an English collator does, and in every locale alike;
 * a collator's first use on a page costs the content script 10 ms or more of setting up (measured in
 * Chromium), in the way of the first highlights.
 */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function detectTopic(text: string): TopicResult {
  const [UKRAINE, RUSSIA, WAR] = topicSides().map((side) => side.words) as [Set<string>, Set<string>, Set<string>];
  const counts = new Map<string, number>();
  let u = 0;
  let r = 0;
  let w = 0;
  let total = 0;
  const re = /[\p{L}][\p{L}'\u2019-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total++;
    // "Ukraine’s" counts as "ukraine"
    const word = m[0].toLowerCase().replace(/['\u2019]s$/, '');
    const side = UKRAINE.has(word) ? 'u' : RUSSIA.has(word) ? 'r' : WAR.has(word) ? 'w' : null;
    if (!side) continue;
    if (side === 'u') u++;
    else if (side === 'r') r++;
    else w++;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const density = total === 0 ? 0 : ((u + r) / total) * 1000;
  const onTopic = u >= MIN_UKRAINE_MENTIONS && r >= MIN_RUSSIA_MENTIONS && w >= MIN_WAR_MENTIONS && density >= MIN_DENSITY;
  const raw = Math.min(1, density / FULL_DENSITY);
  // Off-topic texts never score above one half, on-topic ones never below it.
  const score = onTopic ? 0.5 + raw / 2 : Math.min(0.49, raw / 2);
  const terms = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))
    .slice(0, MAX_TERMS)
    .map(([t]) => t);
  return { onTopic, score: Math.round(score * 100) / 100, terms, words: total };
}


/**
 * A cheap pre-check for the content script: can this text be on topic at all? The article is part of
 * the page, so if the page's prose lacks the gate's minimum mentions of either side or of the war, the
 * article does too, and the page is off topic without extracting anything. The prose comes in pieces
 * (one per paragraph, bounded by the caller) and is read as one text, lower-cased once. One side at a
 * time, Ukraine's first: most pages never name it, and then one side's terms have been looked for.
 */
export function mayBeOnTopic(pieces: readonly string[] | string): boolean {
  const text = asciiComparable(typeof pieces === 'string' ? pieces : pieces.join('\n'));
  const lower = text.toLowerCase();
  return topicSides().every((side) => wholeWordCount(text, lower, side.list, side.min) >= side.min);
}

/**
 * The only character whose lower case is longer than itself ("İ", dotted capital I): swapped for
 * the dotless "ı", so that positions in the lower-cased text are positions in the text. Neither is
 * an ASCII word character, so no word boundary moves and no term can match either.
 */
const asciiComparable = (text: string): string => (text.includes('\u0130') ? text.replaceAll('\u0130', '\u0131') : text);

/**
 * How often the terms (lower-case ASCII letters) occur in `text` as whole words, counted up to `max`:
 * what the pattern `\b(?:term|…)\b` with flag i (no Unicode mode) finds, read with the string's own
 * search instead. On a page that is not about the war the pattern reads the whole prose, and a
 * pattern's first run on a page is interpreted: the search is several times cheaper there
 * (measured in Chromium on the eval pages). Each match is a whole run of ASCII word characters, so
 * two terms never overlap and the counts of the terms add up.
 */
function wholeWordCount(text: string, lower: string, terms: readonly string[], max: number): number {
  let count = 0;
  for (const term of terms) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      if (isWholeAsciiWord(text, at, term.length) && ++count >= max) return count;
    }
  }
  return count;
}

/** True when text[at, at + length) is ASCII (not the Kelvin sign, whose lower case is "k") with a word boundary on each side. */
function isWholeAsciiWord(text: string, at: number, length: number): boolean {
  for (let i = at; i < at + length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return !isAsciiWordChar(text.charCodeAt(at - 1)) && !isAsciiWordChar(text.charCodeAt(at + length));
}

/** A character of \w without Unicode mode: [A-Za-z0-9_]. NaN (before the start, after the end) is none. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

export const NOT_ON_TOPIC: TopicResult = { onTopic: false, score: 0, terms: [], words: 0 };
