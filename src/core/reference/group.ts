import { compareMeasures, comparePositions, disagreement, sameMeasure, samePosition, type MeasureSide } from './relate';
import { isRunningToll } from './dimensions';
import { topByTerms } from './index';
import type { TermWeights } from './similarity';
import type { ClaimEvidence, ClaimStatus, ReferenceClaim, StoredStatement } from './types';

/**
 * Groups a set's statements into claims: statements of one fact that agree form one claim; claims of
 * one fact that disagree are linked, as contested (sources of about the same time disagree) or as
 * superseded (a later source reports the reverse, or a source recounts it as the earlier state).
 */

/** Sources that disagree less than this many days apart dispute one moment; further apart, the later reports a change. */
export const SUPERSEDE_MIN_DAYS = 30;
/** A number reported a day or more later replaces the earlier one (tolls and counts are updated). */
export const MEASURE_UPDATE_MIN_DAYS = 1;

export interface StatementRecord {
  evidence: ClaimEvidence;
  date: string;
}

interface Group {
  kind: ReferenceClaim['kind'];
  members: StatementRecord[];
}

/** A record's quantity with its reading, made once per record (grouping compares each many times). */
const sides = new WeakMap<StatementRecord, MeasureSide>();
function sideOf(r: StatementRecord): MeasureSide {
  let side = sides.get(r);
  if (!side) sides.set(r, (side = { ...r.evidence.reading.measures[r.evidence.measure!]!, reading: r.evidence.reading }));
  return side;
}

/**
 * How many existing claims a statement is compared with when grouping, and a claim with when linking:
 * those sharing the most (by weight) of its anchors, acts and dimension. Statements of one fact share
 * them; a scan of every claim made a 30-article build take half a minute.
 */
export const MAX_GROUP_CANDIDATES = 48;
/** Statements of two claims compared when looking for a disagreement between them (first ones first). */
export const MAX_LINK_MEMBERS = 12;

const KEY = /^(?:e|t|a|d):/;
const keysOf = (r: StatementRecord) => r.evidence.reading.terms.filter((t) => KEY.test(t));

function clusterBy(records: StatementRecord[], kind: Group['kind'], weights: TermWeights, same: (a: StatementRecord, b: StatementRecord) => boolean, agree: (a: StatementRecord, b: StatementRecord) => boolean): Group[] {
  const groups: Group[] = [];
  const byTerm = new Map<string, number[]>();
  for (const r of records) {
    // A statement joins the claim whose first statement it restates, unless it disagrees with one of
    // the claim's statements; comparing with the first only keeps a chain of loosely similar
    // statements from gathering into one claim. The earliest such claim wins.
    const candidates = topByTerms(keysOf(r), byTerm, groups.length, weights, MAX_GROUP_CANDIDATES).sort((a, b) => a - b);
    const home = candidates
      .map((i) => groups[i]!)
      .find((g) => same(g.members[0]!, r) && agree(g.members[0]!, r) && !g.members.slice(0, MAX_LINK_MEMBERS).some((m) => same(m, r) && !agree(m, r)));
    if (home) {
      home.members.push(r);
      continue;
    }
    groups.push({ kind, members: [r] });
    for (const t of keysOf(r)) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(groups.length - 1);
  }
  return groups;
}

export function measureGroups(records: StatementRecord[], weights: TermWeights): Group[] {
  return clusterBy(
    records,
    'measure',
    weights,
    (a, b) => sameMeasure(sideOf(a), sideOf(b), weights),
    (a, b) => {
      const r = compareMeasures(sideOf(a), sideOf(b));
      return r.same && r.agree;
    },
  );
}

export function positionGroups(records: StatementRecord[], weights: TermWeights): Group[] {
  return clusterBy(
    records,
    'position',
    weights,
    (a, b) => samePosition(a.evidence.reading, b.evidence.reading, weights, true),
    (a, b) => {
      const r = comparePositions(a.evidence.reading, b.evidence.reading);
      // A claim keeps one scope: "in Kursk" and an unlimited statement are kept apart, so that a
      // dispute about the scope does not spread to every statement of the decision.
      return r.same && r.agree && sameScope(a.evidence.reading.scope, b.evidence.reading.scope);
    },
  );
}

function sameScope(a: StoredStatement['scope'], b: StoredStatement['scope']): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.place === b.place);
}

/** Every date a group's statements were told, earliest first. */
const allDates = (g: Group) => g.members.map((m) => m.date).sort();
const daysBetween = (a: string, b: string) => Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
const currentDates = (g: Group) => g.members.filter((m) => m.evidence.reading.era === 'current').map((m) => m.date).sort();

