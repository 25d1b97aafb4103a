import { speculativeHedge } from '../../../src/core/rules/speculative-hedge';
import { ruleTable } from '../../support/rule-table';

ruleTable(speculativeHedge, {
  flags: [
    ['The depot may have been hit by a drone.', 'may have been'],
    ['Hundreds were possibly killed in the strike.', 'possibly killed'],
    ['It is unclear whether the bridge is still standing.', 'It is unclear whether'],
    ['The commander may have fled across the river.', 'may have'],
    ['The convoy was probably turned back at the border.', 'probably'],
    ['The shelling appears to have come from the east.', 'appears to'],
    ['The strike likely destroyed the bridge.', 'likely destroyed'],
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
  ],
});
