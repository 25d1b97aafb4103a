import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { consistent, describeQuantity, findQuantities, KM_PER_MILE, NEEDS } from '../../../src/core/reference/quantities';

const one = (t: string) => {
  const qs = findQuantities(t);
  expect(qs, t).toHaveLength(1);
  return qs[0]!;
};

describe('quantities', () => {
  it.each([
    ['a range of approximately 190 miles (305.8 kilometers)', 'about', 190 * KM_PER_MILE, 'km'],
    ['up to 50 miles (80.5 kilometers) away', 'up to', 50 * KM_PER_MILE, 'km'],
    ['from as many as 50 miles away', 'up to', 50 * KM_PER_MILE, 'km'],
    ['targets 500 kilometers away', 'exact', 500, 'km'],
    ['about 300 km', 'about', 300, 'km'],
    ['the $700 million weapons package', 'exact', 700e6, 'usd'],
    ['aid amounting to $175 billion', 'exact', 175e9, 'usd'],
    ['nearly 2 billion dollars', 'nearly', 2e9, 'usd'],
    ['10,000 elite troops', 'exact', 10_000, 'people'],
    ['more than 15,000 troops', 'more than', 15_000, 'people'],
    ['the deaths of at least seven individuals', 'at least', 7, 'people'],
    ['troops, numbering in the thousands,', 'at least', 2_000, 'people'],
  ])('%s -> %s %d %s', (text, qualifier, base, unit) => {
    const q = one(text);
    expect(q.qualifier).toBe(qualifier);
    expect(q.base.value).toBeCloseTo(base as number, 3);
    expect(q.base.unit).toBe(unit);
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });
  it('does not read "hundreds of miles" as people', () => {
    expect(findQuantities('rockets that can travel hundreds of miles')).toEqual([]);
  });
  it.each([
    ['approximately 190 miles', 'about 300 kilometers', true],
    ['approximately 190 miles', '500 km', false],
    ['up to 50 miles', 'up to 80 kilometers', true],
    ['10,000 troops', 'thousands of troops', true],
    ['10,000 troops', 'more than 15,000 troops', false],
    ['$700 million', '$2 billion', false],
    ['190 miles', '$190 million', false],
  ])('%s ~ %s: %s', (a, b, ok) => {
    expect(consistent(one(a), one(b))).toBe(ok);
  });
  it('a small count of things is exact; a toll keeps a plain number’s rounding', () => {
    const count = (value: number, dimension: string) => ({ text: String(value), start: 0, end: 2, value, unit: 'x', qualifier: 'exact' as const, base: { value, unit: 'count' as const }, dimension });
    expect(consistent(count(30, 'tank'), count(31, 'tank'))).toBe(false);
    expect(consistent(count(31, 'tank'), count(31, 'tank'))).toBe(true);
    expect(consistent(count(20, 'people:killed'), count(21, 'people:killed'))).toBe(true);
  });
  it('reads a ten and a unit as one number', () => {
    expect(one('fifty-seven people').value).toBe(57);
  });
  it('says values in words, with the conversion', () => {
    expect(describeQuantity(one('approximately 190 miles'))).toBe('about 190 miles (306 km)');
    expect(describeQuantity(one('$700 million'))).toBe('$700 million');
    expect(describeQuantity(one('more than 15,000 troops'))).toBe('more than 15,000 troops');
  });
});

describe('the words each quantity pattern needs (NEEDS), which spare a sentence without them its scan', () => {
  const phrases = [
    'a reach of nearly 190 Miles, or 305 KILOMETRES',
    'shot down a drone 40-km from the border',
    'a radius of three mi around the plant',
    'a further US$ 2.5 bn for air defence',
    'pledged $300 million on Tuesday',
    'some 1.2 billion US dollars in loans',
    'at least 12 People were hurt',
    'sent 3,000 additional Russian soldiers north',
    'more than fifty-seven civilians and two individuals',
    'Thousands of troops massed, numbering in the tens of thousands',
    'hundreds of personnel left',
  ];
  const fragments = ['about', 'up to', 'more than', '3', '1,500', '2.5', 'fifty-seven', 'dozen', 'US', '$', 'million', 'bn', 'k', 'dollars', 'miles', 'MI', 'km', 'kms', 'Kilometres', 'kilometer', 'troops', 'Soldiers', 'elite', 'north korean', 'people', 'forces', 'thousands', 'hundreds', 'tens of', 'of', 'numbering in the', '-', ','];

  it.each([...NEEDS].map(([re, need], i) => [i, re, need] as const))('pattern %i: every match holds its words, and the phrases exercise it', (_, re, need) => {
    const matches = phrases.flatMap((p) => [...p.matchAll(re)].map((m) => m[0]));
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(need.test(m), m).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 8 }), fc.constantFrom(' ', '-', ''), (words, sep) => {
        for (const m of words.join(sep).matchAll(re)) if (!need.test(m[0])) return false;
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a quantity in each of the phrases', () => {
    for (const p of phrases) expect(findQuantities(`In brief: ${p}.`).length, p).toBeGreaterThan(0);
  });
});
