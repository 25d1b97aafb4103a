import lexicon from '../lexicons/motive-speculation.json';
import type { Rule } from '../types';
import { endWords, hasWordOf, makeFlag, matchAll, phraseRule, wholeWords } from './helpers';

/**
 * "Russia denies deliberately targeting civilians", "accused Kyiv of deliberately hosting military
 * events": the motive is what the denial or the accusation is about, a party's word, not the writer's.
 */
const DENIED_OR_ACCUSED = /\b(?:den(?:y|ies|ied|ying)|accus(?:e|es|ed|ing)\s+(?:[\p{L}'’.-]+\s+){1,4}?of)\s+$/iu;
/** How far before the word the denial or accusation is looked for. */
const DENIAL_PEEK_CHARS = 60;

const phrases = phraseRule({
  id: 'motive-speculation',
  category: 'editorial',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; this is interpretation, not a reported fact.`,
  skip: (ctx, start) => DENIED_OR_ACCUSED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - DENIAL_PEEK_CHARS), start)),
});

/**
 * "seems slim", "seemed eager", "seems fated": "seem" with its complement straight after it is the
 * lexicon's "seems to be" without "to be", the writer's impression offered as a finding. Not "seem to",
 * "seem that", "seem like" (other constructions), nor "seems set to" and "seems likely" (forecasts,
 * the writer-prediction rule's).
 */
const SEEM_COMPLEMENT = new RegExp(
  wholeWords(
    `(?:seem|seems|seemed)\\s+(?!(?:to|that|as|like|on|in|at|for|before|after|with|from|by|the|a|an|this|these|those|his|her|their|its|more|less|most|set|poised|likely|unlikely|certain|doomed|destined)\\b)[a-z]+`,
  ),
  'gi',
);

/** The words SEEM_COMPLEMENT starts with. */
const SEEM_WORDS = endWords(['seem', 'seems', 'seemed']);

/** `editorial`: the writer speculates about motives or meaning ("apparently", "could purport", "seems eager"). */
export const motiveSpeculation: Rule = {
  ...phrases,
  run(ctx) {
    const flags = phrases.run(ctx);
    for (const m of hasWordOf(ctx, SEEM_WORDS) ? matchAll(SEEM_COMPLEMENT, ctx) : []) {
      if (flags.some((f) => f.start < m.end && m.start < f.end)) continue;
      flags.push(makeFlag(ctx, motiveSpeculation, m.start, m.end, `"${m.groups[0]}": the writer gives an impression as if it were a finding; this is interpretation, not a reported fact.`));
    }
    return flags;
  },
};
