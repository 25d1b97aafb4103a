import { loadedLanguage } from '../../../src/core/rules/loaded-language';
import { ruleTable } from '../../support/rule-table';

ruleTable(loadedLanguage, {
  flags: [
    // the writer's own words, even when they tell of calling
    ['I called it a disgraceful betrayal.', 'disgraceful'],
    ['Russian forces continue the special military operation in Donbas.', 'special military operation'],
    ['The towns near the border were swamped with refugees.', 'swamped with refugees'],
    ['The shadowy contractors behind the deal were paid twice.', 'shadowy'],
    ['It was a messy withdrawal.', 'messy'],
    ['He left the country foisting a disastrous withdrawal on his successor.', 'foisting'],
    ['The retreat was a disastrous mistake.', 'disastrous'],
    ['He is expected to sacrifice Ukraine in a second term.', 'sacrifice Ukraine'],
    ['He showed a willingness to abandon allies in the past.', 'abandon allies'],
    ['Biden had covertly lifted the restrictions in May.', 'covertly'],
    ['The leader has been weak against the Kremlin.', 'weak against'],
    ['The so-called referendum was held under occupation.', 'so-called'],
    // loaded verbs: of saying, of illegitimate acts, of exaggerated effect
    ['The senator railed against the aid package for an hour.', 'railed against'],
    ['The majority railroaded the bill through the chamber.', 'railroaded'],
    ['The plan would gut the agency that monitors the border.', 'gut the agency'],
    // evaluative words: verdicts and puffery
    ['The ministry offered a bogus explanation for the blackout.', 'bogus'],
    ['The envoy shamelessly repeated the claim.', 'shamelessly'],
    // contentious labels and loaded nouns
    ['The minister surrounded himself with cronies and stooges.', 'stooges'],
    ['The summit was little more than political theatre.', 'political theatre'],
    // partisan framing
    ['The bill is a giveaway to corporate greed.', 'corporate greed'],
    // critical evaluation of ideas and writing
    ['The report is a formulaic, clichéd account of the offensive.', 'formulaic'],
    // loaded descriptions of people
    ['The hot-headed governor stormed out of the meeting.', 'hot-headed'],
    ['The campaign latched onto the rumour within hours.', 'latched onto'],
    ['The new tariff was a diplomatic own goal.', 'diplomatic own goal'],
  ],
  ignores: [
    // the word reported as someone else's name for the thing
    'Russia has denied targeting civilians in what it calls a special military operation.',
    'Zelensky called Russia a terrorist state.',
    'The president has repeatedly described the invasion as a genocidal war.',
    'The withdrawal was not messy.',
    // a routine description in war reporting, and a term of physics
    'There were chaotic scenes at the border crossing.',
    'Ukrainian forces withdrew from the town on Friday.',
    'The signal was weak in the eastern districts.',
    '“This is a disastrous decision,” Kremlin spokesman Dmitry Peskov said.',
    'The missiles can strike targets up to 190 miles away.',
    // literal senses of words that are loaded only figuratively
    'Fire gutted the building overnight.',
    'A truck rammed through the gates of the depot.',
    'The walls were smeared with soot after the blast.',
    'The city lies 30 kilometres from the border.',
    'The ministry released a handout photo of the launcher.',
    'The brigade boasts a new air-defence battery.',
    // negated: the writer denies the verdict
    'The withdrawal was not disastrous.',
    'It was hardly a fiasco.',
    'Tired soldiers waded through shallow water.',
    'Police are treating the homophobic attack as a hate crime.',
    'Soldiers queued outside the mess hall.',
  ],
});
