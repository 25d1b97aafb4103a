import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromDir } from '../../../src/cli/reference';
import { buildReferenceSet } from '../../../src/core/reference/build';
import { upgradeReferenceSet, validateReferenceSet } from '../../../src/core/reference/schema';
import type { ReferenceClaim, ReferenceSet } from '../../../src/core/reference/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const bundled = JSON.parse(readFileSync(join(ROOT, 'assets/reference/reference-set.json'), 'utf8')) as ReferenceSet;
const report = buildFromDir(join(ROOT, 'assets/reference/articles'), bundled.name);
const sources = (c: ReferenceClaim) => [...new Set(c.evidence.map((e) => e.source.slice(0, 3)))].sort();
const holding = (quote: string) => bundled.claims.filter((c) => c.evidence.some((e) => e.quote.includes(quote)));
const measure = (dimension: string, holder: string) => bundled.claims.filter((c) => c.kind === 'measure' && c.dimension === dimension && c.holder === holder);

describe('the bundled reference set', () => {
  it('is current: rebuilding from assets/reference/articles gives the same file (npm run build:reference)', () => {
    expect(JSON.parse(JSON.stringify(report.set))).toEqual(bundled);
  });
  it('is valid under the versioned schema', () => {
    expect(validateReferenceSet(bundled)).toEqual([]);
    expect(bundled.version).toBe(2);
  });
  it('says what became of every sentence: claims, or skipped with a reason', () => {
    const skipped = Object.values(report.skipped).reduce((a, b) => a + b, 0);
    expect(report.statements + skipped).toBe(report.sentences);
    expect(report.skipped.opinion).toBeGreaterThan(0);
    expect(report.claims).toBe(bundled.claims.length);
    expect(report.curatedEvidence).toBe(1);
  });
  it('carries the names of its own story (vocabulary.json) so a page is read with them', () => {
    expect(bundled.vocabulary.some((e) => 'id' in e && e.id === 'atacms')).toBe(true);
  });
  it('holds ATACMS range about 190 miles / 305.8 km, corroborated by 001 and 002', () => {
    const [c] = measure('distance', 'atacms');
    expect(c!.status).toBe('corroborated');
    expect(sources(c!)).toEqual(['001', '002']);
    expect(c!.quantities[0]!.base.value).toBeCloseTo(305.8, 0);
  });
  it('holds HIMARS range up to 50 miles / 80.5 km', () => {
    const [c] = measure('distance', 'himars');
    expect(c!.quantities[0]).toMatchObject({ qualifier: 'up to', value: 50 });
  });
  it('holds the $700 million package (000), $175 billion of aid (003) and the attack that killed at least seven (003)', () => {
    expect(measure('money', 'us').map((c) => c.quantities[0]!.base.value).sort()).toEqual([175e9, 700e6]);
    // A toll belongs to its event, not to whoever is named beside it: no holder.
    const [attack] = measure('people:killed', null as unknown as string);
    expect(attack!.quantities[0]).toMatchObject({ value: 7, qualifier: 'at least' });
  });
  it('holds North Korean troops: 10,000 (002) and thousands (003), one consistent claim', () => {
    const cs = measure('troops', 'north-korea');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.status).toBe('corroborated');
    expect(sources(cs[0]!)).toEqual(['002', '003']);
  });
  it('marks the June 2022 position (no strikes into Russia with U.S. rockets) superseded by the November 2024 authorisation', () => {
    const [old] = holding('we’re not going to send Ukraine rocket systems that strike into Russia');
    expect(old!.status).toBe('superseded');
    expect(old!.polarity).toBe('negative');
    expect(holding('Ukraine provided “assurances”')[0]!.id).toBe(old!.id);
    const later = old!.supersededBy.map((id) => bundled.claims.find((c) => c.id === id)!);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((c) => c.polarity === 'positive' && c.date >= '2024-11-17')).toBe(true);
  });
  it('marks the Kursk scope contested: in Kursk (002, 003) against outside it (001)', () => {
    const [outside] = holding('particularly outside the Kursk region');
    expect(outside!.scope).toEqual({ kind: 'except', place: 'kursk' });
    expect(outside!.status).toBe('contested');
    const rivals = outside!.contestedWith.map((id) => bundled.claims.find((c) => c.id === id)!);
    expect(rivals.map((c) => c.scope)).toContainEqual({ kind: 'in', place: 'kursk' });
    expect(rivals.flatMap(sources)).toEqual(expect.arrayContaining(['002', '003']));
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

describe('a set from articles about another event, with nothing written for it', () => {
  const source = (id: string, published: string, text: string) => ({ id, title: id, outlet: null, published, text });
  const set = buildReferenceSet('tanks', [
    source('a.txt', '2023-01-25', 'President Joe Biden said the U.S. will send 31 M1 Abrams tanks to Ukraine.\nGermany agreed to send 14 Leopard 2 tanks from its own stocks.'),
    source('b.txt', '2023-01-26', 'The United States will supply 31 Abrams tanks to Ukraine, officials said.\nThe U.S. had long refused to send Abrams tanks to Ukraine.'),
  ]).set;
  it('groups two sources that count the same thing the same way', () => {
    const abrams = set.claims.filter((c) => c.kind === 'measure' && c.holder === 'name:abrams');
    expect(abrams).toHaveLength(1);
    expect(abrams[0]!.status).toBe('corroborated');
  });
  it('turns the refusal it recounts into the earlier state of the decision', () => {
    const refusal = set.claims.find((c) => c.evidence.some((e) => e.quote.includes('long refused')))!;
    expect(refusal.status).toBe('superseded');
  });
  it('skips the tail of a sentence whose start a copied page lost, and keeps a line that opens in lower case', () => {
    const r = buildReferenceSet('tanks', [
      source('c.txt', '2023-01-25', 'date 2023-01-25 WASHINGTON — The U.S. will send 31 Abrams tanks to Ukraine. military aid to Ukraine, potentially expanding its attacks on Russian positions.'),
    ]);
    expect(r.skipped.fragment).toBe(1);
    const quotes = r.set.claims.flatMap((c) => c.evidence.map((e) => e.quote));
    expect(quotes.some((q) => q.startsWith('military aid'))).toBe(false);
    expect(quotes.some((q) => q.includes('31 Abrams'))).toBe(true);
  });
});

describe('schema validation', () => {
  it.each([
    [null, '$', 'must be a JSON object'],
    [{ ...bundled, version: 99 }, '$.version', 'must be 2'],
    [{ ...bundled, sources: [] }, '$.sources', 'non-empty'],
    [{ ...bundled, vocabulary: [{ term: 'atacms', reason: 'x' }] }, '$.vocabulary[0]', 'reason must say why'],
    [{ ...bundled, claims: [{ ...bundled.claims[0]!, status: 'maybe' }] }, '$.claims[0].status', 'must be one of'],
    [{ ...bundled, claims: [{ ...bundled.claims[0]!, evidence: [{ ...bundled.claims[0]!.evidence[0]!, source: 'nowhere.txt' }] }] }, '$.claims[0].evidence[0].source', 'must name one of $.sources'],
    [{ ...bundled, claims: [{ ...bundled.claims[0]!, quantities: [{ value: 'ten', qualifier: 'exact', base: { value: 1, unit: 'km' } }] }] }, '$.claims[0].quantities[0].value', 'must be a number'],
    [{ ...bundled, claims: [{ ...bundled.claims[0]!, evidence: [{ ...bundled.claims[0]!.evidence[0]!, reading: null }] }] }, '$.claims[0].evidence[0].reading', 'must be an object'],
  ])('reports where a set is wrong (%#)', (raw, path, message) => {
    const errors = validateReferenceSet(raw);
    expect(errors.map((e) => e.path)).toContain(path);
    expect(errors.find((e) => e.path === path)!.message).toContain(message);
  });
});

describe('a version 1 set (before open claims)', () => {
  const v1 = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/reference-set-v1.json'), 'utf8'));
  it('is upgraded on load by reading its evidence quotes again', () => {
    const r = upgradeReferenceSet(v1);
    expect('set' in r).toBe(true);
    const set = (r as { set: ReferenceSet }).set;
    expect(validateReferenceSet(set)).toEqual([]);
    expect(set.version).toBe(2);
    const quotes = new Set(v1.claims.flatMap((c: { evidence: { quote: string }[] }) => c.evidence.map((e) => e.quote)));
    expect(set.claims.flatMap((c) => c.evidence.map((e) => e.quote)).every((q) => quotes.has(q))).toBe(true);
    expect(set.claims.some((c) => c.status === 'superseded')).toBe(true);
  });
  it('with a broken evidence list is refused with where it is broken', () => {
    const broken = { ...v1, claims: [{ ...v1.claims[0], evidence: [{ source: 1 }] }] };
    const r = upgradeReferenceSet(broken);
    expect('errors' in r && r.errors[0]!.path).toBe('$.claims[0].evidence[0]');
  });
});
