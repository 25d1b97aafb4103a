import { notEstablished } from '../../../src/core/rules/not-established';
import { ruleTable } from '../../support/rule-table';

ruleTable(notEstablished, {
  flags: [
    ['It was not clear whether the convoy had crossed the border.', 'It was not clear whether'],
    ['It is unclear whether the bridge is still standing.', 'It is unclear whether'],
    ['It was not immediately clear how many people were inside.', 'It was not immediately clear'],
    ['The cause of the blast was not immediately known.', 'was not immediately known'],
    ['It was not possible to establish who fired the rockets.', 'It was not possible to establish'],
    ['There were indications that the garrison had withdrawn overnight.', 'There were indications that'],
    ['It wasn’t possible to ascertain the video’s veracity.', 'It wasn’t possible to ascertain'],
    ['It is unclear to what extent he knew of the operation.', 'It is unclear to what extent'],
    ['Amid the chaos of war, it is hard to confirm the claims of either side.', 'it is hard to confirm'],
    ['Information about casualties is being clarified.', 'is being clarified'],
    ['The numbers are difficult to verify.', 'are difficult to verify'],
    ['This information needs verification.', 'needs verification'],
    // the same doubt with another subject, tense or word order
    ['Whether the drones came from the north was not clear.', 'was not clear'],
    ['The scale of the damage is still not clear.', 'is still not clear'],
    ['How many soldiers were inside was unclear.', 'was unclear'],
    ['Who fired the missile is still unclear.', 'is still unclear'],
    ['It is still unclear how many people were inside.', 'is still unclear'],
    ['The cause of the blast is still being investigated.', 'is still being investigated'],
    ['The circumstances of the crash remain murky.', 'remain murky'],
    // withheld: a place, a number
    ['The captured pilots were taken to an undisclosed location.', 'an undisclosed'],
    ['The ministry did not disclose the number of wounded.', 'did not disclose the number'],
    ['Moscow has not released a figure for its losses.', 'has not released a figure'],
    ['The regional governor gave no figure for the dead.', 'gave no figure'],
    ['Neither claim could be independently verified.'],
    ['None of the reports could be confirmed.'],
    ['Neither side has confirmed the exchange of prisoners.', 'Neither side has confirmed'],
  ],
  ignores: [
    'The military said the depot was hit.',
    'The figures were verified by the agency on Monday.',
    // a named speaker's doubt is the speaker's
    'It was too early to say whether the town was held, the deputy defence minister said.',
    'Governor Oleh Syniehubov said it was not clear whether anyone was inside.',
    'It was clear that the convoy had crossed the border.',
    'It is known that the bridge was damaged.',
    'The message from Kyiv was clear.',
    'The ministry disclosed the number of wounded on Monday.',
    'Both sides confirmed the exchange of prisoners.',
    // a named speaker's doubt, in another word order
    'Whether the depot was hit was not clear, the governor said.',
  ],
});
