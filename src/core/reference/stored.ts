import type { Statement } from './text/statement';
import type { StoredStatement } from './types';

/** A statement as a reference set keeps it: what it says, without the offsets of its words. */
export function storeStatement(s: Statement): StoredStatement {
  return {
    terms: s.terms,
    anchors: dedupe(s.anchors.map((a) => ({ id: a.id, kind: a.kind, ...(a.speaker ? { speaker: true as const } : {}) }))),
    acts: s.acts.map((a) => ({ act: a.act, family: a.family, negative: a.negative, ...(a.head ? { head: true } : {}) })),
    measures: s.measures.map((m) => ({
      quantity: m.quantity,
      dimension: m.dimension,
      holder: m.holder,
      ...(m.holderKind ? { holderKind: m.holderKind } : {}),
      ...(m.places ? { places: m.places } : {}),
    })),
    agent: s.agent,
    ...(s.attributed ? { attributed: true } : {}),
    ...(s.denial ? { denial: true } : {}),
    polarity: s.polarity,
    mode: s.mode,
    modality: s.modality,
    era: s.era,
    scope: s.scope ? { kind: s.scope.kind, place: s.scope.place } : null,
  };
}

function dedupe<T extends { id: string; kind: string }>(xs: T[]): T[] {
  // A fresh list of one or none has no repeats: no set and no copy for most page sentences.
  if (xs.length < 2) return xs;
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.kind}:${x.id}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
