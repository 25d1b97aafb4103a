import lexicon from '../lexicons/writer-hearsay.json';
import type { RuleContext } from '../types';
import { insideSpeech, phraseRule } from './helpers';

/**
 * `unverified`: the writer passes on what they read or heard without saying where ("I read somewhere
 * that", "I'm told", "I saw a few headlines about"), in news and opinion alike: the claim rests on a source
 * the reader cannot check. In someone's quoted words the hearsay is that speaker's, which the source
 * rules judge by who is quoted.
 */
export const writerHearsay = phraseRule({
  id: 'writer-hearsay',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; look for the report or the person it comes from.`,
  skip: (ctx: RuleContext, start: number, end: number) => insideSpeech(ctx, start, end),
});
