import { alternation, WORD_CHAR } from '../lexicon';
import readerService from '../lexicons/reader-service.json';
import type { Flag, Rule, RuleContext } from '../types';
import { capitalisedInTitle, endWords, hasWordOf, insideSpeech, makeFlag, matchAll, TRANSCRIPT_LINE } from './helpers';

/** "you", "your", "yourself": lower case, or capitalised where a sentence or a quoted phrase starts. */
const YOU = /(?<![\w'’-])(?:[Yy]ou(?:rs?|rself|rselves|['’](?:re|ve|ll|d))?)(?![\w'’-])/g;
/** The pronouns as word runs (the apostrophe ends a run: "you're" is "you"), to skip sentences without them cheaply. */
const YOU_WORDS = endWords(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** "I"/"me" in the same sentence: one person talking to another (a speech, an interview), not the writer to the reader. */
const SPEAKER_I = /(?<![\w'’-])(?:I|me|my|I['’](?:m|d|ll|ve))(?![\w'’-])/;

/** The outlet serving its readers: "follow our live coverage", "what you need to know", "if you are in Kyiv". */
const SERVICE = new RegExp(String.raw`(?<!${WORD_CHAR})(?:${alternation(readerService)})(?!${WORD_CHAR})`, 'i');

/**
 * `editorial`: the writer turns to the reader ("you will not read about this in the papers", "you can’t
 * understand him without…"). A report tells what happened; talking to "you" is the columnist arguing
 * with the reader. Quoted and reported speech is the speaker's "you", not the writer's.
 */
export const readerAddress: Rule = {
  id: 'reader-address',
  category: 'editorial',
  run(ctx) {
    if (!hasWordOf(ctx, YOU_WORDS)) return [];
    const sentence = ctx.sentence.text;
    if (SPEAKER_I.test(sentence) || TRANSCRIPT_LINE.test(sentence) || SERVICE.test(sentence)) return [];
    const flags: Flag[] = [];
    for (const m of matchAll(YOU, ctx)) {
      if (capitalisedInTitle(ctx, m.start) || insideSpeech(ctx, m.start, m.end)) continue;
      flags.push(makeFlag(ctx, readerAddress, m.start, m.end, `"${m.groups[0]}": the writer talks to you instead of reporting; that is the voice of a column, not of news.`));
    }
    return flags;
  },
};
