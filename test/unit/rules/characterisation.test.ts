import { characterisation } from '../../../src/core/rules/characterisation';
import { ruleTable } from '../../support/rule-table';

ruleTable(characterisation, {
  flags: [
    ['President Donald Trump has been weak against Russian President Vladimir Putin.', 'Trump has been weak'],
    ['In office he showed no unwillingness to abandon allies.', 'showed no unwillingness to'],
    ['Critics say he is naive about Moscow, but he was reckless in the campaign.', 'he was reckless'],
    // a verdict on someone's habits
    ['Orban is constantly blocking the aid packages.', 'Orban is constantly blocking'],
    ['He is a deal maker who is forever abandoning his allies.', 'who is forever abandoning'],
  ],
  ignores: [
    'The ruble has been weak against the dollar since March.',
    'The signal was weak in the east.',
    'Biden has been clear about the limits of the aid.',
    'The front line is constantly shifting near Bakhmut.',
    'NATO is continually updating its plans.',
    // "always going to": a forecast, not a habit
    'He was always going to win the vote.',
  ],
});
