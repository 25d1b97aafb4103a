import { leakedDocument } from '../../../src/core/rules/leaked-document';
import { ruleTable } from '../../support/rule-table';

const LEAK = 'One leaked document, quoted by the Washington Post, said the army faced shortages. ';
/** A leak told without relaying anything yet. */
const LEAKED_ONLINE = 'Classified Pentagon documents were leaked online last month. ';

ruleTable(leakedDocument, {
  flags: [
    ['Documents seen by the newspaper show that the plant kept supplying the army.', 'Documents seen by the newspaper show'],
    ['A letter obtained by the broadcaster says the minister asked for more shells.', 'A letter obtained by the broadcaster says'],
    [`${LEAK}The document warned that only modest territorial gains could be achieved.`, 'The document warned'],
    [`${LEAK}Another document says air defences could run out by May.`, 'Another document says'],
    ['The leaked files show that the offensive was delayed.', 'The leaked files show'],
    ['Classified Pentagon papers surfaced online. The papers, dated February 23, estimated Russian losses at 200,000.', 'The papers, dated February 23, estimated'],
    ['The memo, obtained by the newspaper, says the troops will be withdrawn.', 'The memo, obtained by the newspaper, says'],
  ],
  ignores: [
    // papers anyone can read: nothing says they were leaked
    'Court documents show that the company paid the fine.',
    'Putin signed a decree on Monday. The document says the reservists will serve a year.',
    // a named author's paper
    `${LEAKED_ONLINE}The decree, signed by Putin, says the reservists will serve a year.`,
    // a named speaker's reading of it is the speaker's
    `${LEAKED_ONLINE}"The documents show nothing new," Reznikov said.`,
  ],
});
