import { assembleSet } from './assemble';
import type { StatementRecord } from './group';
import type { SchemaError } from './schema';
import { storeStatement } from './stored';
import { readStatement } from './text/statement';
import { vocabularyWith } from './text/vocabulary';
import type { ReferenceSet, ReferenceSource } from './types';

/**
 * Version 1 sets knew seven fixed kinds of claim; their evidence quotes are sentences of the source
 * articles, which is all a claim needs. Upgrading reads each quote again as a statement and groups them
 * as a build would, so a reader's imported set survives the update with everything it quoted.
 */
type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

interface V1Evidence {
  source: string;
  start: number;
  end: number;
  quote: string;
  stance?: string;
  origin?: string;
}

function v1Problems(raw: Obj): SchemaError[] {
  const errors: SchemaError[] = [];
  if (typeof raw.name !== 'string' || !raw.name) errors.push({ path: '$.name', message: 'must be a non-empty string' });
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) errors.push({ path: '$.sources', message: 'must be a non-empty array' });
  else
    raw.sources.forEach((s, i) => {
      if (!isObj(s) || typeof s.id !== 'string' || typeof s.title !== 'string' || typeof s.published !== 'string') {
        errors.push({ path: `$.sources[${i}]`, message: 'needs id, title and published' });
      }
    });
  if (!Array.isArray(raw.claims)) errors.push({ path: '$.claims', message: 'must be an array' });
  else
    raw.claims.forEach((c, i) => {
      if (!isObj(c) || !Array.isArray(c.evidence)) return errors.push({ path: `$.claims[${i}].evidence`, message: 'must be an array' });
      c.evidence.forEach((e, j) => {
        if (!isObj(e) || typeof e.source !== 'string' || typeof e.quote !== 'string' || !Number.isInteger(e.start) || !Number.isInteger(e.end)) {
          errors.push({ path: `$.claims[${i}].evidence[${j}]`, message: 'needs source, quote, start and end' });
        }
      });
    });
  return errors;
}

export function upgradeV1(raw: Obj): { set: ReferenceSet } | { errors: SchemaError[] } {
  const errors = v1Problems(raw);
  if (errors.length > 0) return { errors: errors.map((e) => ({ ...e, message: `${e.message} (a version 1 set)` })) };
  const sources = raw.sources as ReferenceSource[];
  const dates = new Map(sources.map((s) => [s.id, s.published]));
  const vocabulary = vocabularyWith();
  const seen = new Set<string>();
  const records: StatementRecord[] = [];
  for (const claim of raw.claims as { evidence: V1Evidence[] }[]) {
    for (const e of claim.evidence) {
      const key = `${e.source}:${e.start}`;
      if (seen.has(key) || !dates.has(e.source)) continue;
      seen.add(key);
      const s = readStatement(e.quote, 0, e.quote.length, vocabulary);
      const base = {
        source: e.source,
        start: e.start,
        end: e.end,
        quote: e.quote,
        stance: e.stance === 'unconfirmed' ? ('unconfirmed' as const) : ('reported' as const),
        origin: e.origin === 'curated' ? ('curated' as const) : ('extracted' as const),
        reading: storeStatement(s),
      };
      const date = dates.get(e.source)!;
      if (s.acts.some((a) => a.family !== 'speech')) records.push({ evidence: base, date });
      s.measures.forEach((_, m) => records.push({ evidence: { ...base, measure: m }, date }));
    }
  }
  return { set: assembleSet(raw.name as string, sources, records, []) };
}
