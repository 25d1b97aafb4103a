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
const KINDS = ['attribute', 'event', 'stance'];
const QUALIFIERS = ['exact', 'about', 'up to', 'at least', 'more than', 'nearly', 'less than'];
const BASE_UNITS = ['km', 'usd', 'people'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Validates a parsed reference set, collecting every problem with its path (at most `limit`). */
export function validateReferenceSet(raw: unknown, limit = 20): SchemaError[] {
  const errors: SchemaError[] = [];
  const err = (path: string, message: string) => {
    if (errors.length < limit) errors.push({ path, message });
  };
  const str = (o: Obj, k: string, path: string, nullable = false) => {
    const v = o[k];
    if (nullable && v === null) return;
    if (typeof v !== 'string' || v.length === 0) err(`${path}.${k}`, nullable ? 'must be a string or null' : 'must be a non-empty string');
  };
  const strArray = (o: Obj, k: string, path: string) => {
    const v = o[k];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) err(`${path}.${k}`, 'must be an array of strings');
  };
  if (!isObj(raw)) {
    err('$', 'must be a JSON object');
    return errors;
  }
  if (raw.schema !== REFERENCE_SCHEMA_ID) err('$.schema', `must be "${REFERENCE_SCHEMA_ID}"`);
  if (raw.version !== REFERENCE_SCHEMA_VERSION) err('$.version', `must be ${REFERENCE_SCHEMA_VERSION} (this ClaimLens reads version ${REFERENCE_SCHEMA_VERSION})`);
  str(raw, 'name', '$');
  const sourceIds = new Set<string>();
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) err('$.sources', 'must be a non-empty array');
  else
    raw.sources.forEach((s, i) => {
      const p = `$.sources[${i}]`;
      if (!isObj(s)) return err(p, 'must be an object');
      str(s, 'id', p);
      str(s, 'title', p);
      str(s, 'outlet', p, true);
      if (typeof s.published !== 'string' || !DATE.test(s.published)) err(`${p}.published`, 'must be a date YYYY-MM-DD');
      if (typeof s.id === 'string') {
        if (sourceIds.has(s.id)) err(`${p}.id`, `duplicate source id "${s.id}"`);
        sourceIds.add(s.id);
      }
    });
  const claimIds = new Set<string>();
  if (!Array.isArray(raw.claims)) err('$.claims', 'must be an array');
  else
    raw.claims.forEach((c, i) => {
      const p = `$.claims[${i}]`;
      if (!isObj(c)) return err(p, 'must be an object');
      for (const k of ['id', 'key', 'predicate', 'statement']) str(c, k, p);
      if (typeof c.id === 'string') {
        if (claimIds.has(c.id)) err(`${p}.id`, `duplicate claim id "${c.id}"`);
        claimIds.add(c.id);
      }
      if (!KINDS.includes(c.kind as string)) err(`${p}.kind`, `must be one of ${KINDS.join(', ')}`);
      if (!STATUSES.includes(c.status as string)) err(`${p}.status`, `must be one of ${STATUSES.join(', ')}`);
      for (const k of ['actors', 'places', 'weapons', 'contestedWith', 'supersededBy']) strArray(c, k, p);
      if (!(c.polarity === null || c.polarity === 'positive' || c.polarity === 'negative')) err(`${p}.polarity`, 'must be "positive", "negative" or null');
      if (!(c.value === null || typeof c.value === 'string')) err(`${p}.value`, 'must be a string or null');
      if (typeof c.date !== 'string' || !DATE.test(c.date)) err(`${p}.date`, 'must be a date YYYY-MM-DD');
      if (!Array.isArray(c.quantities)) err(`${p}.quantities`, 'must be an array');
      else
        c.quantities.forEach((q, j) => {
          const qp = `${p}.quantities[${j}]`;
          if (!isObj(q)) return err(qp, 'must be an object');
          if (typeof q.value !== 'number' || !Number.isFinite(q.value)) err(`${qp}.value`, 'must be a number');
          if (!QUALIFIERS.includes(q.qualifier as string)) err(`${qp}.qualifier`, `must be one of ${QUALIFIERS.join(', ')}`);
          if (!isObj(q.base) || typeof q.base.value !== 'number' || !BASE_UNITS.includes(q.base.unit as string)) {
            err(`${qp}.base`, `must be {value: number, unit: ${BASE_UNITS.join('|')}}`);
          }
        });
      if (!Array.isArray(c.evidence) || c.evidence.length === 0) err(`${p}.evidence`, 'must be a non-empty array');
      else
        c.evidence.forEach((e, j) => {
          const ep = `${p}.evidence[${j}]`;
          if (!isObj(e)) return err(ep, 'must be an object');
          if (typeof e.source !== 'string' || !sourceIds.has(e.source)) err(`${ep}.source`, 'must name one of $.sources');
          if (typeof e.quote !== 'string' || e.quote.length === 0) err(`${ep}.quote`, 'must be a non-empty string');
          if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || (e.start as number) > (e.end as number)) err(`${ep}`, 'start and end must be integers, start <= end');
        });
    });
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

/** Parses and validates; throws InvalidReferenceSet with every problem and its path. */
export function loadReferenceSet(raw: unknown): ReferenceSet {
  const errors = validateReferenceSet(raw);
  if (errors.length > 0) throw new InvalidReferenceSet(errors);
  return raw as ReferenceSet;
}
