import { unconfirmedReport } from '../../../src/core/rules/unconfirmed-report';
import { ruleTable } from '../../support/rule-table';

ruleTable(unconfirmedReport, {
  flags: [
    ['The Pentagon has not yet confirmed the strike on the depot.', 'has not yet confirmed'],
    ['The footage could not be independently verified by reporters.', 'could not be independently verified'],
    ['Moscow has reportedly moved more troops to the border.', 'reportedly'],
    ['The deal, if confirmed, would end months of talks.', 'if confirmed'],
    ['Details of the agreement remain unverified.', 'remain unverified'],
    ['According to media reports, the convoy turned back.', 'According to media reports'],
    ['Unconfirmed reports spoke of a second explosion near the port.', 'Unconfirmed reports'],
    ['The ministry had not officially confirmed the figure on Monday.', 'had not officially confirmed'],
  ],
  ignores: [
    'The Pentagon confirmed the strike on Tuesday.',
    'The footage was verified by three independent laboratories.',
    'Kyiv reported that the bridge was repaired overnight.',
    'The minister confirmed the agreement in a televised statement.',
    'Officials said the figures could be independently verified next week.',
  ],
});
