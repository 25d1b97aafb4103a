import { vagueAttribution } from '../../../src/core/rules/vague-attribution';
import { ruleTable } from '../../support/rule-table';

ruleTable(vagueAttribution, {
  flags: [
    ['The brigade is considered the best in the army.', 'is considered'],
    ['The battle is often described as the turning point of the war.', 'is often described'],
    ['Critics warn that the move could backfire.', 'Critics warn'],
    ['Many residents believe the strike was deliberate.', 'Many residents believe'],
    ['Some blame the slow pace of weapons deliveries; others point to the minefields.', 'Some blame'],
    ['Analysts speculate that the timing is political.', 'Analysts speculate'],
    ['However, experts warn that the strike could widen the war.', 'experts warn'],
    ['Some say the sanctions have failed.', 'Some say'],
    ['Many believe the talks will collapse.', 'Many believe'],
    ['He is widely expected to cut aid next year.', 'is widely expected'],
    ['It is believed that the convoy carried ammunition.', 'It is believed'],
    ['The convoy is said to have turned back.', 'is said to'],
    ['The commander is believed to have fled.'],
    ['Observers note that the front has barely moved.', 'Observers note'],
    ['Some military experts say the offensive has stalled.', 'Some military experts say'],
    ['Several European diplomats fear a long war.', 'Several European diplomats fear'],
    ['Many historians believe the treaty failed.', 'Many historians believe'],
    ['The general is widely regarded as a reformer.', 'is widely regarded'],
    ['The offensive is considered a failure.', 'is considered'],
    ['The unit has been described as elite.', 'been described as'],
    ['The depot is known to have stored shells.', 'is known to have'],
    ['Many experts are warning that the front could collapse.', 'Many experts are warning'],
    ['Some diplomats fear a long war.', 'Some diplomats fear'],
    ['Zelensky has spoken of shortages; others have repeatedly complained of delays.', 'others have repeatedly complained'],
    ['According to the minister, it is suspected that a local resident gave away the location.', 'it is suspected'],
    ['The remark caused a stir, as commenters claimed he was blaming the army.', 'commenters claimed'],
    ['It has been argued that the sanctions backfired.', 'It has been argued'],
    // an uncounted group that holds or voices a view
    ['Many residents blame the governor for the late evacuation.', 'Many residents blame'],
    ['But many military experts agree that the delay cost lives.', 'many military experts agree'],
    ['His new term worries many in the West.', 'many in'],
    ['The decision angered some European allies.', 'some European'],
    ['Certain officials opposed the plan.', 'Certain officials opposed'],
    ['The term is regarded by some as a slur.', 'some as'],
    // groups joined, groups of any trade, views as nouns, views held by nobody
    ['Now, western analysts and politicians see three scenarios for the war.', 'western analysts and politicians see'],
    ['Ukrainian officials and Russia experts did not express much optimism.', 'Russia experts did not express'],
    ['Politicians note that the army holds better positions in the east.', 'Politicians note'],
    ['Other analysts emphasize that the concern may not come true.', 'Other analysts emphasize'],
    ['Kyiv refused to join the rising commentary from Western military experts that the offensive had begun.', 'commentary from Western military experts'],
    ['Despite signs of engagement, doubts persist over the talks.', 'doubts persist'],
    ['What was once perceived as an unbreakable bond now shows strain.', 'was once perceived as'],
    ['Russian forces are thought to have been taken by surprise by the Ukrainian attack.', 'are thought to'],
  ],
  ignores: [
    // Witnesses telling what they saw are unnamed sources (anonymous-source), not a view laundered through a group.
    'Residents said they heard two explosions before dawn.',
    'Witnesses told reporters the building collapsed within minutes.',
    // uncounted witnesses and sources telling, or an account credited to them: unnamed sources (anonymous-source)
    'Several residents told Reuters they heard explosions overnight.',
    'Some soldiers said they had not eaten for days.',
    'The shelling lasted all night, according to residents.',
    'About 1,700 people lived in the building, with residents saying there were no soldiers there.',
    // a noun that reads as a verb of saying, after a determiner or "other"
    'Voters in New York and several other states went to the polls.',
    'Courts blocked officials from curbing most abortions in those states.',
    // a group as the subject of a passive: what is done to it
    'Many residents were told to leave their homes.',
    'Having several wives was never regarded as a crime there.',
    // the status of a toll as counted so far
    'So far, 49 people are known to have died in the attack.',
    'About 40 people are considered missing after the strike.',
    // after a modal: what counts as what, or a deliberation
    'Soldiers who go missing can be considered military losses under the decree.',
    'The bill will be considered next week.',
    // a rule of what counts as what, not an opinion
    'If a brigade loses half its vehicles, it is considered destroyed.',
    'Analysts at the Institute for the Study of War said the line held.',
    'ISW analysts say the line held.',
    'The analysts said the report was accurate.',
    'The remarks leave many questions unanswered.',
    'Military analyst Michael Kofman said the offensive had stalled.',
    'The meeting is expected on Friday.',
    'The offensive is considered by the Pentagon a failure.',
    'The unit was described as elite by Kofman.',
    // the estimate's holder is named
    'Over 15,000 foreigners are believed to have fought, according to estimates by Yulia Zhdanova.',
    // inside a named speaker's words, the impersonal view is the speaker's
    'Interior Minister Ihor Klymenko said the strike was so precise that it is suspected that a local resident guided it.',
    // hearsay of a fact from nobody, not a view: the passive-report rule's (unverified)
    'It was reported that the bridge was hit overnight.',
    'It has been widely claimed that the dam was mined.',
    // plain reporting, however uncounted
    'Last week Russia sent some troops to Belarus to be refit.',
    'A video shows several soldiers in combat gear.',
  ],
});
