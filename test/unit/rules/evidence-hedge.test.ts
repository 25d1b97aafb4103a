import { evidenceHedge } from '../../../src/core/rules/evidence-hedge';
import { ruleTable } from '../../support/rule-table';

ruleTable(evidenceHedge, {
  flags: [
    ['The data suggest that the strike missed.', 'suggest that'],
    ['Western intelligence estimates suggest that the unit lost half its men.', 'suggest that'],
    ['Satellite images suggested that the depot had burned.', 'suggested that'],
    ['The unconfirmed report named three villages.', 'unconfirmed'],
  ],
  ignores: [
    // a person proposing something: the attribution and source rules judge whose view it is
    'Foreign analysts suggest that the deal is close.',
    'Zelensky suggested that talks could resume.',
    'The ministry said the depot was destroyed.',
  ],
});
