import { passiveReport } from '../../../src/core/rules/passive-report';
import { ruleTable } from '../../support/rule-table';

ruleTable(passiveReport, {
  flags: [
    ['The commander is said to have fled to Moscow.', 'is said to have'],
    ['Russian forces are thought to have been taken by surprise by the attack.', 'are thought to have'],
    ['The general is believed to be hiding in the city.', 'is believed to be'],
    ['The drones are alleged to come from Iran.', 'are alleged to come'],
  ],
  ignores: [
    'The package is expected to arrive next month.',
    'The decision is considered a turning point.',
    'The general said he would stay in the city.',
    '“The commander is said to have fled,” Zelensky told reporters.',
  ],
});
