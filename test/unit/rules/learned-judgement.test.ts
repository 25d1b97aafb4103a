import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { JUDGEMENT_THRESHOLD, learnedJudgement } from '../../../src/core/rules/learned-judgement';
import { ruleTable } from '../../support/rule-table';

// Runs after every other rule, as in the analysis: it speaks only where they found no editorial cue.
ruleTable(
  learnedJudgement,
  {
    flags: [
      ['What Kyiv needs is not another summit but shells.', 'What Kyiv needs is not another summit but shells.'],
      ['Nobody in Brussels seems to remember what the summit promised in spring.'],
      ['The question is no longer whether Kyiv will get the jets, but why it took so long.'],
      // a scare quote is a low-confidence cue, hidden at the default sensitivity: it does not silence the scorer
      ['What Kyiv needs is not another “summit” but shells.'],
    ],
    ignores: [
      // a named speaker's words, quoted or reported
      '“What Kyiv needs is not another summit but shells,” Kuleba said.',
      'Kuleba said what Kyiv needs is not another summit but shells.',
      // reporting
      'Three people were injured when a drone hit an apartment block in Odesa overnight.',
      'The parliament will vote on the budget on Thursday.',
      'The convoy reached Kharkiv on Monday, the regional governor said.',
      // another editorial rule has it already (prescriptive-statement)
      'Nobody should be surprised that the promise was never kept.',
    ],
  },
  { allRules: true },
);

describe('learned-judgement', () => {
  it('names its strongest cues and the score in the explanation', () => {
    const flag = analyze('What Kyiv needs is not another summit but shells.').flags.find((f) => f.rule === 'learned-judgement')!;
    expect(flag.explanation).toMatch(/^The sentence reads as the writer’s judgement \(scorer \d+%\); strongest cues: .+\.$/);
    const score = Number(/scorer (\d+)%/.exec(flag.explanation)![1]) / 100;
    expect(score).toBeGreaterThanOrEqual(Math.floor(JUDGEMENT_THRESHOLD * 100) / 100);
  });
  it('is silent where another editorial rule has flagged the sentence', () => {
    for (const text of ['Nobody should be surprised that the promise was never kept.', 'Of course, nobody in Brussels remembers what the summit promised.']) {
      const rules = analyze(text).flags.filter((f) => f.category === 'editorial').map((f) => f.rule);
      expect(rules.length, text).toBeGreaterThan(0);
      expect(rules, text).not.toContain('learned-judgement');
    }
  });
});
