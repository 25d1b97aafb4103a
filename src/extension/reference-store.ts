import { upgradeReferenceSet } from '../core/reference/schema';
import type { ReferenceClaim, ReferenceSet } from '../core/reference/types';
import type { StorageArea } from './settings';
import { REFERENCE_STORE_KEY } from './reference-store-key';

/**
 * Readers' and teachers' own reference sets, kept in extension storage beside the bundled one.
 * The stored shape is versioned; migrate() brings any older shape up to date, so imported sets
 * survive extension updates.
 */
export { REFERENCE_STORE_KEY } from './reference-store-key';
export const REFERENCE_STORE_VERSION = 1;
export const BUNDLED_SET_ID = 'bundled';

export interface StoredSet {
  id: string;
  name: string;
  enabled: boolean;
  importedAt: string;
  set: ReferenceSet;
}

export interface ReferenceStore {
  version: typeof REFERENCE_STORE_VERSION;
  bundledEnabled: boolean;
  imported: StoredSet[];
}

export const EMPTY_STORE: ReferenceStore = { version: REFERENCE_STORE_VERSION, bundledEnabled: true, imported: [] };

/**
 * Any stored value to the current shape. Version 0 was "nothing stored". Each set is brought to the
 * current reference-set schema (a version-1 set is re-read from its quotes); sets that cannot be are
 * dropped rather than breaking analysis.
 */
export function migrate(raw: unknown): ReferenceStore {
  if (!raw || typeof raw !== 'object') return structuredClone(EMPTY_STORE);
  const r = raw as Record<string, unknown>;
  if (r.version !== REFERENCE_STORE_VERSION) return structuredClone(EMPTY_STORE);
  const imported = Array.isArray(r.imported)
    ? (r.imported as StoredSet[]).flatMap((s) => {
        if (!s || typeof s.id !== 'string' || typeof s.name !== 'string') return [];
        const upgraded = upgradeReferenceSet(s.set);
        return 'set' in upgraded ? [{ ...s, set: upgraded.set }] : [];
      })
    : [];
  return {
    version: REFERENCE_STORE_VERSION,
    bundledEnabled: typeof r.bundledEnabled === 'boolean' ? r.bundledEnabled : true,
    imported: imported.map((s) => ({ ...s, enabled: s.enabled !== false })),
  };
}

export async function loadStore(area: StorageArea): Promise<ReferenceStore> {
  return migrate((await area.get(REFERENCE_STORE_KEY))[REFERENCE_STORE_KEY]);
}

/** A small key that changes with every save, so readers can tell cheaply whether the sets changed. */
export const REFERENCE_REVISION_KEY = 'referenceSetsRevision';

export async function saveStore(area: StorageArea, store: ReferenceStore): Promise<void> {
  await area.set({ [REFERENCE_STORE_KEY]: store, [REFERENCE_REVISION_KEY]: crypto.randomUUID() });
}

export async function loadRevision(area: StorageArea): Promise<string> {
  const value = (await area.get(REFERENCE_REVISION_KEY))[REFERENCE_REVISION_KEY];
  return typeof value === 'string' ? value : 'none';
}

export type ImportResult = { ok: true; store: ReferenceStore; added: StoredSet } | { ok: false; errors: string[] };

/** Parses and validates a file's text; on any problem the store is left exactly as it was. */
export function importSet(store: ReferenceStore, fileName: string, text: string, now: Date): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`${fileName}: not valid JSON (${(err as Error).message})`] };
  }
  const upgraded = upgradeReferenceSet(raw);
  if ('errors' in upgraded) return { ok: false, errors: upgraded.errors.map((e) => `${fileName}: ${e.path}: ${e.message}`) };
  const { set } = upgraded;
  const base = set.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'set';
  let id = base;
  for (let n = 2; id === BUNDLED_SET_ID || store.imported.some((s) => s.id === id); n++) id = `${base}-${n}`;
  const added: StoredSet = { id, name: set.name, enabled: true, importedAt: now.toISOString(), set };
  return { ok: true, store: { ...store, imported: [...store.imported, added] }, added };
}

export function setEnabled(store: ReferenceStore, id: string, enabled: boolean): ReferenceStore {
  if (id === BUNDLED_SET_ID) return { ...store, bundledEnabled: enabled };
  return { ...store, imported: store.imported.map((s) => (s.id === id ? { ...s, enabled } : s)) };
}

export function deleteSet(store: ReferenceStore, id: string): ReferenceStore {
  if (id === BUNDLED_SET_ID) throw new Error('the bundled reference set cannot be deleted');
  return { ...store, imported: store.imported.filter((s) => s.id !== id) };
}

/**
 * One set out of the enabled ones, for one index. Imported claims and sources get their set's id
 * as a prefix so that ids never collide with the bundled set's.
 */
export function combineSets(bundled: ReferenceSet | null, imported: StoredSet[]): ReferenceSet | null {
  const parts: ReferenceSet[] = [];
  if (bundled) parts.push(bundled);
  for (const s of imported) {
    const p = `${s.id}/`;
    const claims: ReferenceClaim[] = s.set.claims.map((c) => ({
      ...c,
      id: p + c.id,
      contestedWith: c.contestedWith.map((x) => p + x),
      supersededBy: c.supersededBy.map((x) => p + x),
      evidence: c.evidence.map((e) => ({ ...e, source: p + e.source })),
    }));
    parts.push({ ...s.set, sources: s.set.sources.map((src) => ({ ...src, id: p + src.id })), claims });
  }
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return {
    ...parts[0]!,
    name: parts.map((p) => p.name).join(' + '),
    sources: parts.flatMap((p) => p.sources),
    vocabulary: parts.flatMap((p) => p.vocabulary ?? []),
    claims: parts.flatMap((p) => p.claims),
  };
}
