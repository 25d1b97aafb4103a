import lexicon from '../lexicons/unconfirmed-phrases.json';
import { PhraseMatcher } from '../lexicon';
import type { Flag, Rule } from '../types';
import { makeFlag, matchAll, sentenceRuns } from './helpers';

const matcher = new PhraseMatcher(lexicon.entries);

/**
 * "Neither Reuters nor Insider has been able to verify the dates", "neither the Pentagon nor the White
 * House could confirm the strike": the negation stands before the parties, so the verb of confirming
 * reads positive; a list's phrase cannot span the names between.
 */
const NEITHER_CONFIRMED =
  /\bneither\b[^.;:!?]{1,60}?\bnor\b[^.;:!?]{1,60}?\b(?:has|have|had|could|can|was|were|is|are|did|does|do)\s+(?:yet\s+)?(?:been\s+)?(?:able\s+to\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|authenticat(?:e|ed)|comment(?:ed)?)\b/gi;

/** The word NEITHER_CONFIRMED starts with, tested on a sentence before the expression runs over it. */
const NEITHER = /neither/i;

/** `unverified`: the text itself says the claim is not (yet) confirmed, or rests on unnamed reports. */
export const unconfirmedReport: Rule = {
  id: 'unconfirmed-report',
  category: 'unverified',
  run(ctx) {
    const flags: Flag[] = [];
    for (const m of matcher.find(ctx.text, ctx.sentence.start, ctx.sentence.end, sentenceRuns(ctx))) {
      flags.push(makeFlag(ctx, unconfirmedReport, m.start, m.end, `"${m.text}": ${m.entry.reason}, so treat the claim as not yet established.`));
    }
    for (const m of NEITHER.test(ctx.sentence.text) ? matchAll(NEITHER_CONFIRMED, ctx) : []) {
      if (flags.some((f) => f.start < m.end && m.start < f.end)) continue;
      flags.push(makeFlag(ctx, unconfirmedReport, m.start, m.end, `"${ctx.text.slice(m.start, m.end)}": the text says that none of those it names has confirmed the claim, so treat it as not yet established.`));
    }
    return flags;
  },
};
