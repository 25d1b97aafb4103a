import { alternation, WORD_CHAR } from '../lexicon';
import newsroomOur from '../lexicons/newsroom-our.json';
import newsroomUs from '../lexicons/newsroom-us.json';
import newsroomWe from '../lexicons/newsroom-we.json';
import type { Flag, Rule, RuleContext } from '../types';
import { capitalisedInTitle, endWords, hasWordOf, insideSpeech, makeFlag, matchAll } from './helpers';

/**
 * "we", "our", "us": lower case, or capitalised where a sentence or a quoted phrase starts. "US" in
 * capitals is the country.
 */
const WE = /(?<![\w'’-])(?:[Ww]e(?:['’](?:re|ve|ll|d))?|[Oo]urs?|[Oo]urselves|[Uu]s)(?![\w'’-])/g;
/** The pronouns as word runs (the apostrophe ends a run: "we're" is "we"), to skip sentences without them cheaply. */
const WE_WORDS = endWords(['we', 'our', 'ours', 'ourselves', 'us']);

/**
 * Between a newsroom's "we" and what it did, any of: an auxiliary, a negation, an adverb of time
 * ("we have now confirmed", "we could not independently verify", "we will be updating").
 */
const AUXILIARIES = String.raw`(?:(?:have|has|had|['’]ve|['’]d|['’]ll|['’]re|will|would|are|were|can|could|cannot|can['’]t|couldn['’]t|not|never|also|now|just|still|since|already|independently|been|be|being|able\s+to|unable\s+to|trying\s+to|tried\s+to|going\s+to)\s+)*`;
/** The newsroom describing its reporting: "we asked the ministry", "as we reported", "what we know so far". */
const NEWSROOM_WE = new RegExp(String.raw`^\s*${AUXILIARIES}(?:${alternation(newsroomWe)})(?!${WORD_CHAR})`, 'i');
/** The newsroom naming its staff, coverage and methods: "our correspondent", "our analysis", "our live coverage". */
const NEWSROOM_OUR = new RegExp(String.raw`^\s+(?:${alternation(newsroomOur)})(?!${WORD_CHAR})`, 'i');
/** Someone speaking to the newsroom, or the newsroom inviting its audience: "he told us", "contact us". */
const NEWSROOM_US = new RegExp(String.raw`(?<!${WORD_CHAR})(?:${alternation(newsroomUs)})\s+$`, 'i');

/** Enough text around the pronoun for "could not independently verify" or "explained to". */
const NEWSROOM_CONTEXT_CHARS = 48;

function newsroom(ctx: RuleContext, pronoun: string, start: number, end: number): boolean {
  const p = pronoun.toLowerCase().replace(/['’].*$/, '');
  if (p === 'us') return NEWSROOM_US.test(ctx.text.slice(Math.max(ctx.sentence.start, start - NEWSROOM_CONTEXT_CHARS), start));
  const after = ctx.text.slice(end, end + NEWSROOM_CONTEXT_CHARS);
  if (p === 'our') return NEWSROOM_OUR.test(after);
  // "we're", "we've", "we'll": the auxiliary is part of the pronoun's match.
  return p === 'we' && NEWSROOM_WE.test(after);
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
    if (!hasWordOf(ctx, WE_WORDS)) return flags;
    for (const m of matchAll(WE, ctx)) {
      if (capitalisedInTitle(ctx, m.start) || insideSpeech(ctx, m.start, m.end)) continue;
      if (newsroom(ctx, m.groups[0], m.start, m.end)) continue;
      flags.push(makeFlag(ctx, firstPersonPlural, m.start, m.end, `"${m.groups[0]}": the writer speaks for a "we" instead of reporting; that is the voice of opinion writing.`));
    }
    return flags;
  },
};
