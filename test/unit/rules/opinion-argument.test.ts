import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { opinionArgument } from '../../../src/core/rules/opinion-argument';
import { ruleTable } from '../../support/rule-table';

// In a column: the writer's argument without a loaded word is editorial.
ruleTable(
  opinionArgument,
  {
    flags: [
      ["Half-measures have become the alliance's habit, and habits are hard to break."],
      ['The West can afford this, and it knows it.'],
    ],
    ignores: [
      // a named speaker's argument is theirs
      '“The West can afford this, and it knows it,” Kallas said.',
      'Kallas said the West could afford this and knew it.',
      'Kallas is convinced that the West can afford this and knows it.',
      // an unnamed group's view is vague attribution's to flag, not the writer's argument
      'Some analysts stress that the West can afford this and knows it.',
      // reporting stays reporting in an opinion piece too
      'Three people were injured when a drone hit an apartment block in Odesa overnight.',
      'The parliament will vote on the budget on Thursday.',
      // flagged by a rule with a named cue, and by it alone
      'Of course the West can afford this.',
    ],
  },
  { genre: 'column', allRules: true },
);

describe('opinion-argument', () => {
  const text = "Half-measures have become the alliance's habit, and habits are hard to break.";
  it('speaks only in an opinion genre', () => {
    const rules = (genre?: 'news' | 'analysis' | 'letter' | 'editorial' | 'blog') => analyze(text, { genre }).flags.map((f) => f.rule);
    expect(rules()).not.toContain('opinion-argument');
    expect(rules('news')).not.toContain('opinion-argument');
    expect(rules('analysis')).not.toContain('opinion-argument');
    for (const g of ['letter', 'editorial', 'blog'] as const) expect(rules(g), g).toContain('opinion-argument');
  });
  it('says it is the writer’s argument in an opinion piece, and why', () => {
    const flag = analyze(text, { genre: 'letter' }).flags.find((f) => f.rule === 'opinion-argument')!;
    expect(flag.explanation).toMatch(/^In this opinion piece the sentence argues the writer’s case \(scorer \d+%\), without a loaded word; strongest cues: .+\.$/);
  });
});
