import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from 'sentiment/languages/en/index.js';
import { inflect, patternSource, PhraseMatcher, type Lexicon } from '../../src/core/lexicon';
import { alternationSlots, LexiconPatternError, openings, parsePattern, startingForms } from '../../src/core/lexicon-pattern';
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
    // Parentheses do not count: "(no one|nobody) …" sorts with the n's.
    const sortKey = (t: string) => t.replace(/[()]/g, '');
    it('is sorted', () => expect(terms).toEqual([...terms].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))));
    it('is lower-case', () => {
      for (const t of terms) expect(t).toBe(t.toLowerCase());
    });
    it('has no duplicates', () => expect(new Set(terms).size).toBe(terms.length));
    it('gives every entry a reason', () => {
      for (const e of lexicon.entries) expect(e.reason.trim().length, e.term).toBeGreaterThan(3);
    });
    it('parses: no entry reads as one thing and matches another', () => {
      for (const { term } of lexicon.entries) {
        try {
          parsePattern(term);
        } catch (err) {
          expect.fail(`${_file}: ${err instanceof LexiconPatternError ? err.message : String(err)}`);
        }
      }
    });
    it('gives examples for every entry with two or more alternations or a group (the forms that fail silently)', () => {
      for (const e of lexicon.entries) {
        if (alternationSlots(e.term) < 2 && !e.term.includes('(')) continue;
        expect(e.examples?.length ?? 0, `${_file}: "${e.term}" needs examples (phrases of news language it must match)`).toBeGreaterThan(0);
      }
    });
    it('matches every example and no counterexample of each entry', () => {
      for (const e of lexicon.entries) {
        if (!e.examples && !e.counterexamples) continue;
        const matcher = new PhraseMatcher([e]);
        for (const example of e.examples ?? []) {
          if (matcher.find(example).length === 0) expect.fail(`${_file}: "${e.term}" does not match its example "${example}"`);
        }
        for (const counter of e.counterexamples ?? []) {
          const found = matcher.find(counter)[0];
          if (found) expect.fail(`${_file}: "${e.term}" matches "${found.text}" in its counterexample "${counter}"`);
        }
      }
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
    // Alternatives of several words, in parentheses.
    ['in it for (themselves|the money)', 'in it for the money', true],
    ['in it for (themselves|the money)', 'in it for themselves', true],
    ['in it for (themselves|the money)', 'in it for the themselves', false],
    ['(no one|nobody) in their right mind', 'nobody in their right mind', true],
    ['(no one|nobody) in their right mind', 'no nobody in their right mind', false],
    ['(no one|nobody) in their right mind', 'no one in their right mind', true],
    // A group may be optional, and its words may be inflected or optional.
    ['in bed with (the|big)? oil', 'in bed with oil', true],
    ['in bed with (the|big)? oil', 'in bed with big oil', true],
    ['(fall+ over|trip+ over) themselves', 'tripping over themselves', true],
    ['(has not yet? been) confirmed', 'has not been confirmed', true],
    ['(has not yet? been) confirmed', 'has not yet been confirmed', true],
    ['(has not yet? been) confirmed', 'has been confirmed', false],
    // The old forms keep their meaning: `|` joins single words, `?` after an alternation makes it optional.
    ['put+ profit|profits before people', 'putting profit before people', true],
    ['storm+ out of the|a? meeting', 'stormed out of meeting', true],
  ])('%s ~ %s: %s', (p, t, ok) => expect(matches(p, t)).toBe(ok));
  it.each([
    ['in it for themselves|herself|the money', 'the article "the" beside "themselves"'],
    ['mauled by critics|the media', 'the article "the" beside "critics"'],
    ['a|deliberate snub', 'the article "a" beside "deliberate"'],
    ["as you'd|you might expect", `holds "you'd" and "you"`],
    ["it|it's is true", `holds "it's" and "it"`],
    ["don't|do not be fooled", `holds "don't" and "do"`],
    ['latch+ onto|on to', 'holds "onto" and "on"'],
    ['a strip off|strips off', 'is followed by "off" again'],
    ['net zero|net-zero dogma', 'holds "net-zero" beside "zero"'],
    ['insular outlook|world view|worldview', 'holds "worldview" beside "view"'],
    ['in it for themselves | the money', 'an empty alternative'],
    ['a||b', 'an empty alternative'],
    ['(a | b) c', 'an empty alternative'],
    ['a?|b c', '"?" inside an alternation'],
    ['walk?+ on', 'marks go at the end of a word'],
    ['(a (b|c)) d', 'groups do not nest'],
    ['(a|b c', 'a "(" without its ")"'],
    ['(a b?|c) d', 'ends on an optional word'],
    ['() a', 'an empty group'],
    ['a  b', 'single spaces'],
  ])('refuses %s: %s', (pattern, problem) => {
    expect(() => parsePattern(pattern)).toThrow(LexiconPatternError);
    expect(() => parsePattern(pattern)).toThrow(problem);
  });
  it.each([
    "(i'm|i am) just saying",
    '(a|deliberate) snub',
    'latch+ (onto|on to)',
    'his|her|their|its critics',
    'ukraine|ukraine’s allies',
    'no ifs,|ifs ands|and|or or? buts',
  ])('accepts %s', (pattern) => expect(() => parsePattern(pattern)).not.toThrow());
  it('knows where a pattern can start: each alternative, past optional words and slots', () => {
    expect(startingForms('(the|big)? oil')).toEqual(['the', 'big', 'oil']);
    expect(startingForms('(no one|nobody) in')).toEqual(['no', 'nobody']);
    expect(startingForms('(not yet? confirmed|unconfirmed)')).toEqual(['not', 'unconfirmed']);
    expect(startingForms('walk+ a tightrope')).toEqual(inflect('walk'));
  });
  it('knows how a match can begin: its first two words, past optional words and slots, or one where it can end', () => {
    expect(openings('(the|big)? oil company')).toEqual([['the', 'oil'], ['big', 'oil'], ['oil', 'company']]);
    expect(openings('(no one|nobody) in')).toEqual([['no', 'one'], ['nobody', 'in']]);
    expect(openings('not yet? confirmed')).toEqual([['not', 'yet'], ['not', 'confirmed']]);
    expect(openings('far-left (activists)? won')).toEqual([['far-left', 'activists'], ['far-left', 'won']]);
    expect(openings('outrage')).toEqual([['outrage']]);
    expect(openings('hop+ on')).toEqual(inflect('hop').map((f) => [f, 'on']));
  });
  it('tries a bucket only where the next word can continue one of its patterns', () => {
    const m = new PhraseMatcher([
      { term: 'the irony', reason: 'r' },
      { term: 'the far-left fringe', reason: 'r' },
      { term: 'sheer', reason: 'r' },
      { term: 'a (very)? bad idea', reason: 'r' },
    ]);
    const cues = (t: string) => m.find(t).map((x) => x.text);
    expect(cues('The irony is that the far-left fringe won. The far-left won.')).toEqual(['The irony', 'the far-left fringe']);
    // A pattern of one word matches whatever follows it, or nothing.
    expect(cues('Sheer luck. It was sheer')).toEqual(['Sheer', 'sheer']);
    expect(cues('It was a bad idea, a very bad idea, not a good one.')).toEqual(['a bad idea', 'a very bad idea']);
    expect(cues('The ironies of the farm.')).toEqual([]);
  });
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
