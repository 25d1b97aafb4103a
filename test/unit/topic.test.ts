import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
