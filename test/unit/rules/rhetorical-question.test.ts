import { rhetoricalQuestion } from '../../../src/core/rules/rhetorical-question';
import { ruleTable } from '../../support/rule-table';

ruleTable(rhetoricalQuestion, {
  flags: [
    ['Is this really the defensive step the White House claims it is?'],
    ['Who could possibly believe the Kremlin’s version of events?'],
  ],
  ignores: [
    'Why?',
    'Reporters asked whether the strikes would continue?',
    '“Will the West stand with us?” Zelensky asked in Kyiv.',
    'The White House described the step as defensive.',
  ],
});
