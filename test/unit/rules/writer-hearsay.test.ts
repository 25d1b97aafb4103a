import { writerHearsay } from '../../../src/core/rules/writer-hearsay';
import { ruleTable } from '../../support/rule-table';

ruleTable(writerHearsay, {
  flags: [
    // the writer relays what they read, heard or were told, and not from where
    ['I saw a few headlines about the army retaking two villages.', 'I saw a few headlines about'],
    ['I read somewhere that the Russians are short of shells.', 'I read somewhere'],
    ['I heard on the radio that the capital was bombed again.', 'I heard on the radio'],
    ["I'm told the brigade has pulled back.", "I'm told"],
    ['We are told that the sanctions are working.', 'We are told'],
    ["From what I've read, the offensive has stalled.", "From what I've read"],
    ['I gather that the minister will resign.', 'I gather that'],
  ],
  ignores: [
    // a quoted speaker's hearsay is theirs; seeing or reading for oneself names the source
    '"We are told that the sanctions are working," the minister said.',
    'I saw the damage myself.',
    'I read the full report from the UN mission.',
    'I heard that argument before.',
  ],
});
