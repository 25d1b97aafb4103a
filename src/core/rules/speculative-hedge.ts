import lexicon from '../lexicons/speculative-hedges.json';
import { phraseRule } from './helpers';

/**
 * After "may have", a determiner starts a noun phrase: "may have a higher fat content" states what
 * something can possess, not a guess about what happened ("may have fled"). So does a preposition:
 * "the effect it might have on the public" ("have" is the main verb).
 */
const POSSESSION = /^\s+(?:a|an|the|no|some|any|more|less|fewer|many|much|little|several|his|her|its|their|our|your|my|this|that|these|those|on|in|for|over|upon|with)\b/i;
/** "appears to the senses", "appeared to him": "appear to" before a noun phrase means "is seen by", not "seems to". */
const SEEN_BY = /^\s+(?:the|a|an|his|her|their|its|our|your|my|this|that|these|those|him|her|them|us|me|you|many|most|some)\b/i;
/** "more likely to", "less likely than": a comparison of chances (a tendency, a statistic), not a guess. */
const COMPARED = /\b(?:more|less|as)\s+$/i;

/** `unverified`: hedges that mark a statement of fact as a guess ("probably", "may have been"). */
export const speculativeHedge = phraseRule({
  id: 'speculative-hedge',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; look for who has established it.`,
  skip: (ctx, start, end) => {
    const cue = ctx.text.slice(start, end);
    const after = ctx.text.slice(end, end + 12);
    if (/\bhave$/i.test(cue) && POSSESSION.test(after)) return true;
    if (/^appear(?:s|ed)?\s+to$/i.test(cue) && SEEN_BY.test(after)) return true;
    return /^likely$/i.test(cue) && COMPARED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 6), start));
  },
});
