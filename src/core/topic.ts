import ukraine from './lexicons/topic-ukraine.json';
import russia from './lexicons/topic-russia.json';
import war from './lexicons/topic-war.json';
import { wordSet } from './lexicon';

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

/** One side of the gate: its words (for detectTopic), the mentions it needs and its pattern (for the pre-check). */
interface Side {
  words: Set<string>;
  min: number;
  pattern?: RegExp;
}
let sides: [ukraine: Side, russia: Side, war: Side] | undefined;
/**
 * Built on first use, not at import: the script injected into every page imports this module, and
 * most pages need one pattern at most.
 */
const topicSides = (): [ukraine: Side, russia: Side, war: Side] =>
  (sides ??= [
    { words: wordSet(ukraine), min: MIN_UKRAINE_MENTIONS },
    { words: wordSet(russia), min: MIN_RUSSIA_MENTIONS },
    { words: wordSet(war), min: MIN_WAR_MENTIONS },
  ]);
/** ASCII word boundaries, no Unicode mode: ten times faster on a megabyte of page text (measured). */
const patternOf = (side: Side): RegExp => (side.pattern ??= new RegExp(`\\b(?:${[...side.words].join('|')})\\b`, 'gi'));

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
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TERMS)
    .map(([t]) => t);
  return { onTopic, score: Math.round(score * 100) / 100, terms, words: total };
}


/**
 * A cheap pre-check for the content script: can this text be on topic at all? The article is part of
 * the page, so if the page's prose lacks the gate's minimum mentions of either side or of the war, the
 * article does too, and the page is off topic without extracting anything. The prose comes in pieces
 * (one per paragraph, bounded by the caller) and is read as one text: a pattern run once over it costs
 * about half as much as the same pattern run once per paragraph (measured on the eval pages in
 * Chromium, where every run on a new page is a first run). One side at a time, Ukraine's first: most
 * pages never name it, and then one pattern has read the prose instead of three.
 */
export function mayBeOnTopic(pieces: Iterable<string> | string): boolean {
  const text = typeof pieces === 'string' ? pieces : [...pieces].join('\n');
  return topicSides().every((side) => {
    const re = patternOf(side);
    re.lastIndex = 0;
    let count = 0;
    while (count < side.min && re.exec(text)) count++;
    return count >= side.min;
  });
}

export const NOT_ON_TOPIC: TopicResult = { onTopic: false, score: 0, terms: [], words: 0 };
