import { speculativeHedge } from '../../../src/core/rules/speculative-hedge';
import { ruleTable } from '../../support/rule-table';

ruleTable(speculativeHedge, {
  flags: [
    ['There is reason to believe that the convoy turned back.', 'There is reason to believe'],
    ['The depot may have been hit by a drone.', 'may have been'],
    ['Hundreds were possibly killed in the strike.', 'possibly killed'],
    ['The commander may have fled across the river.', 'may have'],
    ['The convoy was probably turned back at the border.', 'probably'],
    ['The shelling appears to have come from the east.', 'appears to'],
    ['The strike likely destroyed the bridge.', 'likely destroyed'],
    ['The commander is likely to have fled before the assault.', 'likely'],
    ['According to Western officials, the depot was probably empty.', 'probably'],
    ['Officials said the depot was probably empty.', 'probably'],
    ['Zelensky said the town was retaken; the strike probably killed dozens.', 'probably killed'],
    ['The depot may also have been hit by a drone.', 'may also have been'],
    ['The village might well have been abandoned before the assault.'],
    ['The column was in all likelihood turned back at the border.', 'in all likelihood'],
    ['The probable cause of the blast was a gas leak.', 'probable'],
  ],
  ignores: [
    'The depot was hit by a drone on Monday.',
    'The ministry said the convoy turned back.',
    'Officials may meet again next week.',
    'The bridge is still standing, engineers confirmed.',
    // "may have" + a noun phrase: what something can possess, not a guess about the past
    'Older launchers may have a shorter range than the new ones.',
    'Each brigade may have its own supply depot.',
    'Nobody knows what effect the sanctions might have on prices.',
    // "appear to" + a noun phrase: seen by
    'The front line as it appears to the soldiers is a row of ruined villages.',
    // a comparison of chances, not a guess
    'Older conscripts are more likely to be sent to the rear.',
    // "have" as the main verb: what something has, not a guess about the past
    'The collapse could have fatal consequences for the regime.',
    // after a negated "can", "possibly" intensifies: the writer's feeling, not a hedged fact
    'I can’t possibly imagine leaving everything behind.',
    // forecasts are the writer-prediction rule's (editorial): not statements of fact
    'The government will most likely make a mistake sooner or later.',
    'Putin is likely to make a decision soon.',
    'Perhaps he will learn the art of politics before it is too late.',
    'He and the Democrats will lose in 2022 and probably 2024.',
    // the writer's own state of mind
    'I probably don’t need to describe the destruction.',
    // a person or group proposing something: the attribution and source rules judge who
    'Foreign analysts suggest that the deal is close.',
    'Zelensky suggested that talks could resume.',
    // a named speaker's hedge
    'According to Maxim Samorukov, the regime will probably weaken.',
    '“Escalation is avoidable,” Blinken stated, arguing that it could possibly be over tomorrow.',
    'Kremlin spokesman Dmitry Peskov said the strike probably came from the west.',
    'He further suggested that foreign experts may have played a role.',
    // a named institution's assessment, credited in a tag at the end
    'The Kremlin may have authorised the leak, analysts at the Institute for the Study of War suggest.',
    // the chance is the content of a view, which the attribution rule judges
    'A ceasefire is considered unlikely in Kyiv.',
  ],
});

// In an opinion piece the writer's hedges are the argument's reasoning (editorial), not a report's fact marked as unsure.
ruleTable(speculativeHedge, { flags: [], ignores: ['No one can see inside the Kremlin and that is probably wishful thinking.', 'Putin might have done this even with Ukraine in NATO.'] }, { genre: 'column' });
