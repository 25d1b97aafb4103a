import { prescriptiveStatement } from '../../../src/core/rules/prescriptive-statement';
import { ruleTable } from '../../support/rule-table';

ruleTable(prescriptiveStatement, {
  flags: [
    ['The West must do more than talk.', 'must do'],
    ['This should be seen as a turning point.', 'should be seen'],
    ['Europe needs to wake up to the threat.', 'needs to wake'],
  ],
  ignores: [
    'The West must do more, the minister said.',
    'Under the agreement, Ukraine must report every strike.',
    '“We must do more,” Zelensky told reporters.',
    'The convoy reached Kharkiv on Monday.',
    // someone's proposal or advice, reported
    'Several senators suggested that the aid should be doubled.',
    'The plan proposes that Kyiv must hold elections next year.',
    // a condition, not a prescription
    'If the offensive should stall, the reserves are ready.',
  ],
});
