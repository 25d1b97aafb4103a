import { firstPersonPlural } from '../../../src/core/rules/first-person-plural';
import { ruleTable } from '../../support/rule-table';

ruleTable(firstPersonPlural, {
  flags: [
    ['Our leaders have failed the people of Kharkiv.', 'Our'],
    ['Most of us know the sanctions came too late.', 'us'],
    ['The aid keeps our allies in the fight.', 'our'],
    ['If the front holds, we’ll have the winter to rebuild.', 'we’ll'],
    ['Such are the times we live in.', 'we'],
  ],
  ignores: [
    // the country, not the writer
    'US officials confirmed the delivery on Monday.',
    // a title or a name
    'The documentary Who We Are opened in Kyiv.',
    'Donations went to Feeding Our Future.',
    // a speaker's "we", quoted or reported
    '“We will not give up our land,” Zelensky said.',
    'Zelensky said we would see more strikes.',
    'The minister told reporters: “Our air defence held the line tonight.”',
    // the newsroom naming its own staff and work
    'Our correspondent in Kyiv says the sirens sounded twice overnight.',
    'We are live from Kharkiv, where the shelling resumed at dawn.',
    'The convoy reached Kharkiv on Monday.',
  ],
});
