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

/** Collects problems with their paths, up to a limit, with the checks every part of a set needs. */
class Problems {
  readonly errors: SchemaError[] = [];
  constructor(private readonly limit: number) {}

  err(path: string, message: string): void {
    if (this.errors.length < this.limit) this.errors.push({ path, message });
  }

  str(o: Obj, k: string, path: string, nullable = false): void {
    const v = o[k];
    if (nullable && v === null) return;
    if (typeof v !== 'string' || v.length === 0) this.err(`${path}.${k}`, nullable ? 'must be a string or null' : 'must be a non-empty string');
  }

  strArray(o: Obj, k: string, path: string): void {
    const v = o[k];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) this.err(`${path}.${k}`, 'must be an array of strings');
  }
}

/** Validates a parsed reference set, collecting every problem with its path (at most `limit`). */
export function validateReferenceSet(raw: unknown, limit = 20): SchemaError[] {
  const problems = new Problems(limit);
  if (!isObj(raw)) {
    problems.err('$', 'must be a JSON object');
    return problems.errors;
  }
  if (raw.schema !== REFERENCE_SCHEMA_ID) problems.err('$.schema', `must be "${REFERENCE_SCHEMA_ID}"`);
  if (raw.version !== REFERENCE_SCHEMA_VERSION) problems.err('$.version', `must be ${REFERENCE_SCHEMA_VERSION} (this ClaimLens reads version ${REFERENCE_SCHEMA_VERSION})`);
  problems.str(raw, 'name', '$');
  const sourceIds = new Set<string>();
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) problems.err('$.sources', 'must be a non-empty array');
  else raw.sources.forEach((s, i) => checkSource(problems, s, `$.sources[${i}]`, sourceIds));
  const claimIds = new Set<string>();
  if (!Array.isArray(raw.claims)) problems.err('$.claims', 'must be an array');
  else raw.claims.forEach((c, i) => checkClaim(problems, c, `$.claims[${i}]`, sourceIds, claimIds));
  if (Array.isArray(raw.claims)) {
    raw.claims.forEach((c, i) => {
      if (!isObj(c)) return;
      for (const k of ['contestedWith', 'supersededBy'] as const) {
        const v = c[k];
        if (Array.isArray(v)) v.forEach((id, j) => typeof id === 'string' && !claimIds.has(id) && problems.err(`$.claims[${i}].${k}[${j}]`, `names no claim ("${id}")`));
      }
    });
  }
  return problems.errors;
}

function checkSource(problems: Problems, s: unknown, p: string, sourceIds: Set<string>): void {
  if (!isObj(s)) return problems.err(p, 'must be an object');
  problems.str(s, 'id', p);
  problems.str(s, 'title', p);
  problems.str(s, 'outlet', p, true);
  if (typeof s.published !== 'string' || !DATE.test(s.published)) problems.err(`${p}.published`, 'must be a date YYYY-MM-DD');
  if (typeof s.id === 'string') {
    if (sourceIds.has(s.id)) problems.err(`${p}.id`, `duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  }
}

function checkClaim(problems: Problems, c: unknown, p: string, sourceIds: ReadonlySet<string>, claimIds: Set<string>): void {
  if (!isObj(c)) return problems.err(p, 'must be an object');
  for (const k of ['id', 'key', 'predicate', 'statement']) problems.str(c, k, p);
  if (typeof c.id === 'string') {
    if (claimIds.has(c.id)) problems.err(`${p}.id`, `duplicate claim id "${c.id}"`);
    claimIds.add(c.id);
  }
  if (!KINDS.includes(c.kind as string)) problems.err(`${p}.kind`, `must be one of ${KINDS.join(', ')}`);
  if (!STATUSES.includes(c.status as string)) problems.err(`${p}.status`, `must be one of ${STATUSES.join(', ')}`);
  for (const k of ['actors', 'places', 'weapons', 'contestedWith', 'supersededBy']) problems.strArray(c, k, p);
  if (!(c.polarity === null || c.polarity === 'positive' || c.polarity === 'negative')) problems.err(`${p}.polarity`, 'must be "positive", "negative" or null');
  if (!(c.value === null || typeof c.value === 'string')) problems.err(`${p}.value`, 'must be a string or null');
  if (typeof c.date !== 'string' || !DATE.test(c.date)) problems.err(`${p}.date`, 'must be a date YYYY-MM-DD');
  if (!Array.isArray(c.quantities)) problems.err(`${p}.quantities`, 'must be an array');
  else c.quantities.forEach((q, j) => checkQuantity(problems, q, `${p}.quantities[${j}]`));
  if (!Array.isArray(c.evidence) || c.evidence.length === 0) problems.err(`${p}.evidence`, 'must be a non-empty array');
  else c.evidence.forEach((e, j) => checkEvidence(problems, e, `${p}.evidence[${j}]`, sourceIds));
}

function checkQuantity(problems: Problems, q: unknown, qp: string): void {
  if (!isObj(q)) return problems.err(qp, 'must be an object');
  if (typeof q.value !== 'number' || !Number.isFinite(q.value)) problems.err(`${qp}.value`, 'must be a number');
  if (!QUALIFIERS.includes(q.qualifier as string)) problems.err(`${qp}.qualifier`, `must be one of ${QUALIFIERS.join(', ')}`);
  if (!isObj(q.base) || typeof q.base.value !== 'number' || !BASE_UNITS.includes(q.base.unit as string)) {
    problems.err(`${qp}.base`, `must be {value: number, unit: ${BASE_UNITS.join('|')}}`);
  }
}

function checkEvidence(problems: Problems, e: unknown, ep: string, sourceIds: ReadonlySet<string>): void {
  if (!isObj(e)) return problems.err(ep, 'must be an object');
  if (typeof e.source !== 'string' || !sourceIds.has(e.source)) problems.err(`${ep}.source`, 'must name one of $.sources');
  if (typeof e.quote !== 'string' || e.quote.length === 0) problems.err(`${ep}.quote`, 'must be a non-empty string');
  if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || (e.start as number) > (e.end as number)) problems.err(`${ep}`, 'start and end must be integers, start <= end');
}

/** Parses and validates; throws InvalidReferenceSet with every problem and its path. */
export function loadReferenceSet(raw: unknown): ReferenceSet {
  const errors = validateReferenceSet(raw);
  if (errors.length > 0) throw new InvalidReferenceSet(errors);
  return raw as ReferenceSet;
}
