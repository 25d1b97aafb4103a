import { exclamation } from '../../../src/core/rules/exclamation';
import { ruleTable } from '../../support/rule-table';

ruleTable(exclamation, {
  flags: [
    ['And this is what they call a ceasefire!', '!'],
    ['Three days of power, once a week!!!', '!!!'],
    ['Who signed off on that?!', '?!'],
  ],
  ignores: [
    // someone's exclamation, quoted
    '“Glory to Ukraine!” the crowd chanted in Lviv.',
    'Zelensky said: “We will win!”',
    'Soldiers call it the ‘hurrah!’ moment of a counter-attack.',
    // a transcript line
    'Tatyana Remezova: Good afternoon, colleagues!',
    'The convoy reached Kharkiv on Monday.',
  ],
});
