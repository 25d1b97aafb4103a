import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { indexReferenceSet } from '../../src/core/reference/check';
import type { ReferenceSet } from '../../src/core/reference/types';
import { BUNDLED_SET_ID, combineSets, deleteSet, EMPTY_STORE, importSet, loadStore, migrate, saveStore, setEnabled } from '../../src/extension/reference-store';

const bundled = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'assets/reference/reference-set.json'), 'utf8')) as ReferenceSet;
const own: ReferenceSet = {
  ...structuredClone(bundled),
  name: 'Class 9B sources',
  sources: [{ id: '000_b307f9a3b3a6d047.txt', title: 'Our copy', outlet: 'Class 9B', published: '2025-01-10' }],
  claims: structuredClone(bundled.claims.filter((c) => c.evidence.every((e) => e.source.startsWith('000')))).map((c) => ({ ...c, supersededBy: [], contestedWith: [], status: 'single-source' as const })),
};
const now = new Date('2026-11-22T10:00:00Z');

describe('reference store', () => {
  it('migrates nothing stored, and unknown versions, to an empty store with the bundled set on', () => {
    expect(migrate(undefined)).toEqual(EMPTY_STORE);
    expect(migrate({ version: 0, sets: ['old'] })).toEqual(EMPTY_STORE);
  });
  it('keeps a valid version-1 store and drops sets that no longer validate', () => {
    const ok = importSet(EMPTY_STORE, 'own.json', JSON.stringify(own), now);
    if (!ok.ok) throw new Error('import failed');
    const broken = { ...ok.store, imported: [...ok.store.imported, { id: 'bad', name: 'bad', enabled: true, importedAt: '', set: { schema: 'x' } }] };
    expect(migrate(JSON.parse(JSON.stringify(broken))).imported.map((s) => s.id)).toEqual([ok.added.id]);
  });
  it('brings a reader\'s stored version-1 set (before open claims) up to date instead of dropping it', () => {
    const v1 = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reference-set-v1.json'), 'utf8'));
    const stored = { version: 1, bundledEnabled: true, imported: [{ id: 'old', name: 'Old', enabled: true, importedAt: '2025-01-01', set: v1 }] };
    const [s] = migrate(stored).imported;
    expect(s!.set.version).toBe(2);
    expect(s!.set.claims.length).toBeGreaterThan(0);
    const imported = importSet(EMPTY_STORE, 'old.json', JSON.stringify(v1), now);
    expect(imported.ok && imported.added.set.version).toBe(2);
  });
  it('imports a valid set, enabled, under a unique id', () => {
    const a = importSet(EMPTY_STORE, 'own.json', JSON.stringify(own), now);
    if (!a.ok) throw new Error(a.errors.join());
    expect(a.added).toMatchObject({ id: 'class-9b-sources', enabled: true, importedAt: '2026-11-22T10:00:00.000Z' });
    const b = importSet(a.store, 'own.json', JSON.stringify(own), now);
    if (!b.ok) throw new Error(b.errors.join());
    expect(b.added.id).toBe('class-9b-sources-2');
  });
  it('rejects an invalid file, saying what is wrong and where, and changes nothing', () => {
    const before = structuredClone(EMPTY_STORE);
    const bad = importSet(before, 'set.json', JSON.stringify({ ...own, claims: [{ ...own.claims[0], status: 'probably' }] }), now);
    expect(bad).toEqual({ ok: false, errors: ['set.json: $.claims[0].status: must be one of corroborated, single-source, unconfirmed, contested, superseded'] });
    expect(before).toEqual(EMPTY_STORE);
    expect(importSet(before, 'x.json', '{oops', now)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^x\.json: not valid JSON/)] });
  });
  it('enables, disables and deletes imports; the bundled set can be disabled but never deleted', () => {
    const a = importSet(EMPTY_STORE, 'own.json', JSON.stringify(own), now);
    if (!a.ok) throw new Error('import failed');
    expect(setEnabled(a.store, BUNDLED_SET_ID, false).bundledEnabled).toBe(false);
    expect(setEnabled(a.store, a.added.id, false).imported[0]!.enabled).toBe(false);
    expect(deleteSet(a.store, a.added.id).imported).toEqual([]);
    expect(() => deleteSet(a.store, BUNDLED_SET_ID)).toThrow(/cannot be deleted/);
  });
  it('round-trips through storage', async () => {
    const data: Record<string, unknown> = {};
    const area = { get: async (k: string) => ({ [k]: data[k] }), set: async (o: Record<string, unknown>) => void Object.assign(data, o) };
    const a = importSet(EMPTY_STORE, 'own.json', JSON.stringify(own), now);
    if (!a.ok) throw new Error('import failed');
    await saveStore(area, a.store);
    expect(await loadStore(area)).toEqual(a.store);
  });
  it('combines enabled sets with prefixed ids, and the check cites the imported outlet', () => {
    const a = importSet(EMPTY_STORE, 'own.json', JSON.stringify(own), now);
    if (!a.ok) throw new Error('import failed');
    const set = combineSets(null, a.store.imported)!;
    expect(set.claims.every((c) => c.id.startsWith('class-9b-sources/'))).toBe(true);
    const flags = analyze('The White House unveiled a $700 million weapons package.', { reference: indexReferenceSet(set) }).flags;
    expect(flags.find((f) => f.category === 'supported')!.evidence![0]!.outlet).toBe('Class 9B');
    expect(combineSets(bundled, a.store.imported)!.claims.length).toBe(bundled.claims.length + own.claims.length);
    expect(combineSets(null, [])).toBeNull();
  });
});
