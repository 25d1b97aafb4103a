import { segment } from '../segment';
import { findClaims, isHedged } from './claims';
import { entityName } from './entities';
import type { ClaimFinding } from './predicates/types';
import { keyOf } from './predicates/types';
import { consistent, describeQuantity, type Quantity } from './quantities';
import {
  REFERENCE_SCHEMA_ID,
  REFERENCE_SCHEMA_VERSION,
  type ClaimEvidence,
  type ClaimStatus,
  type ReferenceClaim,
  type ReferenceSet,
  type ReferenceSource,
} from './types';

/**
 * Builds a reference set from article texts: claims are extracted sentence by sentence, grouped
 * across sources by what they are about (predicate and subject), and given a status from the
 * sources' agreement, their hedges and their dates. A small curated file corrects what extraction
 * cannot decide; each correction carries its reason.
 */

/** Two sources that disagree about a stance less than this many days apart dispute the same moment
 * (contested); further apart, the later one reports a change (the earlier is superseded). */
export const SUPERSEDE_MIN_DAYS = 30;

export interface SourceText extends ReferenceSource {
  text: string;
}

export interface Curation {
  about?: string;
  entries: CurationEntry[];
}
export type CurationEntry = {
  action: 'add-evidence';
  /** predicate:subject of the claim, e.g. "strike-scope:kursk". */
  key: string;
  /** Which side of a stance claim the evidence supports ("inside"), or a polarity. */
  value?: string;
  polarity?: 'positive' | 'negative';
  source: string;
  quote: string;
  stance?: 'reported' | 'unconfirmed';
  reason: string;
};

export interface BuildReport {
  set: ReferenceSet;
  extractedClaims: number;
  curatedEvidence: number;
  claimsWithCuration: number;
}

