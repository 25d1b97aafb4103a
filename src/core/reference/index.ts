import type { MeasureSide } from './relate';
import type { TermWeights as Weights } from './similarity';
import { TermWeights } from './similarity';
import { spellingClusters, spellingsOf } from './text/spellings';
import { vocabularyWith, type Vocabulary } from './text/vocabulary';
import type { ClaimEvidence, ReferenceClaim, ReferenceSet, ReferenceSource, StoredStatement } from './types';

/**
 * A reference set made ready for checking pages: its vocabulary (core data plus the set's own), the
 * weights of its terms, and its statements indexed so that a page sentence meets only the statements
 * that share an anchor or act with it (positions) or measure the same thing (quantities), never a scan
 * of every claim.
 */
export interface IndexedPosition {
  claim: ReferenceClaim;
  evidence: ClaimEvidence;
}
export interface IndexedMeasure {
  claim: ReferenceClaim;
  evidence: ClaimEvidence;
  side: MeasureSide;
}

export interface ReferenceIndex {
  set: ReferenceSet;
  vocabulary: Vocabulary;
  weights: TermWeights;
  byId: Map<string, ReferenceClaim>;
  sources: Map<string, ReferenceSource>;
  positions: IndexedPosition[];
  /** Indices into positions, by each anchor and act term the statement has. */
  positionsByTerm: Map<string, number[]>;
  /** Indices into positions, by each content word (w:) of the statement: for sentences that name no party or act the set knows. */
  positionsByWord: Map<string, number[]>;
  /** Every quote of each source, to know a page that is the source itself. */
  quotesBySource: Map<string, Set<string>>;
  measuresByDimension: Map<string, IndexedMeasure[]>;
  /** For each claim, the earlier claims it reversed (those listing it in supersededBy). */
  reversed: Map<string, ReferenceClaim[]>;
  /** Indices into measuresByDimension's list of each dimension, by each anchor and act term. */
  measuresByTerm: Map<string, Map<string, number[]>>;
}

/** Terms that find candidates: what a statement is about and what it says was done. */
export const KEY_TERM = /^(?:e|t|a):/;
/** A statement's content words (statement.ts termsOf). */
export const WORD_TERM = 'w:';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexReferenceSet(given: ReferenceSet): ReferenceIndex {
  const canon = spellingClusters(nameCounts(given));
  const set = respelled(given, canon);
  const positions: IndexedPosition[] = [];
  const positionsByTerm = new Map<string, number[]>();
  const positionsByWord = new Map<string, number[]>();
  const quotesBySource = new Map<string, Set<string>>();
  const measuresByDimension = new Map<string, IndexedMeasure[]>();
  const measuresByTerm = new Map<string, Map<string, number[]>>();
  const readings: string[][] = [];
  for (const claim of set.claims) {
    for (const evidence of claim.evidence) {
      readings.push(evidence.reading.terms);
      if (evidence.origin === 'extracted') (quotesBySource.get(evidence.source) ?? quotesBySource.set(evidence.source, new Set()).get(evidence.source)!).add(evidence.quote);
      if (claim.kind === 'measure') {
        const m = evidence.reading.measures[evidence.measure ?? 0];
        if (m) {
          push(measuresByDimension, m.dimension, { claim, evidence, side: { ...m, reading: evidence.reading } });
          const i = measuresByDimension.get(m.dimension)!.length - 1;
          const byTerm = measuresByTerm.get(m.dimension) ?? measuresByTerm.set(m.dimension, new Map()).get(m.dimension)!;
          for (const t of evidence.reading.terms) if (KEY_TERM.test(t)) push(byTerm, t, i);
        }
      } else {
        const i = positions.push({ claim, evidence }) - 1;
        for (const t of evidence.reading.terms) if (KEY_TERM.test(t)) push(positionsByTerm, t, i);
        for (const t of evidence.reading.terms) if (t.startsWith(WORD_TERM)) push(positionsByWord, t, i);
      }
    }
  }
  const reversed = new Map<string, ReferenceClaim[]>();
  for (const c of set.claims) for (const later of c.supersededBy) push(reversed, later, c);
  return {
    set,
    reversed,
    vocabulary: { ...vocabularyWith(set.vocabulary ?? []), nameSpelling: spellingsOf(canon), knownName: (key: string) => canon.has(key) },
    weights: new TermWeights(readings),
    byId: new Map(set.claims.map((c) => [c.id, c])),
    sources: new Map(set.sources.map((s) => [s.id, s])),
    positions,
    positionsByTerm,
    positionsByWord,
    measuresByDimension,
    measuresByTerm,
    quotesBySource,
  };
}

