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
  ],
  ignores: [
    'The military said the depot was hit.',
    'The figures were verified by the agency on Monday.',
    // a named speaker's doubt is the speaker's
    'It was too early to say whether the town was held, the deputy defence minister said.',
    'Governor Oleh Syniehubov said it was not clear whether anyone was inside.',
    'It was clear that the convoy had crossed the border.',
    'It is known that the bridge was damaged.',
  ],
});
