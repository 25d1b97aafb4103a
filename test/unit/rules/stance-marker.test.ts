import { stanceMarker } from '../../../src/core/rules/stance-marker';
import { ruleTable } from '../../support/rule-table';

ruleTable(stanceMarker, {
  flags: [
    ['Sadly, the talks collapsed on Friday.', 'Sadly'],
    ['Predictably, Moscow rejected the offer.', 'Predictably'],
    ['In my view, the aid came too late.', 'In my view'],
    ['We must not look away from Kharkiv.', 'We must'],
    ['No wonder the talks collapsed.', 'No wonder'],
    ['So much for the promised ceasefire.', 'So much for'],
    ['The envoy was rightly criticised for the delay.', 'rightly'],
    // sarcasm and appeals to the reader
    ['The ceasefire collapsed within hours. Who could have predicted that?', 'Who could have predicted'],
    // the writer's diagnosis and interpretation
    ['The main problem with the plan is its timing.', 'The main problem with'],
    ['The offer is best understood as a delaying tactic.', 'is best understood as'],
    ['Sending the jets now is the right thing to do.', 'the right thing to do'],
    ['It’s also true that the aid arrived late.', 'It’s also true that'],
  ],
  ignores: [
    'The talks collapsed on Friday.',
    'Moscow rejected the offer, the ministry said.',
    '“We must not look away,” Zelensky said.',
  ],
});
