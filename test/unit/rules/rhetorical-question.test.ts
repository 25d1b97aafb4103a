import { rhetoricalQuestion } from '../../../src/core/rules/rhetorical-question';
import { ruleTable } from '../../support/rule-table';

ruleTable(rhetoricalQuestion, {
  flags: [
    ['Is this really the defensive step the White House claims it is?'],
    ['Who could possibly believe the Kremlin’s version of events?'],
    // a wh-question inside a paragraph, or one that argues, is not a heading
    ['The launchers arrived in May. Why did it take the allies so long to send them?'],
    ['Why would anyone trust the ceasefire now?'],
    // a contraction argues too: a line of its own, but not a plain heading
    ['What if the sanctions aren’t working?'],
  ],
  ignores: [
    'Why?',
    'Reporters asked whether the strikes would continue?',
    '“Will the West stand with us?” Zelensky asked in Kyiv.',
    'The White House described the step as defensive.',
    // an explainer's section heading, answered below it
    'What is ATACMS?\nThe Army Tactical Missile System is a long-range missile.',
    'Why does the range of the missiles matter?\nIt decides which bases are in reach.',
  ],
});
