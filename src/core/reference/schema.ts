import { upgradeV1 } from './upgrade';
import { REFERENCE_SCHEMA_ID, REFERENCE_SCHEMA_VERSION, type ReferenceSet } from './types';

/** A problem in a reference-set file: where (a JSON path) and what. */
export interface SchemaError {
  path: string;
  message: string;
}

export class InvalidReferenceSet extends Error {
  constructor(readonly errors: SchemaError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  }
}

const STATUSES = ['corroborated', 'single-source', 'unconfirmed', 'contested', 'superseded'];
const KINDS = ['measure', 'position'];
const QUALIFIERS = ['exact', 'about', 'up to', 'at least', 'more than', 'nearly', 'less than'];
const BASE_UNITS = ['km', 'usd', 'people', 'count'];
const ENTITY_KINDS = ['country', 'actor', 'place', 'weapon', 'thing'];
const ACT_FAMILIES = ['deontic', 'event', 'speech'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
type Err = (path: string, message: string) => void;

/** Problems of one vocabulary entry (a set's own names and acts), as phrases without a path. */
export function vocabularyEntryProblems(e: unknown): string[] {
  if (!isObj(e)) return ['must be an object'];
  const out: string[] = [];
  if (typeof e.term !== 'string' || !/[a-z0-9]/i.test(e.term)) out.push('term must be a phrase');
  if (typeof e.reason !== 'string' || e.reason.trim().length < 4) out.push('reason must say why the entry is there');
  if ('act' in e) {
    if (typeof e.act !== 'string' || e.act.length === 0) out.push('act must be an act id');
    if (!ACT_FAMILIES.includes(e.family as string)) out.push(`family must be one of ${ACT_FAMILIES.join(', ')}`);
  } else {
    if (typeof e.id !== 'string' || e.id.length === 0) out.push('id must name what the term stands for');
    if (!ENTITY_KINDS.includes(e.kind as string)) out.push(`kind must be one of ${ENTITY_KINDS.join(', ')}`);
  }
  return out;
}

function checkQuantity(q: unknown, qp: string, err: Err): void {
  if (!isObj(q)) return err(qp, 'must be an object');
  if (typeof q.value !== 'number' || !Number.isFinite(q.value)) err(`${qp}.value`, 'must be a number');
  if (!QUALIFIERS.includes(q.qualifier as string)) err(`${qp}.qualifier`, `must be one of ${QUALIFIERS.join(', ')}`);
  if (!isObj(q.base) || typeof q.base.value !== 'number' || !BASE_UNITS.includes(q.base.unit as string)) {
    err(`${qp}.base`, `must be {value: number, unit: ${BASE_UNITS.join('|')}}`);
  }
}

function checkReading(r: unknown, p: string, err: Err): void {
  if (!isObj(r)) return err(p, 'must be an object (the quote read as a claim)');
  if (!Array.isArray(r.terms) || r.terms.some((t) => typeof t !== 'string')) err(`${p}.terms`, 'must be an array of strings');
  for (const k of ['anchors', 'acts', 'measures']) if (!Array.isArray(r[k])) err(`${p}.${k}`, 'must be an array');
  if (Array.isArray(r.measures)) r.measures.forEach((m, i) => checkQuantity(isObj(m) ? m.quantity : m, `${p}.measures[${i}].quantity`, err));
  if (r.polarity !== 'positive' && r.polarity !== 'negative') err(`${p}.polarity`, 'must be "positive" or "negative"');
}

function checkEvidence(e: unknown, ep: string, sourceIds: Set<string>, err: Err): void {
  if (!isObj(e)) return err(ep, 'must be an object');
  if (typeof e.source !== 'string' || !sourceIds.has(e.source)) err(`${ep}.source`, 'must name one of $.sources');
  if (typeof e.quote !== 'string' || e.quote.length === 0) err(`${ep}.quote`, 'must be a non-empty string');
  if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || (e.start as number) > (e.end as number)) err(`${ep}`, 'start and end must be integers, start <= end');
  checkReading(e.reading, `${ep}.reading`, err);
}

