import type { Evidence, Flag, Sentence } from '../types';
import { agree } from './build';
import { findClaims } from './claims';
import { keyOf, type ClaimFinding } from './predicates/types';
import { consistent, describeQuantity, type Quantity } from './quantities';
import type { ReferenceClaim, ReferenceSet, ReferenceSource } from './types';

/**
 * Checks a page's claims against a reference set. Candidates come from an index keyed by what a
 * claim is about (predicate and subject), never from a scan of every claim.
 */
export interface ReferenceIndex {
  set: ReferenceSet;
  byKey: Map<string, ReferenceClaim[]>;
  byId: Map<string, ReferenceClaim>;
  sources: Map<string, ReferenceSource>;
}

export function indexReferenceSet(set: ReferenceSet): ReferenceIndex {
  const byKey = new Map<string, ReferenceClaim[]>();
  for (const c of set.claims) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  return { set, byKey, byId: new Map(set.claims.map((c) => [c.id, c])), sources: new Map(set.sources.map((s) => [s.id, s])) };
}

/** Short names for sources in explanations: "001" for 001_96271e3cfdfa4280.txt. */
function short(sourceId: string): string {
  const name = sourceId.slice(sourceId.lastIndexOf('/') + 1);
  return /^(\d{3})_/.exec(name)?.[1] ?? name.replace(/\.[a-z]+$/, '');
}

function list(items: string[]): string {
  const u = [...new Set(items)];
  return u.length <= 1 ? (u[0] ?? '') : `${u.slice(0, -1).join(', ')} and ${u.at(-1)}`;
}

function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** One quote per source and claim: the first, which is where the source states it. */
function evidenceOf(index: ReferenceIndex, claim: ReferenceClaim, side?: Evidence['side']): Evidence[] {
  const firstPerSource = claim.evidence.filter((e, i, all) => all.findIndex((o) => o.source === e.source) === i);
  return firstPerSource.map((e) => {
    const source = index.sources.get(e.source);
    return {
      source: e.source,
      title: source?.title ?? e.source,
      outlet: source?.outlet ?? null,
      date: source?.published ?? claim.date,
      quote: e.quote,
      start: e.start,
      end: e.end,
      claim: claim.id,
      statement: claim.statement,
      status: claim.status,
      ...(side ? { side } : {}),
    };
  });
}

function sourcesOf(claim: ReferenceClaim): string {
  return list(claim.evidence.map((e) => short(e.source)));
}

function pageValue(f: ClaimFinding): string {
  if (f.quantity) return describeQuantity(f.quantity);
  if (f.polarity) return f.polarity === 'positive' ? 'allowed' : 'not allowed';
  return f.value ?? '';
}

/** A claim's precise quantities: "10,000 troops" decides, "thousands" only agrees with it. */
function preciseQuantities(c: ReferenceClaim): Quantity[] {
  const precise = c.quantities.filter((q) => !q.range);
  return precise.length > 0 ? precise : c.quantities;
}

function referenceValue(c: ReferenceClaim): string {
  if (c.quantities.length > 0) return describeQuantity(preciseQuantities(c)[0]!);
  if (c.polarity) return c.polarity === 'positive' ? 'allowed' : 'not allowed';
  return c.value ?? c.statement;
}

function matches(f: ClaimFinding, c: ReferenceClaim): boolean {
  if (c.kind === 'stance') return agree(f, { kind: c.kind, quantity: null, polarity: c.polarity, value: c.value });
  return f.quantity !== null && preciseQuantities(c).some((q) => consistent(f.quantity!, q));
}

function datesOf(index: ReferenceIndex, claim: ReferenceClaim): string {
  const ds = [...new Set(claim.evidence.map((e) => index.sources.get(e.source)?.published ?? claim.date))].sort();
  return list(ds.map(formatDate));
}

/** Reference flags (conflict, supported, uncovered, and unverified for unconfirmed claims) for a text. */
export function checkAgainstReference(text: string, sentences: readonly Sentence[], index: ReferenceIndex): Flag[] {
  const flags: Flag[] = [];
  const flag = (f: ClaimFinding, category: Flag['category'], rule: string, explanation: string, evidence: Evidence[]) =>
    flags.push({ category, start: f.start, end: f.end, cue: text.slice(f.start, f.end), rule, explanation, evidence });

  for (const { finding: f } of findClaims(text, sentences)) {
    const candidates = index.byKey.get(keyOf(f)) ?? [];
    const matched = candidates.filter((c) => matches(f, c));
    const others = candidates.filter((c) => !matched.includes(c));
    const page = pageValue(f);
    if (candidates.length === 0 || (matched.length === 0 && f.kind === 'event')) {
      flag(f, 'uncovered', 'reference-uncovered', `No claim in the reference set covers "${text.slice(f.start, f.end)}": look for a source before relying on it.`, []);
      continue;
    }
    const superseded = matched.find((c) => c.status === 'superseded');
    const contested = matched.find((c) => c.status === 'contested');
    if (superseded) {
      const later = superseded.supersededBy.map((id) => index.byId.get(id)).filter((c): c is ReferenceClaim => !!c);
      flag(
        f,
        'conflict',
        'reference-superseded',
        `Outdated: "${superseded.statement}" (${sourcesOf(superseded)}, ${datesOf(index, superseded)}) was reversed by later reports: "${later.map((c) => c.statement).join('; ')}" (${list(later.map(sourcesOf))}, ${list(later.map((c) => datesOf(index, c)))}).`,
        [...evidenceOf(index, superseded, 'agrees'), ...later.flatMap((c) => evidenceOf(index, c, 'disagrees'))],
      );
    } else if (contested) {
      const rivals = contested.contestedWith.map((id) => index.byId.get(id)).filter((c): c is ReferenceClaim => !!c);
      flag(
        f,
        'conflict',
        'reference-contested',
        `Contested: the reference sources disagree. ${sourcesOf(contested)}: "${contested.statement}"; ${rivals.map((r) => `${sourcesOf(r)}: "${r.statement}"`).join('; ')}.`,
        [...evidenceOf(index, contested, 'agrees'), ...rivals.flatMap((c) => evidenceOf(index, c, 'disagrees'))],
      );
    } else if (matched.length > 0) {
      const c = matched[0]!;
      flag(f, 'supported', 'reference-supported', `Matches the reference set: ${c.statement} (${c.status}, ${sourcesOf(c)}).`, evidenceOf(index, c, 'agrees'));
      if (c.status === 'unconfirmed') {
        flag(
          f,
          'unverified',
          'reference-unconfirmed',
          `The reference sources themselves treat this as unconfirmed (${sourcesOf(c)}): "${c.statement}".`,
          evidenceOf(index, c),
        );
      }
    }
    // Claims that state the same fact differently: every one of them when nothing agrees, and the
    // current ones even when another set agrees (two enabled sets may disagree with each other).
    const current = others.filter((c) => c.status !== 'superseded');
    const disagreeing = matched.length > 0 ? (superseded || contested ? [] : current) : current.length > 0 ? current : others;
    if (disagreeing.length > 0) {
      flag(
        f,
        'conflict',
        'reference-conflict',
        `Conflicts with the reference set: page: ${page}; reference: ${disagreeing.map((c) => `${referenceValue(c)}, ${sourcesOf(c)}`).join('; ')}.`,
        disagreeing.flatMap((c) => evidenceOf(index, c, 'disagrees')),
      );
    }
  }
  return flags;
}
