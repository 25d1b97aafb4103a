import { speculativeHedge } from '../../../src/core/rules/speculative-hedge';
import { ruleTable } from '../../support/rule-table';

ruleTable(speculativeHedge, {
  flags: [
    ['The depot may have been hit by a drone.', 'may have been'],
    ['Hundreds were possibly killed in the strike.', 'possibly killed'],
    ['It is unclear whether the bridge is still standing.', 'It is unclear whether'],
  ],
  ignores: [
    'The depot was hit by a drone on Monday.',
    'The ministry said the convoy turned back.',
    'Officials may meet again next week.',
    'The bridge is still standing, engineers confirmed.',
  ],
});