const NAME = 'name:';

/** How often each name key occurs in a set's statements ("name:okhmadyt" counts for "okhmadyt"). */
function nameCounts(set: ReferenceSet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of set.claims) for (const e of c.evidence) for (const a of e.reading.anchors) if (a.id.startsWith(NAME)) counts.set(a.id.slice(NAME.length), (counts.get(a.id.slice(NAME.length)) ?? 0) + 1);
  return counts;
}

/** A set whose statements spell each name one way (spellings.ts): its sources' "Okhmatdyt" and "Okhmadyt" are one place. */
function respelled(set: ReferenceSet, canon: ReadonlyMap<string, string>): ReferenceSet {
  if ([...canon].every(([k, v]) => k === v)) return set;
  const id = (x: string) => (x.startsWith(NAME) ? NAME + (canon.get(x.slice(NAME.length)) ?? x.slice(NAME.length)) : x);
  const term = (t: string) => (t.startsWith(`e:${NAME}`) ? `e:${id(t.slice(2))}` : t);
  const reading = (r: StoredStatement): StoredStatement => ({ ...r, anchors: r.anchors.map((a) => ({ ...a, id: id(a.id) })), terms: [...new Set(r.terms.map(term))] });
  return { ...set, claims: set.claims.map((c) => ({ ...c, evidence: c.evidence.map((e) => ({ ...e, reading: reading(e.reading) })) })) };
}

/**
 * The k entries that share the most weight of the given terms, through a posting list per term: a
 * page sentence is compared in full only with these. Ties go to the earlier entry, so the choice is
 * the same on every run.
 */
export function topByTerms(terms: readonly string[], postings: ReadonlyMap<string, readonly number[]>, size: number, weights: Weights, k: number): number[] {
  if (scores.length < size) scores = new Float64Array(size);
  const score = scores;
  const touched: number[] = [];
  try {
    return topTouched(terms, postings, weights, k, score, touched);
  } finally {
    // Left all zero for the next call: only the touched entries were written.
    for (const i of touched) score[i] = 0;
  }
}

/**
 * The scores topByTerms adds up, one per entry, kept between calls: a fresh array per page sentence,
 * as long as the set has statements, was the largest cost of choosing candidates (profiled on the bench text).
 */
let scores = new Float64Array(0);

function topTouched(terms: readonly string[], postings: ReadonlyMap<string, readonly number[]>, weights: Weights, k: number, score: Float64Array, touched: number[]): number[] {
  for (const term of terms) {
    const list = postings.get(term);
    if (!list) continue;
    const w = weights.weight(term);
    for (const i of list) {
      if (score[i] === 0) touched.push(i);
      score[i]! += w;
    }
  }
  if (touched.length <= k) return touched.sort((a, b) => score[b]! - score[a]! || a - b);
  // Keep the best k in a small sorted array: cheaper than sorting every touched entry.
  const best: number[] = [];
  for (const i of touched) {
    if (best.length === k && (score[i]! < score[best[k - 1]!]! || (score[i] === score[best[k - 1]!] && i > best[k - 1]!))) continue;
    // Insert in place, moving the lower ones down (splice made an array of what it removed, every time).
    let at = best.length;
    best.push(i);
    while (at > 0 && (score[best[at - 1]!]! < score[i]! || (score[best[at - 1]!] === score[i] && best[at - 1]! > i))) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = i;
    if (best.length > k) best.pop();
  }
  return best;
}
