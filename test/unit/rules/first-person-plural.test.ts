import { firstPersonPlural } from '../../../src/core/rules/first-person-plural';
import { ruleTable } from '../../support/rule-table';

ruleTable(firstPersonPlural, {
  flags: [
    ['Our leaders have failed the people of Kharkiv.', 'Our'],
    ['Most of us know the sanctions came too late.', 'us'],
    ['The aid keeps our allies in the fight.', 'our'],
    ['If the front holds, we’ll have the winter to rebuild.', 'we’ll'],
    ['Such are the times we live in.', 'we'],
    // a reporting verb does not make every "we" the newsroom's
    ['We know what Moscow wants, and we should say so.', 'We'],
    ['Our sanctions have failed, and our leaders told us they would work.', 'Our'],
  ],
  ignores: [
    // a correspondent's team on the road: where they are taken, who takes them, their base
    'We’re being brought to a secret location in Pokrovsk.',
    'The soldier accompanying us doesn’t want to linger.',
    'Back in 2022 the town was our base.',
    // the newsroom describing its coverage and its own data work
    'We’re at day 104 of the war in Ukraine.',
    'We’ll have more on this story later.',
    'To address this problem, we’ve devised a new method for estimating the toll.',
    'Here we take a look at the weapons Ukraine has received.',
    'Our estimates come less often than the official updates.',
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
    // the newsroom describing its reporting, and people speaking to it
    'As we reported yesterday, the depot near Kursk burned for hours.',
    'We have contacted the Russian defence ministry for comment.',
    'We could not independently verify the footage.',
    'We will keep this page updated as details emerge.',
    'Here is what we know so far about the strike.',
    'Our analysis of satellite images shows the bridge was hit twice.',
    'A soldier told us the unit had run out of shells.',
    'Residents described to us a night of explosions.',
    'Send us your questions about the offensive.',
    'The convoy reached Kharkiv on Monday.',
  ],
});