/** How group a stands to group b, which states the same fact differently. */
function link(a: Group, b: Group): 'superseded-by' | 'supersedes' | 'contested' | 'none' {
  // A party's claim told in its name ("Peskov said Russian attacks do not strike residential
  // buildings") is what it said, not the sources disagreeing. A count is another matter: officials
  // announce every toll ("Klymenko said 59 people were killed"), and a later one updates the earlier.
  const voiced = (g: Group) => g.members.every((m) => m.evidence.reading.attributed);
  if (a.kind === 'position' && (voiced(a) || voiced(b))) return ownPolicyChanged(a, b);
  const rising = risingToll(a, b);
  if (rising !== 'none') return rising;
  const da = currentDates(a);
  const db = currentDates(b);
  // A side that only recounts the past ("had barred") was the earlier state of what the other reports
  // at the same time or later.
  if (da.length === 0 && db.length > 0) return db.at(-1)! >= allDates(a)[0]! ? 'superseded-by' : 'none';
  if (db.length === 0 && da.length > 0) return da.at(-1)! >= allDates(b)[0]! ? 'supersedes' : 'none';
  if (da.length === 0) return 'none';
  // A count told again later is an update (a death toll rises as bodies are found): any later day
  // supersedes it. A position needs a month's distance to count as reversed rather than disputed.
  const gap = a.kind === 'measure' ? MEASURE_UPDATE_MIN_DAYS : SUPERSEDE_MIN_DAYS;
  if (db[0]! > da.at(-1)! && daysBetween(da.at(-1)!, db[0]!) >= gap) return 'superseded-by';
  if (da[0]! > db.at(-1)! && daysBetween(db.at(-1)!, da[0]!) >= gap) return 'supersedes';
  // One source does not dispute itself: two figures in one article are its own update or two facts.
  const sources = (g: Group) => new Set(g.members.map((m) => m.evidence.source));
  const sa = sources(a);
  if (![...sources(b)].some((x) => !sa.has(x))) return 'none';
  // A rule and an occurrence of about the same time ("allowed" and "has not struck yet") do not contradict.
  const modes = (g: Group) => new Set(g.members.map((m) => m.evidence.reading.mode));
  const ma = modes(a);
  if (![...modes(b)].some((m) => ma.has(m))) return 'none';
  return 'contested';
}

/**
 * A party's own word on what it will do with one weapon, told in its name a month or more apart ("Germany
 * will not send the missiles", the chancellor said; a year later "Germany agreed to supply them", the
 * ministry said): its policy changed, the earlier is superseded. Never contested: that is what it said.
 */
function ownPolicyChanged(a: Group, b: Group): 'superseded-by' | 'supersedes' | 'none' {
  const agent = a.members[0]!.evidence.reading.agent;
  const same = (g: Group) => g.members.every((m) => m.evidence.reading.agent === agent);
  if (!agent || !same(a) || !same(b) || !shareAThing(a, b)) return 'none';
  const [da, db] = [allDates(a), allDates(b)];
  if (da.length === 0 || db.length === 0) return 'none';
  if (db[0]! > da.at(-1)! && daysBetween(da.at(-1)!, db[0]!) >= SUPERSEDE_MIN_DAYS) return 'superseded-by';
  if (da[0]! > db.at(-1)! && daysBetween(db.at(-1)!, da[0]!) >= SUPERSEDE_MIN_DAYS) return 'supersedes';
  return 'none';
}

/** Every statement of both groups names one weapon or thing in common: a policy on it, not on troops or aid in general. */
function shareAThing(a: Group, b: Group): boolean {
  const things = (g: Group) => g.members.map((m) => new Set(m.evidence.reading.anchors.filter((x) => x.kind === 'weapon' || x.kind === 'thing').map((x) => x.id)));
  const all = [...things(a), ...things(b)];
  return [...all[0]!].some((id) => all.every((t) => t.has(id)));
}

/**
 * Two counts of a running toll (the dead, the wounded) only rise: the lower was told on the way to the
 * higher, whenever the higher was last told no earlier than the lower was first ("117 wounded" on the
 * 14th, "125" on the 15th, while another source still says "about 120"). Not a dispute between sources.
 */
function risingToll(a: Group, b: Group): 'superseded-by' | 'supersedes' | 'none' {
  if (a.kind !== 'measure' || b.kind !== 'measure') return 'none';
  const [va, vb] = [tollValues(a), tollValues(b)];
  if (!va || !vb || va.dimension !== vb.dimension) return 'none';
  if (va.max < vb.min && allDates(b).at(-1)! >= allDates(a)[0]!) return 'superseded-by';
  if (vb.max < va.min && allDates(a).at(-1)! >= allDates(b)[0]!) return 'supersedes';
  return 'none';
}