function checkClaim(c: unknown, p: string, sourceIds: Set<string>, claimIds: Set<string>, err: Err): void {
  if (!isObj(c)) return err(p, 'must be an object');
  for (const k of ['id', 'statement']) if (typeof c[k] !== 'string' || (c[k] as string).length === 0) err(`${p}.${k}`, 'must be a non-empty string');
  if (typeof c.id === 'string') {
    if (claimIds.has(c.id)) err(`${p}.id`, `duplicate claim id "${c.id}"`);
    claimIds.add(c.id);
  }
  if (!KINDS.includes(c.kind as string)) err(`${p}.kind`, `must be one of ${KINDS.join(', ')}`);
  if (!STATUSES.includes(c.status as string)) err(`${p}.status`, `must be one of ${STATUSES.join(', ')}`);
  for (const k of ['contestedWith', 'supersededBy']) if (!Array.isArray(c[k]) || (c[k] as unknown[]).some((x) => typeof x !== 'string')) err(`${p}.${k}`, 'must be an array of strings');
  if (!(c.polarity === null || c.polarity === 'positive' || c.polarity === 'negative')) err(`${p}.polarity`, 'must be "positive", "negative" or null');
  if (typeof c.date !== 'string' || !DATE.test(c.date)) err(`${p}.date`, 'must be a date YYYY-MM-DD');
  if (!Array.isArray(c.quantities)) err(`${p}.quantities`, 'must be an array');
  else c.quantities.forEach((q, j) => checkQuantity(q, `${p}.quantities[${j}]`, err));
  if (!Array.isArray(c.evidence) || c.evidence.length === 0) err(`${p}.evidence`, 'must be a non-empty array');
  else c.evidence.forEach((e, j) => checkEvidence(e, `${p}.evidence[${j}]`, sourceIds, err));
}

function checkSources(raw: Obj, err: Err): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) {
    err('$.sources', 'must be a non-empty array');
    return ids;
  }
  raw.sources.forEach((s, i) => {
    const p = `$.sources[${i}]`;
    if (!isObj(s)) return err(p, 'must be an object');
    for (const k of ['id', 'title']) if (typeof s[k] !== 'string' || (s[k] as string).length === 0) err(`${p}.${k}`, 'must be a non-empty string');
    if (!(s.outlet === null || typeof s.outlet === 'string')) err(`${p}.outlet`, 'must be a string or null');
    if (typeof s.published !== 'string' || !DATE.test(s.published)) err(`${p}.published`, 'must be a date YYYY-MM-DD');
    if (typeof s.id === 'string') {
      if (ids.has(s.id)) err(`${p}.id`, `duplicate source id "${s.id}"`);
      ids.add(s.id);
    }
  });
  return ids;
}

/** Validates a parsed reference set of the current version, collecting every problem with its path (at most `limit`). */
export function validateReferenceSet(raw: unknown, limit = 20): SchemaError[] {
  const errors: SchemaError[] = [];
  const err: Err = (path, message) => {
    if (errors.length < limit) errors.push({ path, message });
  };
  if (!isObj(raw)) {
    err('$', 'must be a JSON object');
    return errors;
  }
  if (raw.schema !== REFERENCE_SCHEMA_ID) err('$.schema', `must be "${REFERENCE_SCHEMA_ID}"`);
  if (raw.version !== REFERENCE_SCHEMA_VERSION) err('$.version', `must be ${REFERENCE_SCHEMA_VERSION} (this ClaimLens reads versions 1 and ${REFERENCE_SCHEMA_VERSION})`);
  if (typeof raw.name !== 'string' || raw.name.length === 0) err('$.name', 'must be a non-empty string');
  const sourceIds = checkSources(raw, err);
  if (!Array.isArray(raw.vocabulary)) err('$.vocabulary', 'must be an array (empty when the set names nothing of its own)');
  else raw.vocabulary.forEach((e, i) => vocabularyEntryProblems(e).forEach((m) => err(`$.vocabulary[${i}]`, m)));
  const claimIds = new Set<string>();
  if (!Array.isArray(raw.claims)) err('$.claims', 'must be an array');
  else raw.claims.forEach((c, i) => checkClaim(c, `$.claims[${i}]`, sourceIds, claimIds, err));
  if (Array.isArray(raw.claims)) {
    raw.claims.forEach((c, i) => {
      if (!isObj(c)) return;
      for (const k of ['contestedWith', 'supersededBy'] as const) {
        const v = c[k];
        if (Array.isArray(v)) v.forEach((id, j) => typeof id === 'string' && !claimIds.has(id) && err(`$.claims[${i}].${k}[${j}]`, `names no claim ("${id}")`));
      }
    });
  }
  return errors;
}

/**
 * A set of any version this ClaimLens reads, brought to the current one: a version-1 set (claims of
 * seven fixed kinds) is re-read from its evidence quotes (upgrade.ts). Returns the problems instead when
 * it is neither.
 */
export function upgradeReferenceSet(raw: unknown): { set: ReferenceSet } | { errors: SchemaError[] } {
  if (isObj(raw) && raw.schema === REFERENCE_SCHEMA_ID && raw.version === 1) {
    const upgraded = upgradeV1(raw);
    if ('errors' in upgraded) return upgraded;
    raw = upgraded.set;
  }
  const errors = validateReferenceSet(raw);
  return errors.length > 0 ? { errors } : { set: raw as ReferenceSet };
}

/** Parses, upgrades and validates; throws InvalidReferenceSet with every problem and its path. */
export function loadReferenceSet(raw: unknown): ReferenceSet {
  const r = upgradeReferenceSet(raw);
  if ('errors' in r) throw new InvalidReferenceSet(r.errors);
  return r.set;
}
