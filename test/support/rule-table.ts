import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { RULES } from '../../src/core/rules';
import type { Genre, Rule } from '../../src/core/types';

/**
 * A rule's table test: each `flags` row must produce a flag of the rule whose cue equals `cue`
 * (or, when cue is omitted, at least one flag); each `ignores` row must produce none. The rule runs
 * alone, unless `allRules` (a rule that speaks only where the others are silent runs after them all),
 * on text of the given genre (news by default).
 */
export function ruleTable(rule: Rule, table: { flags: [string, string?][]; ignores: string[] }, options: { genre?: Genre; allRules?: boolean } = {}): void {
  const rules = options.allRules ? RULES : [rule];
  const run = (text: string) => analyze(text, { rules, genre: options.genre }).flags.filter((f) => f.rule === rule.id);
  describe(`rule ${rule.id}`, () => {
    it.each(table.flags)('flags: %s', (text, cue) => {
      const flags = run(text);
      expect(flags.length, `no ${rule.id} flag in: ${text}`).toBeGreaterThan(0);
      for (const f of flags) {
        expect(f.category).toBe(rule.category);
        expect(text.slice(f.start, f.end)).toBe(f.cue);
        expect(f.explanation.length).toBeGreaterThan(10);
      }
      if (cue !== undefined) expect(flags.map((f) => f.cue)).toContain(cue);
    });
    it.each(table.ignores.map((t) => [t]))('ignores: %s', (text) => {
      expect(run(text).map((f) => f.cue)).toEqual([]);
    });
  });
}