/** A running toll's precise counts in a group ("dozens" agrees with any and decides nothing), or null. */
function tollValues(g: Group): { dimension: string; min: number; max: number } | null {
  const sides = g.members.map(sideOf).filter((s) => isRunningToll(s.dimension) && !s.quantity.vague);
  if (sides.length === 0) return null;
  const values = sides.map((s) => s.quantity.base.value);
  return { dimension: sides[0]!.dimension, min: Math.min(...values), max: Math.max(...values) };
}

function disagree(a: Group, b: Group, weights: TermWeights): boolean {
  return a.members.slice(0, MAX_LINK_MEMBERS).some((x) =>
    b.members.slice(0, MAX_LINK_MEMBERS).some((y) => {
      if (a.kind === 'measure') {
        const [sx, sy] = [sideOf(x), sideOf(y)];
        return sameMeasure(sx, sy, weights) && !(compareMeasures(sx, sy) as { agree: boolean }).agree;
      }
      return samePosition(x.evidence.reading, y.evidence.reading, weights, true) && disagreement(x.evidence.reading, y.evidence.reading) !== null;
    }),
  );
}

function statusOf(members: StatementRecord[]): ClaimStatus {
  const sources = new Set(members.map((m) => m.evidence.source));
  const hedging = new Set(members.filter((m) => m.evidence.stance === 'unconfirmed').map((m) => m.evidence.source));
  const firm = [...new Set(members.filter((m) => m.evidence.stance === 'reported').map((m) => m.evidence.source))].filter((s) => !hedging.has(s));
  if (firm.length === 0) return 'unconfirmed';
  return sources.size >= 2 ? 'corroborated' : 'single-source';
}

export interface GroupedClaim {
  claim: Omit<ReferenceClaim, 'statement'>;
  members: StatementRecord[];
}

/** Claims from groups, with their status and links; ids are "c1", "c2" … in a stable order. */
export function claimsOf(groups: Group[], weights: TermWeights): GroupedClaim[] {
  const sorted = groups
    .map((g) => ({ ...g, members: [...g.members].sort((a, b) => a.evidence.source.localeCompare(b.evidence.source) || a.evidence.start - b.evidence.start) }))
    .sort((a, b) => key(a).localeCompare(key(b)));
  const made = sorted.map((g, i) => ({ group: g, claim: skeleton(g, `c${i + 1}`) }));
  // Claims that could disagree share anchors, acts or a dimension: found through an index of their terms.
  const byTerm = new Map<string, number[]>();
  made.forEach((m, i) => {
    for (const t of new Set(m.group.members.flatMap(keysOf))) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(i);
  });
  for (const a of made) {
    const terms = [...new Set(a.group.members.flatMap(keysOf))];
    const others = topByTerms(terms, byTerm, made.length, weights, MAX_GROUP_CANDIDATES).sort((x, y) => x - y).map((i) => made[i]!);
    for (const b of others) {
      if (a === b || a.group.kind !== b.group.kind || !disagree(a.group, b.group, weights)) continue;
      const r = link(a.group, b.group);
      if (r === 'superseded-by') a.claim.supersededBy.push(b.claim.id);
      else if (r === 'contested') a.claim.contestedWith.push(b.claim.id);
    }
    if (a.claim.supersededBy.length > 0) a.claim.status = 'superseded';
    else if (a.claim.contestedWith.length > 0) a.claim.status = 'contested';
  }
  return made.map((m) => ({ claim: m.claim, members: m.group.members }));
}

function key(g: Group): string {
  const first = g.members[0]!.evidence;
  return `${g.kind}:${first.source}:${String(first.start).padStart(8, '0')}:${first.measure ?? ''}`;
}

function skeleton(g: Group, id: string): Omit<ReferenceClaim, 'statement'> {
  const first = g.members[0]!.evidence;
  const reading: StoredStatement = first.reading;
  const measure = first.measure !== undefined ? reading.measures[first.measure]! : null;
  return {
    id,
    kind: g.kind,
    dimension: measure?.dimension ?? null,
    holder: measure?.holder ?? null,
    quantities: g.kind === 'measure' ? uniqueQuantities(g.members.map((m) => m.evidence.reading.measures[m.evidence.measure!]!.quantity)) : [],
    polarity: g.kind === 'position' ? reading.polarity : null,
    scope: g.kind === 'position' ? (g.members.find((m) => m.evidence.reading.scope)?.evidence.reading.scope ?? null) : null,
    date: g.members.map((m) => m.date).sort()[0]!,
    evidence: g.members.map((m) => m.evidence),
    status: statusOf(g.members),
    contestedWith: [],
    supersededBy: [],
  };
}

function uniqueQuantities<Q extends { base: { unit: string; value: number }; qualifier: string; unit: string }>(qs: Q[]): Q[] {
  const seen = new Set<string>();
  return qs.filter((q) => {
    const k = `${q.base.unit}:${q.base.value}:${q.qualifier}:${q.unit}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
