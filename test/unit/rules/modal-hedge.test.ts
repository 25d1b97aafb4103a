import { modalHedge } from '../../../src/core/rules/modal-hedge';
import { ruleTable } from '../../support/rule-table';

ruleTable(modalHedge, {
  flags: [
    ['The bridge may be too damaged to use.', 'may be'],
    ['The figures might not include the wounded.', 'might not'],
    ['The drones may also carry cameras.', 'may also'],
  ],
  ignores: ['The bridge is too damaged to use.', 'Officials will meet again next week.', 'The launcher can fire six rockets.'],
});
