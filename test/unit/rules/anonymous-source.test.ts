import { anonymousSource } from '../../../src/core/rules/anonymous-source';
import { ruleTable } from '../../support/rule-table';

ruleTable(anonymousSource, {
  flags: [
    // the text says it withholds the source, whatever the noun ("unnamed", "declined to be named")
    ['An unnamed member of the delegation confirmed the plan.', 'unnamed member of the delegation confirmed'],
    ['A woman who declined to be named said the shelter was full.', 'declined to be named'],
    ['The envoy, who refused to be identified, said a deal was near.', 'refused to be identified'],
    // an office many hold, or one that is not a named body's highest
    ["Ukraine's top commanders said the line held.", 'top commanders said'],
    ['A top commander said the line held.', 'A top commander said'],
    ['A military blogger claimed the town had fallen.', 'A military blogger claimed'],
    // the progressive: the source is speaking ("are claiming"), unlike the passive ("were told")
    ['The drones destroyed 40 bombers, Kyiv sources are claiming.', 'sources are claiming'],
    ['The strike hit a depot, Kremlin sources were saying on Sunday.', 'Kremlin sources were saying'],
    // an outlet's sources are its unnamed sources, unlike its own eyewitness
    ['Ukrainska Pravda sources said the decree was ready.', 'sources said'],
    // a former one, however written
    ['Putin stays in his bunker, says ex-security guard', 'says ex-security guard'],
    // a label line that gives unnamed sources as the source
    ['Source: Ukrainska Pravda sources', 'Source: Ukrainska Pravda sources'],
    ['Source: sources in the Office of the President', 'Source: sources'],
    // people on the ground known by their work or where they live, also through a relative clause
    ['A nurse at the children’s ward said the windows blew in.', 'A nurse at the children’s ward said'],
    ['A gunner with the mechanised brigade said the shells arrived late.', 'A gunner with the mechanised brigade said'],
    ['A woman who lives across the street said she heard a whistle first.', 'A woman who lives across the street said'],
    ['Villagers who fled the shelling told reporters the bridge was gone.'],
    ['An aide to the president said the sanctions would be extended.', 'An aide to the president said'],
    ['Someone familiar with the talks said they would resume in May.'],
    ['Two Western officials briefed reporters on condition that they not be named.', 'on condition that they not be named'],
    ['Two anonymous U.S. officials confirmed the plan on Sunday.', 'Two anonymous U.S. officials confirmed'],
    // an outlet's or a body's own sources; sources inside a body; people known by a call sign; more kinds of insider
    ['Its sources said the order had been signed a week earlier.', 'sources said'],
    ['The paper quoted its sources as saying that the missiles had arrived.'],
    ['Sources within the defence ministry said the order had been signed.'],
    ['A drone operator who goes by the call sign Bird said the crossing was mined.', 'goes by the call sign'],
    ['The medic, whose name was withheld for her safety, said the shelling never stopped.', 'whose name was withheld'],
    ['A former Kremlin bodyguard claims that the president rarely leaves his residence.'],
    ['A Russian serviceman told the outlet that his unit had lost half its men.'],
    ['A defector said the plans had been drawn up months earlier.'],
    ['This was first reported to The New York Times (NYT) by two US defense officials.', 'reported to The New York Times (NYT) by two US defense officials'],
    ['A number of US officials informed reporters on Thursday that the limits had been eased.', 'A number of US officials informed'],
    ['Senior White House officials have said that the shipment left.', 'Senior White House officials have said'],
    ['The decision was confirmed by two U.S. officials.', 'confirmed by two U.S. officials'],
    ['The Times was told by a source that the offensive had stalled.', 'told by a source'],
    ['Sources suggest that the approval came last week.', 'Sources suggest'],
    ['According to a senior U.S. official familiar with the decision, the limit stays.', 'According to a senior U.S. official familiar with the decision'],
    ['People familiar with the matter said the talks had stalled.'],
    ['The diplomat spoke on condition of anonymity because the talks are private.', 'on condition of anonymity'],
    ['An insider revealed that the plan had been shelved.'],
    ['Officials said the convoy was hit near the border.', 'Officials said'],
    // a claim of access instead of a name
    ['A source close to the matter confirmed that the two leaders spoke.', 'A source close to the matter confirmed'],
    ['Sources close to the Kremlin expect a reshuffle.', 'Sources close to the Kremlin expect'],
    ['The decision, sources close to the Kremlin say, is final.'],
    ['The plan was described by a person briefed on it.', 'person briefed on it'],
    // explicitly withheld, or only part of a name
    ['Unnamed officials have hinted at a delay.', 'Unnamed officials'],
    ['Informed sources put the figure higher.', 'Informed sources'],
    ['The two people were granted anonymity to discuss internal deliberations.', 'granted anonymity'],
    ['The woman, who gave her name only as Lyudmila, said tanks had appeared.', 'gave her name only as'],
    // witnesses and people on the ground, introduced without a name
    ['A resident of Novoazovsk said she saw a column of armoured vehicles.', 'A resident of Novoazovsk said'],
    ['Officials in the southern Russian region of Belgorod said drones had hit a depot.', 'Officials in the southern Russian region of Belgorod said'],
    // a channel's readers and social media users, who pass on what they saw or heard
    ['Loud explosions are heard in Sevastopol, the channel writes, citing subscribers.', 'citing subscribers'],
    ['About 20 explosions were heard near the airfield, a subscriber reported.', 'a subscriber reported'],
    ['Social media users reported explosions near the airfield.', 'users reported'],
    ['Survivors said the building collapsed within seconds.', 'Survivors said'],
    ['Russia is running out of missiles, says US official', 'says US official'],
    ['This was reported to Reuters by two US defense officials.', 'reported to Reuters by two US defense officials'],
    ['Locals said the bridge was destroyed on Sunday.', 'Locals said'],
    ['One captured Ukrainian soldier has claimed that the retreat was blocked.', 'One captured Ukrainian soldier has claimed'],
    ['A man, who said he was a volunteer, said the airport was working normally.', 'A man, who said he was a volunteer, said'],
    ['"It is coming," said a high-ranking NATO official.', 'said a high-ranking NATO official'],
    // knowledge and judgements credited to unnamed officials and agencies
    ['Western intelligence agencies have information that the offensive will resume.', 'Western intelligence agencies have information'],
    ['U.S. and Russian officials believe the counteroffensive has begun.', 'U.S. and Russian officials believe'],
    ['US, Russian officials see signs of a counteroffensive', 'US, Russian officials see'],
    ['Russian investigators found evidence that foreign fighters took part.', 'Russian investigators found evidence'],
    ['U.S. officials, relying on satellite images, also suggested that the attack had begun.'],
    ['Residents of a nearby apartment building reported hearing bangs at night.', 'Residents of a nearby apartment building reported'],
    ['Witnesses saw a column of tanks cross the river.', 'Witnesses saw'],
    ['In Kyiv, a senior official, speaking on condition of anonymity, said talks had stalled.'],
    ['The Times reported, citing two officials, that the plan was ready.', 'citing two officials'],
    ['Bloomberg, quoting a senior commander, said the line held.', 'quoting a senior commander'],
    ['The newspaper reported it, citing three unidentified sources in the administration.', 'citing three unidentified sources'],
  ],
  ignores: [
    'The mayor was told by President Zelensky that aid was coming.',
    // the adjective names no source: nobody tells anything here
    'The convoy reached an unnamed village before dawn.',
    // a name in apposition with a long office before the source word
    "Jane Moore, the president-elect's incoming national security adviser, has warned of consequences.",
    // one highest office of a named country or body: one identifiable person
    "The front will hold through the winter, Ukraine's top commander said on Friday.",
    "NATO's most senior military officer said the alliance was ready.",
    // a witness's account of their own life, which only they can give (what they saw stays a claim)
    'A 35-year-old woman in Kharkiv said she’s been sheltering in the basement with her son.',
    'Another survivor, who gave her name as Venera, said she had wanted to save her two kittens.',
    'Residents said they had fled before the strike.',
    'Officials were told to leave the building.',
    'Source: the Ministry of Defence of Ukraine',
    'Source: Ukrainska Pravda',
    'Officials are working on a new plan.',
    'A Reuters eyewitness said the bridge was down.',
    // a capitalised word after a lower-case one begins a name; an -ing verb after a comma is the subject's
    'Firefighters of the State Emergency Service worked through the night.',
    'Moscow denies targeting residents, claiming that only military sites are hit.',
    'His aides said nothing.',
    'The National Guard said two drones were downed.',
    'Kremlin spokesman Dmitry Peskov said the decision was reckless.',
    'A survivor, Olena Kovalenko, said the building collapsed within seconds.',
    // "those" before a noun that reads as a verb of saying is a determiner, not a source
    'Kyiv rejected those claims as propaganda.',
    // what someone said about officials, not officials speaking
    'Kyiv said officials at the plant were safe.',
    'This was reported to the council by the head of the regional administration, Valentyn Reznichenko.',
    'The ministry denied those reports on Tuesday.',
    'The Pentagon said in a statement that the shipment had arrived.',
    'According to Pentagon spokesman John Kirby, the package is ready.',
    'Ukrainian officials have been requesting longer-range systems for months.',
    'The official, John Kirby, spoke to reporters. The official said the talks went well.',
    'Secretary of State Antony Blinken said the aid would continue.',
    'John Kirby, a senior official, said the aid would continue.',
    'The ISW reports Oleksandr Shtupun, Ukrainian General Staff spokesman, claiming gains near Bakhmut.',
    // an office, capitalised: one identifiable holder
    'National Security Advisor Says No Long-Range Missiles for Ukraine',
    // the wire's own reporter
    'A Reuters eyewitness at the scene said the men were moving freely.',
    // what happened to people, not what they said
    'Mayor Ihor Terekhov said three people were killed in the strike.',
    'Officials were told to leave the building.',
    'American intelligence officials on Wednesday were looking into the claims.',
    // the public at large: vague attribution, not a source
    'I often hear people say the war will end soon.',
    // "the official" refers back: the unnamed-reference rule resolves it
    'The official said the talks went well.',
  ],
});
