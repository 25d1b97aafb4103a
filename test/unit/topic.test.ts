import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../src/core/topic';
import { OFF_TOPIC_TEXT } from '../../scripts/lib/site';

const DIR = join(import.meta.dirname, '..', '..', 'assets', 'reference', 'articles');

describe('topic gate', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.txt')))('puts reference article %s on topic', (f) => {
    const t = detectTopic(readFileSync(join(DIR, f), 'utf8'));
    expect(t.onTopic).toBe(true);
    expect(t.score).toBeGreaterThanOrEqual(0.5);
    expect(t.terms).toContain('ukraine');
  });
  it.each([
    ['a council story', OFF_TOPIC_TEXT],
    ['a passing mention', `${'The city budget was approved after a long debate about schools and roads. '.repeat(40)} The mayor, back from Ukraine, thanked Russia's ambassador for a gift.`],
    ['another war', 'The war in Sudan displaced millions. Troops shelled Khartoum as missiles struck the airport. Sanctions were discussed.'],
    ['no text', ''],
  ])('keeps %s off topic', (_name, text) => {
    const t = detectTopic(text);
    expect(t.onTopic).toBe(false);
    expect(t.score).toBeLessThan(0.5);
  });
  it('says why: matched terms, most frequent first, and a score', () => {
    const t = detectTopic('Ukraine and Russia. Ukraine’s troops held Kyiv as Russian missiles fell. Ukraine asked for more.');
    expect(t.onTopic).toBe(true);
    expect(t.terms[0]).toBe('ukraine');
    expect(t.terms).toEqual(expect.arrayContaining(['russia', 'kyiv', 'troops', 'missiles']));
  });
});

describe('topic pre-check', () => {
  it('lets through text with two Ukrainian-side mentions and stops the rest', async () => {
    const { mayBeOnTopic } = await import('../../src/core/topic');
    expect(mayBeOnTopic('Kyiv said on Monday that Ukraine’s army held the line against Russian troops.')).toBe(true);
    expect(mayBeOnTopic('UKRAINE and KHARKIV: the WAR with RUSSIA')).toBe(true);
    expect(mayBeOnTopic('Kyiv said on Monday that Ukraine’s army held the line.')).toBe(false);
    expect(mayBeOnTopic('One mention of Ukraine in a story about bicycles.')).toBe(false);
    expect(mayBeOnTopic('Ukrainianness is not a term.')).toBe(false);
  });
  it('uses ASCII terms only, so its fast non-Unicode pattern is exact', async () => {
    for (const name of ['ukraine', 'russia', 'war']) {
      const lexicon = (await import(`../../src/core/lexicons/topic-${name}.json`)).default as { entries: { term: string }[] };
      for (const e of lexicon.entries) expect(e.term).toMatch(/^[a-z]+$/);
    }
  });
  it('finds what the whole-word pattern with flag i finds, whatever the case, boundaries or look-alike letters', async () => {
    const { mayBeOnTopic } = await import('../../src/core/topic');
    const lexicons = await Promise.all(['ukraine', 'russia', 'war'].map(async (n) => (await import(`../../src/core/lexicons/topic-${n}.json`)).default as { entries: { term: string }[] }));
    // The pattern the pre-check used to run, as the specification of what it counts.
    const sides = lexicons.map((l, i) => ({ re: new RegExp(`\\b(?:${l.entries.map((e) => e.term).join('|')})\\b`, 'gi'), min: i === 0 ? 2 : 1 }));
    const byPattern = (text: string) =>
      sides.every(({ re, min }) => {
        re.lastIndex = 0;
        let n = 0;
        while (n < min && re.exec(text)) n++;
        return n >= min;
      });
    // Terms in any case, joined by characters that do and do not make a word boundary, including the
    // two whose lower case is ASCII ("İ" and the Kelvin sign "K").
    const term = fc.constantFrom(...lexicons.flatMap((l) => l.entries.map((e) => e.term)), 'ukrainee', 'xkyiv');
    const cased = fc.tuple(term, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })).map(([t, up]) => [...t].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
    const kelvin = term.map((t) => t.replace('k', '\u212a'));
    const glue = fc.constantFrom(' ', '', '_', '7', '-', '’s ', '\n', 'é', '\u0130', '\u0130 ', 'ı', '\u212a', 'a');
    const text = fc.array(fc.tuple(glue, fc.oneof(cased, kelvin, fc.string({ maxLength: 4 }))), { maxLength: 10 }).map((parts) => parts.flat().join(''));
    fc.assert(fc.property(text, (t) => mayBeOnTopic(t) === byPattern(t)), { numRuns: 3000 });
  });
  it('never rejects a text the full gate accepts', async () => {
    const { mayBeOnTopic } = await import('../../src/core/topic');
    const { readdirSync, readFileSync } = await import('node:fs');
    for (const f of readdirSync(DIR).filter((f) => f.endsWith('.txt'))) expect(mayBeOnTopic(readFileSync(join(DIR, f), 'utf8'))).toBe(true);
  });
});
