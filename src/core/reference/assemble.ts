import { segment } from '../segment';
import { countsPeople } from './dimensions';
import { claimsOf, measureGroups, positionGroups, type StatementRecord } from './group';
import { describeQuantity } from './quantities';
import { TermWeights } from './similarity';
import { readStatement } from './text/statement';
import { vocabularyWith, type VocabularyEntry } from './text/vocabulary';
import { REFERENCE_SCHEMA_ID, REFERENCE_SCHEMA_VERSION, type ClaimEvidence, type ReferenceClaim, type ReferenceSet, type ReferenceSource } from './types';

/**
 * A reference set from statements already read (by a build from articles, or by upgrading an older
 * set from its quotes): grouped into claims, each with a reader's summary. Apart from build.ts so that
 * loading a set never needs the rules a build runs on its articles.
 */

/** Up to this many characters of a quote stand for a position claim in explanations. */
export const STATEMENT_MAX_CHARS = 180;

function shorten(quote: string): string {
  if (quote.length <= STATEMENT_MAX_CHARS) return quote;
  const cut = quote.slice(0, STATEMENT_MAX_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** A reader's summary of a claim: its values for a measure, its firmest quote for a position. */
function statementOf(claim: Omit<ReferenceClaim, 'statement'>, names: ReadonlyMap<string, string>, weights: TermWeights): string {
  if (claim.kind === 'measure') {
    const precise = claim.quantities.filter((q) => !q.vague);
    const values = (precise.length > 0 ? precise : claim.quantities).map(describeQuantity).join('; ');
    const role = countsPeople(claim.dimension) && claim.dimension!.includes(':') ? ` ${claim.dimension!.split(':')[1]}` : '';
    return `${claim.holder ? `${names.get(claim.holder) ?? claim.holder}: ` : ''}${values}${role}`;
  }
  return shorten(central(claim.evidence, weights).quote);
}

/** The evidence that shares most with the others (a firm one where there is one): the claim's best wording. */
function central(evidence: readonly ClaimEvidence[], weights: TermWeights): ClaimEvidence {
  const firm = evidence.filter((e) => e.stance === 'reported');
  const pool = firm.length > 0 ? firm : evidence;
  let best = pool[0]!;
  let bestScore = -1;
  for (const e of pool) {
    const score = evidence.reduce((sum, o) => sum + (o === e ? 0 : weights.dice(e.reading.terms, o.reading.terms)), 0);
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}

/** What to call each anchor in summaries: its most frequent wording in the quotes, the shorter on a tie. */
function anchorNames(texts: readonly string[], entries: readonly VocabularyEntry[]): Map<string, string> {
  const vocabulary = vocabularyWith(entries);
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const sentence of segment(text)) {
      for (const a of readStatement(text, sentence.start, sentence.end, vocabulary).anchors) {
        const wording = text.slice(a.start, a.end).replace(/['’]s$/, '');
        const forId = counts.get(a.id) ?? counts.set(a.id, new Map()).get(a.id)!;
        forId.set(wording, (forId.get(wording) ?? 0) + 1);
      }
    }
  }
  const names = new Map<string, string>();
  for (const [id, forId] of counts) {
    const best = [...forId.entries()].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length)[0]!;
    names.set(id, best[0]);
  }
  return names;
}

/** A set from statements already read: grouped into claims, each with a reader's summary. */
export function assembleSet(name: string, sources: readonly ReferenceSource[], records: StatementRecord[], vocabulary: VocabularyEntry[]): ReferenceSet {
  const weights = new TermWeights(records.map((r) => r.evidence.reading.terms));
  const groups = [
    ...measureGroups(records.filter((r) => r.evidence.measure !== undefined), weights),
    ...positionGroups(records.filter((r) => r.evidence.measure === undefined), weights),
  ];
  const names = anchorNames([...new Set(records.map((r) => r.evidence.quote))], vocabulary);
  return {
    schema: REFERENCE_SCHEMA_ID,
    version: REFERENCE_SCHEMA_VERSION,
    name,
    sources: sources.map(({ id, title, outlet, published, url }) => ({ id, title, outlet, published, ...(url ? { url } : {}) })),
    vocabulary,
    claims: claimsOf(groups, weights).map(({ claim }) => ({ ...claim, statement: statementOf(claim, names, weights) })),
  };
}

