import { anonymousSource } from '../../../src/core/rules/anonymous-source';
import { ruleTable } from '../../support/rule-table';

ruleTable(anonymousSource, {
  flags: [
    ['Two anonymous U.S. officials confirmed the plan on Sunday.', 'Two anonymous U.S. officials confirmed'],
    ['Senior White House officials have said that the shipment left.', 'Senior White House officials have said'],
    ['The decision was confirmed by two U.S. officials.', 'confirmed by two U.S. officials'],
    ['Sources suggest that the approval came last week.', 'Sources suggest'],
    ['According to a senior U.S. official familiar with the decision, the limit stays.', 'According to a senior U.S. official familiar with the decision'],
    ['People familiar with the matter said the talks had stalled.'],
    ['The diplomat spoke on condition of anonymity because the talks are private.', 'on condition of anonymity'],
    ['An insider revealed that the plan had been shelved.'],
    ['Officials said the convoy was hit near the border.', 'Officials said'],
  ],
  ignores: [
    'Kremlin spokesman Dmitry Peskov said the decision was reckless.',
    'The Pentagon said in a statement that the shipment had arrived.',
    'According to Pentagon spokesman John Kirby, the package is ready.',
    'Ukrainian officials have been requesting longer-range systems for months.',
    'The official, John Kirby, spoke to reporters. The official said the talks went well.',
    'Secretary of State Antony Blinken said the aid would continue.',
  ],
});
