import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from 'sentiment/languages/en/index.js';
import { inflect, patternSource, type Lexicon } from '../../src/core/lexicon';
import { EMOTIVE_MIN_AFINN } from '../../src/core/rules/emotive-word';

const DIR = join(import.meta.dirname, '..', '..', 'src', 'core', 'lexicons');
const lexicons = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Lexicon] as const);

describe('lexicons (data, not code)', () => {
  it('exist', () => expect(lexicons.length).toBeGreaterThanOrEqual(15));
  describe.each(lexicons)('%s', (_file, lexicon) => {
    const terms = lexicon.entries.map((e) => e.term);
    it('says what it is for', () => expect(lexicon.about.length).toBeGreaterThan(20));
    it('is sorted', () => expect(terms).toEqual([...terms].sort()));
    it('is lower-case', () => {
      for (const t of terms) expect(t).toBe(t.toLowerCase());
    });
    it('has no duplicates', () => expect(new Set(terms).size).toBe(terms.length));
    it('gives every entry a reason', () => {
      for (const e of lexicon.entries) expect(e.reason.trim().length, e.term).toBeGreaterThan(3);
    });
    it('compiles, and never ends on an optional word', () => {
      for (const t of terms) {
        expect(() => new RegExp(patternSource(t), 'iu')).not.toThrow();
        expect(t.split(' ').at(-1)!.endsWith('?'), t).toBe(false);
        expect(t, 'single spaces only').not.toMatch(/\s{2,}|^\s|\s$/);
      }
    });
  });
  it('lists as emotive exclusions only words AFINN scores as strongly charged', () => {
    const ex = lexicons.find(([f]) => f === 'emotive-exclusions.json')![1];
    for (const e of ex.entries) expect(Math.abs(en.labels[e.term] ?? 0), e.term).toBeGreaterThanOrEqual(EMOTIVE_MIN_AFINN);
  });
  it('lists as emotive additions only words AFINN misses or scores weakly', () => {
    const add = lexicons.find(([f]) => f === 'emotive-additions.json')![1];
    for (const e of add.entries) expect(Math.abs(en.labels[e.term] ?? 0), e.term).toBeLessThan(EMOTIVE_MIN_AFINN);
  });
});

describe('pattern syntax', () => {
  const matches = (pattern: string, text: string) => new RegExp(`^(?:${patternSource(pattern)})$`, 'iu').test(text);
  it.each([
    ['has|have not yet? confirmed', 'have not confirmed', true],
    ['has|have not yet? confirmed', 'has not yet confirmed', true],
    ['has|have not yet? confirmed', 'has confirmed', false],
    ['walk+ a tightrope', 'walking a tightrope', true],
    ['walk+ a tightrope', 'walked  a\ntightrope', true],
    ['open+ pandora’s box', "opened Pandora's box", true],
  ])('%s ~ %s: %s', (p, t, ok) => expect(matches(p, t)).toBe(ok));
  it('inflects regular verbs', () => {
    expect(inflect('foist')).toEqual(expect.arrayContaining(['foist', 'foists', 'foisted', 'foisting']));
    expect(inflect('surrender')).toContain('surrendered');
    expect(inflect('stop')).toContain('stopped');
    expect(inflect('describe')).toEqual(expect.arrayContaining(['described', 'describing']));
    expect(inflect('worry')).toEqual(expect.arrayContaining(['worries', 'worried']));
  });
});

describe('lists matched as one rule', () => {
  it('loaded-language lists do not repeat one another', async () => {
    const { LOADED_LEXICONS } = await import('../../src/core/rules/loaded-language');
    const terms = LOADED_LEXICONS.flatMap((l) => l.entries.map((e) => e.term));
    const seen = new Set<string>();
    const repeated = terms.filter((t) => (seen.has(t) ? true : (seen.add(t), false)));
    expect(repeated).toEqual([]);
  });
  it('stance-marker lists do not repeat one another', async () => {
    const { STANCE_LEXICONS } = await import('../../src/core/rules/stance-marker');
    const terms = STANCE_LEXICONS.flatMap((l) => l.entries.map((e) => e.term));
    expect(new Set(terms).size).toBe(terms.length);
  });
});
