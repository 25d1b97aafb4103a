import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromDir } from '../../../src/cli/reference';
import { validateReferenceSet } from '../../../src/core/reference/schema';
import type { ReferenceSet } from '../../../src/core/reference/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const bundled = JSON.parse(readFileSync(join(ROOT, 'assets/reference/reference-set.json'), 'utf8')) as ReferenceSet;
const report = buildFromDir(join(ROOT, 'assets/reference/articles'), bundled.name);
const claim = (key: string, pred: (c: ReferenceSet['claims'][number]) => boolean = () => true) =>
  bundled.claims.filter((c) => c.key === key && pred(c));
const sources = (c: ReferenceSet['claims'][number]) => [...new Set(c.evidence.map((e) => e.source.slice(0, 3)))].sort();

describe('the bundled reference set', () => {
  it('is current: rebuilding from assets/reference/articles gives the same file (npm run build:reference)', () => {
    expect(JSON.parse(JSON.stringify(report.set))).toEqual(bundled);
  });
  it('is valid under the versioned schema', () => {
    expect(validateReferenceSet(bundled)).toEqual([]);
    expect(bundled.version).toBe(1);
  });
  it('comes from extraction, with curation only adding evidence', () => {
    expect(report.extractedClaims).toBe(bundled.claims.length);
    expect(report.curatedEvidence).toBe(1);
  });
  it('holds ATACMS range about 190 miles / 305.8 km, corroborated by 001 and 002', () => {
    const [c] = claim('weapon-range:atacms');
    expect(c!.status).toBe('corroborated');
    expect(sources(c!)).toEqual(['001', '002']);
    expect(c!.quantities[0]!.base.value).toBeCloseTo(305.8, 0);
  });
  it('holds HIMARS range up to 50 miles / 80.5 km, corroborated by 000 and 001', () => {
    const [c] = claim('weapon-range:himars');
    expect(c!.status).toBe('corroborated');
    expect(sources(c!)).toEqual(['000', '001']);
    expect(c!.quantities[0]!.qualifier).toBe('up to');
  });
  it('holds the $700 million package (000), $175 billion of aid (003) and the attack that killed at least seven (003)', () => {
    expect(claim('aid-package:us')[0]!.quantities[0]!.base.value).toBe(700e6);
    expect(claim('aid-total:us')[0]!.quantities[0]!.base.value).toBe(175e9);
    const [attack] = claim('attack-casualties:russia');
    expect(attack!.quantities[0]).toMatchObject({ value: 7, qualifier: 'at least' });
    expect(sources(attack!)).toEqual(['003']);
  });
  it('holds North Korean troops: 10,000 (002) and thousands (003), consistent', () => {
    const cs = claim('troop-deployment:north-korea');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.status).toBe('corroborated');
    expect(sources(cs[0]!)).toEqual(['002', '003']);
  });
  it('holds the November 2024 authorisation: unconfirmed in 001, reported in 002, resting on unnamed officials in 003', () => {
    const [c] = claim('strike-authorisation:us', (c) => c.polarity === 'positive');
    expect(sources(c!)).toEqual(['001', '002', '003']);
    expect(c!.evidence.filter((e) => e.source.startsWith('001')).some((e) => e.stance === 'unconfirmed')).toBe(true);
    expect(c!.evidence.filter((e) => e.source.startsWith('002')).every((e) => e.stance === 'reported')).toBe(true);
    expect(c!.evidence.filter((e) => e.source.startsWith('003')).every((e) => e.stance === 'unconfirmed')).toBe(true);
  });
  it('marks the June 2022 position superseded by the 2024 articles', () => {
    const [old] = claim('strike-authorisation:us', (c) => c.polarity === 'negative');
    expect(old!.status).toBe('superseded');
    expect(sources(old!)).toEqual(['000']);
    expect(old!.evidence.map((e) => e.quote).join(' ')).toContain('we’re not going to send Ukraine rocket systems that strike into Russia');
    expect(old!.supersededBy).toEqual([claim('strike-authorisation:us', (c) => c.polarity === 'positive')[0]!.id]);
  });
  it('marks the Kursk scope contested: inside (002, 003) against outside (001)', () => {
    const inside = claim('strike-scope:kursk', (c) => c.value === 'inside')[0]!;
    const outside = claim('strike-scope:kursk', (c) => c.value === 'outside')[0]!;
    expect([inside.status, outside.status]).toEqual(['contested', 'contested']);
    expect(sources(inside)).toEqual(['002', '003']);
    expect(sources(outside)).toEqual(['001']);
  });
  it('keeps every evidence quote at its offsets in its article', () => {
    for (const c of bundled.claims) {
      for (const e of c.evidence) {
        const text = readFileSync(join(ROOT, 'assets/reference/articles', e.source), 'utf8');
        expect(text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });
});

describe('schema validation', () => {
  it.each([
    [null, '$', 'must be a JSON object'],
    [{ ...bundled, version: 99 }, '$.version', 'must be 1'],
    [{ ...bundled, sources: [] }, '$.sources', 'non-empty'],
    [{ ...bundled, claims: [{ ...bundled.claims[0]!, status: 'maybe' }] }, '$.claims[0].status', 'must be one of'],
    [{ ...bundled, claims: [{ ...bundled.claims[0]!, evidence: [{ ...bundled.claims[0]!.evidence[0]!, source: 'nowhere.txt' }] }] }, '$.claims[0].evidence[0].source', 'must name one of $.sources'],
    [{ ...bundled, claims: [{ ...bundled.claims[0]!, quantities: [{ value: 'ten', qualifier: 'exact', base: { value: 1, unit: 'km' } }] }] }, '$.claims[0].quantities[0].value', 'must be a number'],
  ])('reports where a set is wrong (%#)', (raw, path, message) => {
    const errors = validateReferenceSet(raw);
    expect(errors.map((e) => e.path)).toContain(path);
    expect(errors.find((e) => e.path === path)!.message).toContain(message);
  });
});
