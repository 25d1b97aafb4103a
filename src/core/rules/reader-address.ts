import { alternation, WORD_CHAR } from '../lexicon';
import readerService from '../lexicons/reader-service.json';
import type { Flag, Rule, RuleContext } from '../types';
import { insideSpeech, makeFlag, matchAll, sentenceRuns } from './helpers';

/** "you", "your", "yourself": lower case, or capitalised where a sentence or a quoted phrase starts. */
const YOU = /(?<![\w'’-])(?:[Yy]ou(?:rs?|rself|rselves|['’](?:re|ve|ll|d))?)(?![\w'’-])/g;
/** The pronouns as word runs (the apostrophe ends a run: "you're" is "you"), to skip sentences without them cheaply. */
const YOU_WORDS = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** What may stand before a capitalised pronoun that still starts a phrase: an opening quote, a colon, a dash. */
const PHRASE_START = /(?:^|[“"‘(\[:—–-])\s*$/;
/** "I"/"me" in the same sentence: one person talking to another (a speech, an interview), not the writer to the reader. */
const SPEAKER_I = /(?<![\w'’-])(?:I|me|my|I['’](?:m|d|ll|ve))(?![\w'’-])/;
/** "Kleymenov: How would you respond …": a transcript line, the interviewer's words. */
const INTERVIEW = /^[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+){0,3}:\s/u;

/** The outlet serving its readers: "follow our live coverage", "what you need to know", "if you are in Kyiv". */
const SERVICE = new RegExp(String.raw`(?<!${WORD_CHAR})(?:${alternation(readerService)})(?!${WORD_CHAR})`, 'i');

/** "Who Do You Trust?": a capitalised pronoun inside a sentence is part of a title or a name. */
function inTitle(ctx: RuleContext, start: number): boolean {
  return /^[A-Z]/.test(ctx.text[start]!) && !PHRASE_START.test(ctx.text.slice(ctx.sentence.start, start));
}

/**
 * `editorial`: the writer turns to the reader ("you will not read about this in the papers", "you can’t
 * understand him without…"). A report tells what happened; talking to "you" is the columnist arguing
 * with the reader. Quoted and reported speech is the speaker's "you", not the writer's.
 */
export const readerAddress: Rule = {
  id: 'reader-address',
  category: 'editorial',
  run(ctx) {
    if (!sentenceRuns(ctx).some((w) => YOU_WORDS.has(w.lower))) return [];
    const sentence = ctx.sentence.text;
    if (SPEAKER_I.test(sentence) || INTERVIEW.test(sentence) || SERVICE.test(sentence)) return [];
    const flags: Flag[] = [];
    for (const m of matchAll(YOU, ctx)) {
      if (inTitle(ctx, m.start) || insideSpeech(ctx, m.start, m.end)) continue;
      flags.push(makeFlag(ctx, readerAddress, m.start, m.end, `"${m.groups[0]}": the writer talks to you instead of reporting; that is the voice of a column, not of news.`));
    }
    return flags;
  },
};
