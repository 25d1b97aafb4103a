import { loadedLanguage } from '../../../src/core/rules/loaded-language';
import { ruleTable } from '../../support/rule-table';

ruleTable(loadedLanguage, {
  flags: [
    ['He left the country foisting a disastrous withdrawal on his successor.', 'foisting'],
    ['The retreat was a disastrous mistake.', 'disastrous'],
    ['He is expected to sacrifice Ukraine in a second term.', 'sacrifice Ukraine'],
    ['He showed a willingness to abandon allies in the past.', 'abandon allies'],
    ['Biden had covertly lifted the restrictions in May.', 'covertly'],
    ['The leader has been weak against the Kremlin.', 'weak against'],
    ['The so-called referendum was held under occupation.', 'so-called'],
  ],
  ignores: [
    'Ukrainian forces withdrew from the town on Friday.',
    'The signal was weak in the eastern districts.',
    '“This is a disastrous decision,” Kremlin spokesman Dmitry Peskov said.',
    'The missiles can strike targets up to 190 miles away.',
  ],
});
