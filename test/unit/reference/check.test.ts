import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { bundledReference } from '../../../src/core/reference/bundled';
import { indexReferenceSet } from '../../../src/core/reference/check';

const reference = bundledReference();
const ref = (text: string) => analyze(text, { reference }).flags.filter((f) => f.rule.startsWith('reference-'));

describe('checking a page against the bundled reference set (issue 3’s seven sentences)', () => {
  it('"about 300 kilometers" for ATACMS is supported, with the quotes of 001 and 002', () => {
    const [f] = ref('The ATACMS missiles have a range of about 300 kilometers.');
    expect(f!.category).toBe('supported');
    expect(new Set(f!.evidence!.map((e) => e.source.slice(0, 3)))).toEqual(new Set(['001', '002']));
    expect(f!.evidence!.map((e) => e.quote).join(' ')).toContain('approximately 190 miles (305.8 kilometers)');
  });
  it('"500 kilometers" for ATACMS is a conflict that says both values', () => {
    const [f] = ref('ATACMS can hit targets 500 kilometers away.');
    expect(f!.category).toBe('conflict');
    expect(f!.explanation).toContain('page: 500 km; reference: about 190 miles (306 km), 001 and 002');
    expect(f!.evidence!.length).toBeGreaterThan(0);
  });
  it('"more than 15,000 troops" is a conflict (reference: 10,000)', () => {
    const [f] = ref('North Korea has sent more than 15,000 troops to Kursk.');
    expect(f!.category).toBe('conflict');
    expect(f!.explanation).toContain('page: more than 15,000 troops; reference: 10,000 troops');
  });
  it('"up to 80 kilometers" for HIMARS is supported', () => {
    const [f] = ref('HIMARS can strike targets up to 80 kilometers away.');
    expect(f!.category).toBe('supported');
  });
  it('a ban on strikes inside Russia is flagged as outdated, with the date of each side', () => {
    const [f] = ref('The United States still bars Ukraine from striking inside Russia with American weapons.');
    expect(f!.category).toBe('conflict');
    expect(f!.rule).toBe('reference-superseded');
    expect(f!.explanation).toContain('1 June 2022');
    expect(f!.explanation).toContain('November 2024');
    const dates = new Set(f!.evidence!.map((e) => e.date));
    expect(dates.has('2022-06-01')).toBe(true);
    expect([...dates].some((d) => d.startsWith('2024-11'))).toBe(true);
  });
  it('"limited the strikes to the Kursk region" is contested, with the evidence of both sides', () => {
    const [f] = ref('Biden limited the strikes to the Kursk region.');
    expect(f!.category).toBe('conflict');
    expect(f!.rule).toBe('reference-contested');
    const sides = new Set(f!.evidence!.map((e) => `${e.side}:${e.source.slice(0, 3)}`));
    expect(sides).toEqual(new Set(['agrees:002', 'agrees:003', 'disagrees:001']));
  });
  it('a $2 billion aid package is uncovered', () => {
    const [f] = ref('The Pentagon announced a $2 billion aid package on Tuesday.');
    expect(f!.category).toBe('uncovered');
    expect(f!.cue).toBe('$2 billion aid package');
  });
  it('a page restating a claim its sources call unconfirmed is also flagged unverified', () => {
    const set = structuredClone(reference.set);
    const positive = set.claims.find((c) => c.key === 'strike-authorisation:us' && c.polarity === 'positive')!;
    positive.status = 'unconfirmed';
    const flags = analyze('Biden has authorized Ukraine to strike targets inside Russia with U.S. missiles.', { reference: indexReferenceSet(set) }).flags;
    expect(flags.map((f) => `${f.category}/${f.rule}`)).toEqual(expect.arrayContaining(['supported/reference-supported', 'unverified/reference-unconfirmed']));
  });
  it('says nothing about sentences that state no checkable claim', () => {
    expect(ref('Critics warn that the war could widen.')).toEqual([]);
  });
});
