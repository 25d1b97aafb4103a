import type { Flag, Rule, RuleContext } from '../types';
import { insideSpeech, makeFlag, matchAll, sentenceRuns } from './helpers';

/**
 * "we", "our", "us": lower case, or capitalised where a sentence or a quoted phrase starts. "US" in
 * capitals is the country.
 */
const WE = /(?<![\w'’-])(?:[Ww]e(?:['’](?:re|ve|ll|d))?|[Oo]urs?|[Oo]urselves|[Uu]s)(?![\w'’-])/g;
/** The pronouns as word runs (the apostrophe ends a run: "we're" is "we"), to skip sentences without them cheaply. */
const WE_WORDS = new Set(['we', 'our', 'ours', 'ourselves', 'us']);
/** What may stand before a capitalised pronoun that still starts a phrase: an opening quote, a colon, a dash. */
const PHRASE_START = /(?:^|[“"‘(\[:—–-])\s*$/;

/**
 * The outlet naming its own staff and work ("our correspondent says", "join our live coverage", "we are
 * live from Kyiv"): the newsroom speaking of itself, not the writer taking a side.
 */
const NEWSROOM_OUR = /^\s+(?:own\s+)?(?:correspondents?|reporters?|editors?|staff|journalists?|newsroom|readers|viewers|listeners|live\s+(?:coverage|blog|updates)|coverage|website|programme|program|podcast|newsletter|broadcast)\b/i;
const NEWSROOM_WE = /^\s+(?:are|were)\s+live\b/i;

/** Enough text after the pronoun for "own live coverage". */
const NEWSROOM_LOOKAHEAD_CHARS = 30;

function newsroom(pronoun: string, after: string): boolean {
  const p = pronoun.toLowerCase();
  return (p === 'our' && NEWSROOM_OUR.test(after)) || (p === 'we' && NEWSROOM_WE.test(after));
}

/** "Who We Are", "Feeding Our Future": a capitalised pronoun inside a sentence is part of a title or a name. */
function inTitle(ctx: RuleContext, start: number): boolean {
  return /^[A-Z]/.test(ctx.text[start]!) && !PHRASE_START.test(ctx.text.slice(ctx.sentence.start, start));
}

/**
 * `editorial`: the writer speaks for a "we" ("our broken immigration system", "most of us know"). A
 * report tells the reader what others did and said; a text that enlists the reader and the writer in
 * one side ("our country", "we need") is making the case of opinion writing. Quoted and reported
 * speech is the speaker's "we", not the writer's (analyze and `insideSpeech` leave it alone).
 */
export const firstPersonPlural: Rule = {
  id: 'first-person-plural',
  category: 'editorial',
  run(ctx) {
    const flags: Flag[] = [];
    if (!sentenceRuns(ctx).some((w) => WE_WORDS.has(w.lower))) return flags;
    for (const m of matchAll(WE, ctx)) {
      if (inTitle(ctx, m.start) || insideSpeech(ctx, m.start, m.end)) continue;
      if (newsroom(m.groups[0], ctx.text.slice(m.end, m.end + NEWSROOM_LOOKAHEAD_CHARS))) continue;
      flags.push(makeFlag(ctx, firstPersonPlural, m.start, m.end, `"${m.groups[0]}": the writer speaks for a "we" instead of reporting; that is the voice of opinion writing.`));
    }
    return flags;
  },
};
