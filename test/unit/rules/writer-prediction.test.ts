import { writerPrediction } from '../../../src/core/rules/writer-prediction';
import { ruleTable } from '../../support/rule-table';

ruleTable(writerPrediction, {
  flags: [
    ['The offensive will probably stall before the winter.', 'will probably'],
    ['The new sanctions are bound to hurt ordinary Russians most.', 'are bound to'],
    ['A ceasefire seems unlikely before the spring.', 'seems unlikely'],
    ['The decision is likely to strain relations with Moscow.', 'is likely to'],
    ['It is only a matter of time before the bridge is hit again.', 'only a matter of time'],
    ['The cuts were always going to anger the generals.', 'were always going to'],
  ],
  ignores: [
    // someone's forecast, reported
    'Analysts said the offensive will probably stall.',
    'Officials expect the talks are unlikely to resume soon.',
    'Western officials privately concede that the front line is unlikely to move before spring.',
    '“The front is bound to move,” Zaluzhnyi told reporters.',
    // a hedged report of what happened is not a forecast
    'The missile probably hit a fuel depot.',
    'The convoy reached Kharkiv on Monday.',
  ],
});
