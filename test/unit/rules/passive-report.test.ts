import { passiveReport } from '../../../src/core/rules/passive-report';
import { ruleTable } from '../../support/rule-table';

ruleTable(passiveReport, {
  flags: [
    // in the progressive; an agentless estimate; an agentless accusation
    ['It is also being reported that the general knew of the plans.', 'It is also being reported that'],
    ['The number of students stranded in the city is put at around 700.', 'is put at'],
    ['Russia has been accused of using incendiary bombs on civilians.', 'has been accused of'],
    ['The army is thought to use the missiles sparingly.', 'is thought to'],
    ['A second battalion is also believed to operate near the river.', 'is also believed to'],
    ['The commander is said to have fled to Moscow.', 'is said to have'],
    // material from social media, with nobody named as posting it
    ['Footage posted on social media showed a column of burning trucks.', 'Footage posted on social media'],
    ['Videos shared on Telegram showed smoke over the airfield.', 'Videos shared on Telegram'],
    ['Russian forces are thought to have been taken by surprise by the attack.', 'are thought to have'],
    ['The general is believed to be hiding in the city.', 'is believed to be'],
    ['The drones are alleged to come from Iran.', 'are alleged to come'],
    // an impersonal or agentless passive of reporting
    ['It was reported that dozens of soldiers were killed.', 'It was reported'],
    ['It is claimed that the plant was hit twice.', 'It is claimed'],
    ['Explosions were reported in Kyiv overnight.', 'were reported in'],
    ['Three people were reported killed in the strike.', 'were reported killed'],
    ['Strikes were also reported Saturday in the Kyiv region.', 'were also reported Saturday'],
    ['Rescue efforts continued, with dozens reported injured and hospitalised.', 'reported injured'],
    ['It is noted that the missile was 7.5 metres long.', 'It is noted'],
    ['The strike is claimed to have killed 40 soldiers.', 'is claimed to have'],
  ],
  ignores: [
    // the accuser or the estimator is named
    'Russia has been accused by Kyiv of using incendiary bombs.',
    'The damage was estimated at 1 billion dollars by the World Bank.',
    'The theft was reported to the police on Monday.',
    'A video posted on Telegram by Governor Oleh Syniehubov showed the damaged school.',
    'The package is expected to arrive next month.',
    'The decision is considered a turning point.',
    'The general said he would stay in the city.',
    '“The commander is said to have fled,” Zelensky told reporters.',
    '“Explosions were reported in the city,” Klitschko said.',
    // the sentence names who makes the claim: an agent, a named holder
    'The strike was reported by the governor of the region.',
    'Over 15,000 foreigners are believed to have fought, according to estimates by Yulia Zhdanova.',
    // a passive that reports nothing
    'No casualties were reported in the attack.',
    'It should be noted that the strike came at night.',
  ],
});
