import { vagueAttribution } from '../../../src/core/rules/vague-attribution';
import { ruleTable } from '../../support/rule-table';

ruleTable(vagueAttribution, {
  flags: [
    // a part of a group, neither counted nor named, holding or doubting a view
    ['Not everyone in the Bundestag is convinced by that argument.', 'Not everyone in the Bundestag is convinced'],
    ['Few in the capital believe the truce will hold.', 'Few in the capital believe'],
    ['Not all diplomats share that reading.', 'Not all diplomats share'],
    ['The offensive, which many fear will come in spring, has not begun.', 'which many fear'],
    // unnamed states, allies and watchers holding a view
    ['Some governments are arguing that the sanctions should stay in reserve.', 'Some governments are arguing'],
    ['A deal is near, according to close followers of the Kremlin.', 'according to close followers'],
    ['Some allies fear the offensive will stall.', 'Some allies fear'],
    // an outlet that reports the group's view does not name the group
    ['Critics argue, according to a Kyiv daily, that the law is flawed.', 'Critics argue'],
    // a sentence adverb before the subject leaves it in subject position
    ['But now some governments are arguing that talks should wait.', 'some governments are arguing'],
    // someone's critics are still nobody named; a group speaking in the progressive; a view as an aside or a noun
    ['His critics had called him remote and out of touch.', 'critics had called him'],
    ['Critics are warning that the aid comes too late.', 'Critics are warning'],
    ['If fighting enters Poland, as is feared, the war widens.', 'as is feared'],
    ['The fear is that the same fate awaits this place.', 'The fear is that'],
    // readings of an event credited to nobody named; hopes, doubts and speculation without their holders
    ['In what many see as a turning point, the army crossed the river.', 'In what many see'],
    ['The truce, which critics call a trap, began at noon.', 'which critics call'],
    ['In a move seen as a warning to Minsk, the drills were extended.', 'move seen as'],
    ['The general is widely tipped to take over the army.', 'widely tipped'],
    ['It is hoped that the corridor will open on Monday.', 'It is hoped that'],
    ['Questions remain about who gave the order.', 'Questions remain about'],
    ['The deployment fuelled speculation about a spring offensive.', 'fuelled speculation'],
    ['Speculation is mounting that the minister will go.', 'Speculation is mounting'],
    ['Hardliners insist that the mobilisation must go on.', 'Hardliners insist'],
    ['Nationalist commentators have criticised the generals.', 'Nationalist commentators have criticised'],
    ['Experts in Kyiv believe the offensive will come in the south.', 'Experts in Kyiv believe'],
    ['The plan has been criticised by many analysts as reckless.', 'criticised by many analysts'],
    ['The move was seen by some observers as a concession to Moscow.', 'seen by some observers'],
    ['The bridge is now considered a legitimate target.', 'is now considered'],
    ['Proponents argue that the tax will pay for the drones.', 'Proponents argue'],
    ['Many analysts, however, find this claim hard to believe.'],
    ['The brigade is considered the best in the army.', 'is considered'],
    // a connective between the group and its verb; bare "some" and "others" with verbs of judging
    ['Others, however, claimed that the general had fled.', 'Others, however, claimed'],
    ['Some, though, argue that the aid came too late.', 'Some, though, argue'],
    ['Some regard him as a hardliner.', 'Some regard'],
    ['Some have called it a war crime.', 'Some have called it'],
    ['People say the general fled to Minsk.', 'People say'],
    ['Defence experts told the paper that the offensive had stalled.', 'Defence experts told'],
    ["Zelensky's critics say the reshuffle came too late.", 'critics say'],
    // views raised, growing, passed as judgements or legends, without their holders
    ['Concerns have been raised that the aid will stop.', 'Concerns have been raised'],
    ['Fears are growing that the dam could fail.', 'Fears are growing'],
    ['The decision has been criticised as too little, too late.', 'has been criticised as'],
    ['The strike was widely condemned as a war crime.'],
    ['It is often said that wars are won by logistics.', 'It is often said'],
    ['Legend has it that the fortress never fell.', 'Legend has it'],
    ['The commander, once regarded as the rising star of the army, was dismissed.', 'once regarded'],
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
    ['A growing number of experts oppose more aid.', 'A growing number of experts oppose'],
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
    ['The term is regarded by some as a slur.', 'regarded by some'],
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
    // a part of something counted that holds no view
    'Few soldiers returned home before the winter.',
    'Not all of the missiles reached their targets.',
    'Few reporters thought to ask where the shells came from.',
    // a named speaker's remark is theirs, whatever the verb that reports it
    '"The move may be viewed as a step up the ladder," Antonov remarked.',
    // counted reports, estimates and outlets are sources of a fact (unverified), not a group's view
    'Several news outlets have confirmed the change of policy.',
    'According to some estimates, 500 soldiers died in the assault.',
    'Many reports suggest the general fled to Minsk.',
    'The navy used drones, according to some data, to draw the defences away.',
    // the group passes on what a named source found
    'The brigade moved north in two stages, lawmakers said, citing the NIS.',
    'Analysts say, citing images from Maxar, that the depot burned for days.',
    // the critics the text named before; the writer's subject's own fear
    'The critics said it was late.',
    'Her fear is that the town will fall.',
    // hearsay of a fact, not a view: the passive-report rule's (unverified)
    'The system is claimed to intercept nine in ten missiles.',
    'The convoy is said to have turned back.',
    'It has been estimated that up to 35,000 convicts were recruited.',
    // members of a named party hold positions on record, which a reader can check
    'A growing number of Republican members of Congress oppose more spending on Ukraine.',
    'Several Republican lawmakers oppose more aid.',
    // states and institutions voice official positions; a named institution after the group; deliberation
    'Several countries condemned the shelling of the plant.',
    'Many governments have expressed support for the tribunal.',
    'The ruling angered several European governments.',
    'Experts from the IAEA said the cooling pond was intact.',
    'Analysts at RUSI believe the brigade was rebuilt.',
    'The bridge was considered for demolition in 2019.',
    'The plan was criticised by ISW analysts.',
    'The town was shelled by Russian troops.',
    // a legal status, a classification under rules, consent, named examples, a survey's count
    'A 21-year-old airman is suspected of leaking the documents.',
    'Attacks on civilians are considered war crimes under the Geneva Conventions.',
    'He is considered a suspect in the case.',
    'Most members agreed to the plan.',
    'Many experts, including Michael Kofman, believe the offensive has stalled.',
    'Several allies, such as Germany and France, have voiced concern about escalation.',
    'Most Ukrainians oppose territorial concessions, a poll found.',
    'Many Russians believe the war will end this year, according to the survey.',
    'Many of the wounded said they had been hit by shrapnel.',
    'Local people told the BBC they heard three blasts.',
    'Lawmakers called for more tanks.',
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
