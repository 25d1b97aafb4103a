import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { wordRuns } from '../../../src/core/lexicon';
import { stem, visitFeatures } from '../../../src/core/scorer/features';
import { judgementCues, judgementScore, referenceScore, SCORER_RULES, useJudgementCache } from '../../../src/core/scorer/judgement';
import { overlapping } from '../../../src/core/scorer/sentence';
import model from '../../../src/core/scorer/judgement-model.json';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIR = join(ROOT, 'assets', 'reference', 'articles');
const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(DIR, f), 'utf8'));
const written = readFileSync(join(ROOT, 'data', 'training', 'claimlens-written.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** Every sentence of a text as the rules see it: its runs, its quotations, the other rules' flags. */
function inputs(text: string) {
  const a = analyze(text);
  return a.sentences.map((s) => ({
    text,
    start: s.start,
    end: s.end,
    runs: wordRuns(text, s.start, s.end),
    quotations: overlapping(a.quotations, s.start, s.end),
    rules: [...new Set(a.flags.filter((f) => f.start < s.end && s.start < f.end && !SCORER_RULES.has(f.rule)).map((f) => f.rule))],
  }));
}

describe('judgement scorer', () => {
  it('scores as the features it was trained on say (the fast sum equals the feature-by-feature sum)', () => {
    const all = [...texts, written.join('\n')].flatMap(inputs);
    expect(all.length).toBeGreaterThan(1000);
    for (const input of all) expect(judgementScore(input), input.text.slice(input.start, input.end)).toBeCloseTo(referenceScore(input), 10);
  });
  it('is a small file with weights of every family', () => {
    const bytes = Buffer.byteLength(readFileSync(join(ROOT, 'src', 'core', 'scorer', 'judgement-model.json')));
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    const families = new Set(Object.keys(model.weights).map((k) => k[0]));
    expect([...families].sort()).toEqual(['b', 'o', 'r', 'w']);
  });
  it('gives no weight to the war’s own vocabulary (what a text is about is not whose voice it is)', () => {
    for (const w of ['ukraine', 'russia', 'putin', 'missiles', 'war']) expect(model.weights, w).not.toHaveProperty(`w:${stem(w)}`);
  });
  it('leaves a named speaker’s words out of the word features', () => {
    const text = '“This is a disgrace and a betrayal,” Zelensky said.';
    const [input] = inputs(text);
    const words: string[] = [];
    visitFeatures(input!, (family, a) => family === 'w' && words.push(a));
    expect(words).toEqual(['zelensky', 'said']);
  });
  it('names as cues only features that push towards judgement, with the words as written', () => {
    const [input] = inputs('Nobody in Brussels seems to remember what the summit promised.');
    const cues = judgementCues(input!, 5);
    expect(cues.length).toBeGreaterThan(0);
    for (const c of cues) expect(c.weight).toBeGreaterThan(0);
    expect(cues.map((c) => c.weight)).toEqual([...cues.map((c) => c.weight)].sort((a, b) => b - a));
    expect(cues.map((c) => c.label).join(' ')).not.toMatch(/\bseem\b|rememb\b/);
  });
  it('finds the quotations overlapping a sentence with a binary search', () => {
    const qs = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ];
    expect(overlapping(qs, 6, 9)).toEqual([]);
    expect(overlapping(qs, 4, 12)).toEqual([qs[0], qs[1]]);
    expect(overlapping(qs, 19, 31)).toEqual([qs[1], qs[2]]);
    expect(overlapping(qs, 40, 50)).toEqual([]);
  });
});

describe('judgement scorer cache', () => {
  it('keeps only the words’ part per sentence text: the same words with other rules’ hits score apart', () => {
    const text = 'Nobody in Brussels seems to remember what the summit promised.';
    const [input] = inputs(text);
    const cached = judgementScore(input!);
    expect(judgementScore(input!)).toBe(cached);
    const withRule = { ...input!, rules: [...input!.rules, 'loaded-language'] };
    expect(judgementScore(withRule)).toBeCloseTo(referenceScore(withRule), 10);
    expect(judgementScore(withRule)).toBeGreaterThan(cached);
    useJudgementCache(false);
    try {
      expect(judgementScore(input!)).toBe(cached);
    } finally {
      useJudgementCache(true);
    }
  });
});
