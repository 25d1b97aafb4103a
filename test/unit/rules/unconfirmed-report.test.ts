import { unconfirmedReport } from '../../../src/core/rules/unconfirmed-report';
import { ruleTable } from '../../support/rule-table';

ruleTable(unconfirmedReport, {
  flags: [
    // the party concerned has not answered, or as a rule does not confirm
    ['Moscow did not respond to a request for comment.', 'did not respond to a request for comment'],
    ['Russia did not comment on the claim.', 'did not comment on the claim'],
    ['Kyiv typically does not comment on strikes inside Russia.', 'does not comment on strikes'],
    ['Ukrainian officials rarely comment on such attacks.', 'rarely comment'],
    // a claim without its evidence; material that could not be checked
    ['Russia alleged, without evidence, that the blast was caused by a Ukrainian missile.', 'without evidence'],
    ['The ministry did not present evidence for the claim.', 'did not present evidence'],
    ['The footage could not be geolocated.', 'could not be geolocated'],
    ['The Pentagon has not yet confirmed the strike on the depot.', 'has not yet confirmed'],
    ['The footage could not be independently verified by reporters.', 'could not be independently verified'],
    ['Moscow has reportedly moved more troops to the border.', 'reportedly'],
    ['The deal, if confirmed, would end months of talks.', 'if confirmed'],
    ['Details of the agreement remain unverified.', 'remain unverified'],
    ['According to media reports, the convoy turned back.', 'According to media reports'],
    ['Unconfirmed reports spoke of a second explosion near the port.', 'Unconfirmed reports'],
    ['The ministry had not officially confirmed the figure on Monday.', 'had not officially confirmed'],
    // the support is missing, in the writer's words, also around a named speaker's claim
    ['The military had not said what was hit in the overnight strike.', 'had not said what'],
    ['The channel does not specify in which direction the troops moved.', 'does not specify'],
    ['"Fragments were found," he wrote, without specifying the source of the information.', 'without specifying'],
    ['The ministry claimed the depot was destroyed but provided no evidence.', 'provided no evidence'],
    ['NBC News has not been able to verify the footage.', 'has not been able to verify'],
    ['The transfer is yet to be officially approved by Congress.', 'yet to be officially approved'],
    ['The Ukrainian government has yet to officially comment on the strike.', 'has yet to officially comment'],
    ['The Ukrainian military has not yet commented publicly on the strike.', 'has not yet commented'],
    ['Reuters was not able to independently verify the conversations.', 'was not able to independently verify'],
    ['There was no independent verification of the attack.', 'There was no independent verification'],
    ['Kyiv denied the reported attack on the bridge.', 'the reported'],
    ['The Kremlin has not officially announced any meeting.', 'has not officially announced'],
    ['Kremlin spokesman Dmitry Peskov refused to deny or confirm the meeting.', 'refused to deny or confirm'],
    ['Ukraine gave no details of the strike.', 'gave no details'],
    ['The account could not be independently corroborated.', 'could not be independently corroborated'],
    ['Moscow blamed Kyiv for the alleged attack on the bridge.', 'the alleged'],
    ['Kremlin officials repeated uncorroborated claims about the plot.', 'uncorroborated claims'],
    // the outlet, as the subject, says it could not check the claim
    ['The Associated Press could not immediately confirm the casualty figures.', 'could not immediately confirm'],
    ['Moscow said 20 drones were downed, a claim Reuters could not independently verify.', 'could not independently verify'],
    ['Newsweek has not independently verified the footage.', 'has not independently verified'],
    // figures their own source calls preliminary; material the outlet does not vouch for; rumours
    ['According to preliminary information, three people were killed.', 'preliminary information'],
    ['Footage shared online purports to show the strike.', 'purports to show'],
    ['Rumours have circulated that the general is dead.', 'Rumours have circulated'],
    ['Eyewitness accounts say the missile hit a school.', 'Eyewitness accounts'],
  ],
  ignores: [
    'The Pentagon confirmed the strike on Tuesday.',
    'The footage was verified by three independent laboratories.',
    'Kyiv reported that the bridge was repaired overnight.',
    'The minister confirmed the agreement in a televised statement.',
    'Officials said the figures could be independently verified next week.',
    'The governor said what was hit: a school and a clinic.',
    'The minister specified the number of launchers.',
    'The package was approved by Congress on Tuesday.',
    'Reuters independently verified the footage.',
    'According to official data, three people were killed.',
  ],
});
