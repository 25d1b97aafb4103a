import { scareQuote } from '../../../src/core/rules/scare-quote';
import { ruleTable } from '../../support/rule-table';

ruleTable(scareQuote, {
  flags: [
    ['The occupiers held a “referendum” in Kherson.', '“referendum”'],
    ['It is all justified in the name of “equity”.', '“equity”'],
  ],
  ignores: [
    'Putin described such actions as crossing a “red line”.',
    '“We will not retreat,” the commander said.',
    'She reviewed the film “War and Peace” for the paper.',
    'The words “never again” were written on the wall, officials said.',
  ],
});
