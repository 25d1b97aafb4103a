import { unnamedReference } from '../../../src/core/rules/unnamed-reference';
import { ruleTable } from '../../support/rule-table';

const INTRO = 'Russia has started reinforcing its troops in Donbas, a senior U.S. defense official said on Monday.';

ruleTable(unnamedReference, {
  flags: [
    ['One of the survivors said the siren sounded only after the blast.', 'One of the survivors said'],
    // a name the text gave an anonymous source; a quotation standing alone after an unnamed source's reported words
    ['A gunner who gave only his call sign, Lynx, said the guns were worn out. Lynx said the barrels had not been changed since spring.', 'Lynx said'],
    ['A nurse, who identified herself only as Maryna, described the night. Maryna said the lights went out twice.', 'Maryna said'],
    ['A man who lives by the station said he saw the flash. “Then the glass came in.”', '“Then the glass came in.”'],
    [`${INTRO} Vehicles sent to the region included command elements, the official said.`, 'the official said'],
    [`${INTRO} But the official cautioned that the offensive had not begun.`, 'the official cautioned'],
    [`${INTRO} "We believe this is an effort to resupply," the official told reporters.`, 'the official told'],
    ['Two people familiar with the plans confirmed the transfer. One of those people added that more would follow.', 'One of those people added'],
    ['A second anonymous source told the network that the missiles are on the table. And the second source said delivery may take months.', 'the second source said'],
    // sources are unnamed whatever came before
    ['The sources said the shipment had already arrived.', 'The sources said'],
    ['A second anonymous source told ABC that the missiles are coming. Both sources noted that no decision had been made. Later, the sources told ABC that stocks were low.', 'the sources told'],
    ['The officials, speaking on condition of anonymity, said allies were being asked for shells. A U.S. assessment said this could happen soon, they added.', 'they added'],
    ['A man, who said he was a volunteer, said: "We are here to keep order." He added that the group did not know who the gunmen were.', 'He added'],
    [
      '"It all started at eight this morning," a woman, who gave only her first name, told reporters by telephone. "Right now I can hear explosions."',
      '"Right now I can hear explosions."',
    ],
    [`${INTRO} The official, who spoke on condition of anonymity, said allies were helping.`, 'The official'],
    ['Five sources told Reuters that Putin is open to talks. The five current and former Russian officials said a freeze was possible.', 'The five current and former Russian officials said'],
    ['One source close to the Kremlin was quoted as saying the war would end by autumn. "Europe will get tired," another said.', 'another said'],
    ['Two U.S. officials spoke on condition of anonymity. It is unclear how much he knew, the officials were quoted as saying.', 'the officials were quoted as saying'],
    ['A senior White House official made it clear that the launchers would stay in Ukraine. "They will not be used against Russia," the official said.', 'the official said'],
    // where the source is from before its verb; one of several sources in an inverted tag
    ['A source told the newspaper the order came on Friday. As the source of the publication explains, the aim was to deter further deployments.', 'the source of the publication explains'],
    ['Two sources confirmed the approval. The missiles will be used near the border, according to one of the sources.', 'according to one of the sources'],
  ],
  ignores: [
    'Maryna Hrytsenko, a nurse, described the night. Maryna said the lights went out twice.',
    'Defence Minister Rustem Umerov described the plan. “It will be ready on Friday.”',
    // named before: the official is John Kirby
    'The official, John Kirby, spoke to reporters. The official said the talks went well.',
    'Pentagon spokesman John Kirby briefed reporters. The spokesman said the shipment had left.',
    'John Kirby, a senior official, briefed reporters. The official said the shipment had left.',
    // nobody introduced: the rule does not guess
    'The official said the talks went well.',
    // a named speaker before the pronoun
    'Kirby said the shipment had left. He added that more would follow.',
    // "another" after a named speaker
    'Kirby said the shipment had left. "More will follow," another said.',
    // "official" as an adjective is not a source
    'An official statement came on Monday. The official said nothing more.',
    // a quotation of a named speaker goes on
    '"We will win," Zelensky said. "Nobody doubts it."',
  ],
});
