import { characterisation } from '../../../src/core/rules/characterisation';
import { ruleTable } from '../../support/rule-table';

ruleTable(characterisation, {
  flags: [
    ['President Donald Trump has been weak against Russian President Vladimir Putin.', 'Trump has been weak'],
    ['In office he showed no unwillingness to abandon allies.', 'showed no unwillingness to'],
    ['Critics say he is naive about Moscow, but he was reckless in the campaign.', 'he was reckless'],
  ],
  ignores: [
    'The ruble has been weak against the dollar since March.',
    'The signal was weak in the east.',
    'Biden has been clear about the limits of the aid.',
  ],
});