interface Statement {
  finding: ClaimFinding;
  evidence: ClaimEvidence;
  date: string;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** Groups statements of one key into clusters that agree with each other. */
function cluster(statements: Statement[]): Statement[][] {
  const groups: Statement[][] = [];
  for (const s of statements) {
    const home = groups.find((g) => g.some((o) => agree(o.finding, s.finding)));
    if (home) home.push(s);
    else groups.push([s]);
  }
  return groups;
}

export function agree(a: Pick<ClaimFinding, 'kind' | 'quantity' | 'polarity' | 'value'>, b: Pick<ClaimFinding, 'kind' | 'quantity' | 'polarity' | 'value'>): boolean {
  if (a.kind === 'stance') return a.polarity === b.polarity && a.value === b.value;
  if (a.quantity && b.quantity) return consistent(a.quantity, b.quantity);
  return false;
}

const dates = (g: Statement[]) => g.map((s) => s.date).sort();

/** How claim a stands to claim b when they disagree: a later stance replaces an earlier one. */
function relation(a: Statement[], b: Statement[], kind: ReferenceClaim['kind']): 'superseded-by' | 'supersedes' | 'contested' {
  if (kind === 'stance') {
    const [aFirst, aLast] = [dates(a)[0]!, dates(a).at(-1)!];
    const [bFirst, bLast] = [dates(b)[0]!, dates(b).at(-1)!];
    if (bFirst > aLast && daysBetween(aLast, bFirst) >= SUPERSEDE_MIN_DAYS) return 'superseded-by';
    if (aFirst > bLast && daysBetween(bLast, aFirst) >= SUPERSEDE_MIN_DAYS) return 'supersedes';
  }
  return 'contested';
}

function uniqueQuantities(qs: Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return qs.filter((q) => {
    const k = `${q.base.unit}:${q.base.value}:${q.qualifier}:${q.unit}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function statementOf(f: Pick<ClaimFinding, 'predicate' | 'subject' | 'polarity' | 'value'>, quantities: Quantity[]): string {
  const values = quantities.map(describeQuantity).join('; ');
  switch (f.predicate) {
    case 'weapon-range':
      return `${entityName(f.subject)} range: ${values}`;
    case 'troop-deployment':
      return `${entityName(f.subject)} troops deployed: ${values}`;
    case 'aid-package':
      return `U.S. aid package of ${values}`;
    case 'aid-total':
      return `U.S. aid in total: ${values}`;
    case 'attack-casualties':
      return `${entityName(f.subject)} attack killed ${values}`;
    case 'strike-authorisation':
      return f.polarity === 'positive'
        ? 'The United States allows Ukraine to strike inside Russia with U.S. weapons'
        : 'The United States does not allow Ukraine to strike inside Russia with U.S. weapons';
    case 'strike-scope':
      return f.value === 'outside'
        ? `Authorised strikes are to be outside the ${entityName(f.subject)} region`
        : `Authorised strikes are in the ${entityName(f.subject)} region`;
    default:
      return `${f.predicate} ${entityName(f.subject)} ${values}`.trim();
  }
}

function statusOf(group: Statement[]): ClaimStatus {
  const sources = new Set(group.map((s) => s.evidence.source));
  const firm = new Set(group.filter((s) => s.evidence.stance === 'reported').map((s) => s.evidence.source));
  // A source counts as unconfirmed for a claim if it hedges it anywhere.
  const hedging = new Set(group.filter((s) => s.evidence.stance === 'unconfirmed').map((s) => s.evidence.source));
  const firmOnly = [...firm].filter((s) => !hedging.has(s));
  if (firmOnly.length === 0) return 'unconfirmed';
  return sources.size >= 2 ? 'corroborated' : 'single-source';
}

function locate(text: string, quote: string): { start: number; end: number } | null {
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

/** Every claim the extraction finds in the sources, grouped by what it is about. */
function extractStatements(sources: readonly SourceText[]): Map<string, Statement[]> {
  const statements = new Map<string, Statement[]>();
  for (const source of sources) {
    const sentences = segment(source.text);
    for (const c of findClaims(source.text, sentences)) {
      const key = keyOf(c.finding);
      const list = statements.get(key) ?? [];
      list.push({
        finding: c.finding,
        date: source.published,
        evidence: {
          source: source.id,
          start: c.sentence.start,
          end: c.sentence.end,
          quote: c.sentence.text,
          stance: isHedged(source.text, sentences, c.index) ? 'unconfirmed' : 'reported',
          origin: 'extracted',
        },
      });
      statements.set(key, list);
    }
  }
  return statements;
}

/** Adds the curated evidence to the extracted claims it belongs to; returns how many quotes it added. */
function addCuration(statements: Map<string, Statement[]>, sources: readonly SourceText[], curation: Curation): number {
  const bySource = new Map(sources.map((s) => [s.id, s]));
  let curatedEvidence = 0;
  for (const [i, entry] of curation.entries.entries()) {
    const source = bySource.get(entry.source);
    if (!source) throw new Error(`curation entry ${i}: unknown source ${entry.source}`);
    const where = locate(source.text, entry.quote);
    if (!where) throw new Error(`curation entry ${i}: quote not found in ${entry.source}`);
    const list = statements.get(entry.key);
    const model = list?.find((s) => (entry.value === undefined || s.finding.value === entry.value) && (entry.polarity === undefined || s.finding.polarity === entry.polarity));
    if (!model) throw new Error(`curation entry ${i}: no extracted claim ${entry.key} to add evidence to`);
    list!.push({
      finding: model.finding,
      date: source.published,
      evidence: { source: source.id, ...where, quote: entry.quote, stance: entry.stance ?? 'reported', origin: 'curated' },
    });
    curatedEvidence++;
  }
  return curatedEvidence;
}

/** The claims about one thing: one per cluster of statements, with their relations and status. */
function claimsOf(key: string, statements: Statement[]): ReferenceClaim[] {
  const groups = cluster(statements);
  const made = groups.map((group, n) => {
    const f = group[0]!.finding;
    const quantities = uniqueQuantities(group.map((s) => s.finding.quantity).filter((q): q is Quantity => q !== null));
    const evidence = group
      .map((s) => s.evidence)
      .sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start);
    const claim: ReferenceClaim = {
      id: `${key}/${n + 1}`,
      key,
      predicate: f.predicate,
      kind: f.kind,
      statement: statementOf(f, quantities),
      actors: [...new Set(group.flatMap((s) => s.finding.actors))].sort(),
      places: [...new Set(group.flatMap((s) => s.finding.places))].sort(),
      weapons: [...new Set(group.flatMap((s) => s.finding.weapons))].sort(),
      quantities,
      polarity: f.polarity,
      value: f.value,
      date: dates(group)[0]!,
      evidence,
      status: statusOf(group),
      contestedWith: [],
      supersededBy: [],
    };
    return { claim, group };
  });
  // Event claims of different amounts are different events; attributes and stances disagree.
  if (made.length > 1 && made[0]!.claim.kind !== 'event') {
    for (const a of made) {
      for (const b of made) {
        if (a === b) continue;
        const r = relation(a.group, b.group, a.claim.kind);
        if (r === 'superseded-by') a.claim.supersededBy.push(b.claim.id);
        else if (r === 'contested') a.claim.contestedWith.push(b.claim.id);
      }
      if (a.claim.supersededBy.length > 0) a.claim.status = 'superseded';
      else if (a.claim.contestedWith.length > 0) a.claim.status = 'contested';
    }
  }
  return made.map((m) => m.claim);
}

export function buildReferenceSet(name: string, sources: SourceText[], curation: Curation = { entries: [] }): BuildReport {
  const statements = extractStatements(sources);
  const extractedKeys = new Set(statements.keys());
  const curatedEvidence = addCuration(statements, sources, curation);
  const claims = [...statements.keys()].sort().flatMap((key) => claimsOf(key, statements.get(key)!));
  const set: ReferenceSet = {
    schema: REFERENCE_SCHEMA_ID,
    version: REFERENCE_SCHEMA_VERSION,
    name,
    sources: sources.map(({ id, title, outlet, published }) => ({ id, title, outlet, published })),
    claims,
  };
  return {
    set,
    extractedClaims: claims.filter((c) => extractedKeys.has(c.key)).length,
    curatedEvidence,
    claimsWithCuration: claims.filter((c) => c.evidence.some((e) => e.origin === 'curated')).length,
  };
}
