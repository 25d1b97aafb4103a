import lexicon from '../lexicons/speculative-hedges.json';
import { phraseRule } from './helpers';

/**
 * After "may have", a determiner starts a noun phrase: "may have a higher fat content" states what
 * something can possess, not a guess about what happened ("may have fled").
 */
const POSSESSION = /^\s+(?:a|an|the|no|some|any|more|less|fewer|many|much|little|several|his|her|its|their|our|your|my|this|that|these|those)\b/i;

/** `unverified`: hedges that mark a statement of fact as a guess ("probably", "may have been"). */
export const speculativeHedge = phraseRule({
  id: 'speculative-hedge',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; look for who has established it.`,
  skip: (ctx, _start, end) => /\bhave$/i.test(ctx.text.slice(end - 4, end)) && POSSESSION.test(ctx.text.slice(end, end + 12)),
});
