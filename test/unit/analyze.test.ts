import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { CATEGORY_IDS } from '../../src/core/categories';

const DIR = join(import.meta.dirname, '..', '..', 'assets', 'reference', 'articles');
const articles = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(DIR, f), 'utf8')] as const);

describe('analyze', () => {
  it.each(articles)('gives well-formed, sorted flags on %s', (_f, text) => {
    const { flags } = analyze(text);
    expect(flags.length).toBeGreaterThan(0);
    let prev = -1;
    for (const f of flags) {
      expect(CATEGORY_IDS).toContain(f.category);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(f.start, f.end)).toBe(f.cue);
      expect(f.start).toBeGreaterThanOrEqual(prev);
      expect(f.explanation).toMatch(/\.$/);
      expect(Object.keys(f).sort()).toEqual(['category', 'cue', 'end', 'explanation', 'rule', 'start']);
      prev = f.start;
    }
  });
  it.each(articles)('is deterministic on %s', (_f, text) => {
    expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
  });
  it('never flags editorial or emotive words inside a named speaker’s quotation', () => {
    const text = '“This disastrous, reckless decision adds fuel to the fire,” Kremlin spokesman Dmitry Peskov said.';
    const cats = analyze(text).flags.map((f) => f.category);
    expect(cats).not.toContain('editorial');
    expect(cats).not.toContain('emotive');
  });
  it('keeps the writer’s own question that quotes a named speaker', () => {
    const text = 'Why does Blinken keep saying the strikes were “purely defensive” when the targets were inside Russia?';
    const analysis = analyze(text);
    expect(analysis.quotations[0]?.named).toBe(true);
    expect(analysis.flags.map((f) => f.rule)).toContain('rhetorical-question');
  });
  it('reads a named speaker’s word for something as theirs: “called”, “branded”, “dubbed”', () => {
    for (const text of ['Zelensky called the attack “cynical” and asked for more air defence.', 'Moscow branded the decision “reckless”.']) {
      expect(analyze(text).flags.map((f) => f.category), text).not.toContain('editorial');
    }
  });
  it('leaves a named speaker’s hedge to the speaker, and flags the text’s own', () => {
    for (const text of ['“Russia is likely to attack again,” Budanov said.', 'Budanov said Russia would probably attack again in spring.']) {
      expect(analyze(text).flags.map((f) => f.rule), text).not.toContain('speculative-hedge');
    }
    expect(analyze('The depot was probably hit by a Russian drone in spring.').flags.map((f) => f.rule)).toContain('speculative-hedge');
  });
  it('reads an impression of what someone is after as motive speculation (editorial), not as a hedged fact', () => {
    const rules = analyze('The generals seemed to be trying to hide their losses from Moscow.').flags.map((f) => f.rule);
    expect(rules).toContain('motive-speculation');
    expect(rules).not.toContain('speculative-hedge');
    expect(analyze('The generals seemed to hide their losses from Moscow.').flags.map((f) => f.rule)).toContain('speculative-hedge');
  });
  it('still flags loaded words inside an unnamed source’s quotation', () => {
    const text = 'One official called the retreat a “disastrous” mistake.';
    expect(analyze(text).flags.map((f) => f.category)).toContain('editorial');
  });
  it('still flags the attribution around a named quotation', () => {
    const text = 'Critics warn, as Peskov put it, that this is “a disastrous step”.';
    expect(analyze(text).flags.map((f) => f.category)).toContain('attribution');
  });
  it('leaves a group’s view inside a named speaker’s quotation to the speaker', () => {
    const quoted = '“Many believe the shelling will stop by spring, but I do not,” the mayor, Ihor Terekhov, said.';
    expect(analyze(quoted).flags.map((f) => f.category)).not.toContain('attribution');
    expect(analyze('Many believe the shelling will stop by spring.').flags.map((f) => f.category)).toContain('attribution');
  });
  it('handles empty text', () => {
    expect(analyze('')).toEqual({ sentences: [], quotations: [], flags: [] });
  });
});
