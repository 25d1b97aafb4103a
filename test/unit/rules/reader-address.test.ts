import { readerAddress } from '../../../src/core/rules/reader-address';
import { ruleTable } from '../../support/rule-table';

ruleTable(readerAddress, {
  flags: [
    ['You will not read about this in the evening news.', 'You'],
    ['Look at the map and you see why Bakhmut mattered.', 'you'],
    ['None of this will surprise you.', 'you'],
    ['Your taxes paid for the delay.', 'Your'],
    // a service word elsewhere does not make an argument with the reader service
    ['If you think sanctions work, you have not been paying attention.', 'you'],
  ],
  ignores: [
    // the outlet serving its readers: asking for their stories, pointing to aid, naming its newsletter
    'Share your experiences of the war with us.',
    'Here is how you can help Ukrainians affected by the war.',
    'This is your morning briefing on the war.',
    // a speaker's "you", quoted or reported
    '“You will get the missiles,” Biden told Zelensky.',
    'The minister told reporters you could see the smoke from Kyiv.',
    // one person talking to another: a speech or an interview
    'I would like to remind you that the line is open until nine.',
    'Kleymenov: How would you respond to the statements from Kyiv?',
    // the outlet serving its readers: its live pages, explainers, safety information
    'You can follow our live coverage of the offensive here.',
    "Here's what you need to know about the ATACMS decision.",
    'If you are in Kyiv, go to the nearest shelter when the sirens sound.',
    'Sign up to get the latest from the front line in your inbox.',
    "We'll be bringing you the latest updates throughout the day.",
    // a title
    'The film Where Do You Go Now opened in Kyiv.',
    'The convoy reached Kharkiv on Monday.',
  ],
});
