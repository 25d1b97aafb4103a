import { vagueQuantity } from '../../../src/core/rules/vague-quantity';
import { ruleTable } from '../../support/rule-table';

ruleTable(vagueQuantity, {
  flags: [
    // a quantity where a number or names could stand (shown by the broad preset only)
    ['Numerous villages along the river were emptied.', 'Numerous villages'],
    ['A number of diplomats left the capital.', 'A number of diplomats'],
    ['Most of the brigades were pulled back.', 'Most of the brigades'],
    ['Some of them stayed behind.', 'Some of them'],
    ['It is the official logo of many cities in the region.', 'many cities'],
  ],
  ignores: [
    'The brigade fought several battles, such as the 2014 defence of the airport.',
    // plain reports of an event, not yet counted
    'Several buildings in the city centre were damaged in the attack.',
    'Some of the drones were shot down over the Black Sea.',
    'Many residents spent the night in metro stations.',
    'Many residents fled before the shelling began.',
    'Most of the dead were civilians.',
    'Several villages were recaptured, the general staff said.',
    // approximate numbers and time phrases
    'Some 300 troops crossed the river.',
    'Several hundred troops crossed the river.',
    'The talks lasted for many years.',
    'The siren sounded many times that night.',
    'At some point the convoy turned back.',
    // mass nouns, superlatives and questions
    'The proposal found some support in Berlin.',
    'It was the most important decision of the war.',
    'Most notably, the range doubled.',
    'It was one of its most famous battles.',
    'How many missiles were delivered is not known.',
    // named examples answer "which ones?"
    'Several allies, including Britain and France, sent tanks.',
    // an inventory, not a claim about who or how many
    'The depot contains several warehouses.',
    // the group holds or voices a view: the vague-attribution rule's
    'Many residents blame the governor for the late evacuation.',
    'Some analysts doubt the figures.',
    'The decision angered some European allies.',
    'Certain officials opposed the plan.',
    // counted reports and outlets: the relayed-report rule's (unverified)
    'Several reports put the toll higher.',
    'Several US media outlets are claiming that the plot was known.',
    // a description of what is someone's, and a list that says which
    'Putin will be held accountable for his many war crimes.',
    'But the Russian war effort does excel in some areas:',
    // inside a speaker's quotation it is the speaker's word
    'Zelensky said: "Many of our cities are under fire tonight."',
  ],
});
