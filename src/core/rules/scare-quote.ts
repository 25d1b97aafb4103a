import { overlapping } from '../scorer/sentence';
import type { Flag, Rule } from '../types';
import { makeFlag } from './helpers';

/** Up to this many words in quotation marks with nobody quoted: the writer's distancing, not speech. */
const MAX_SCARE_WORDS = 3;

/**
 * `editorial`: scare quotes. A word or two in quotation marks that nobody is quoted as saying signals
 * the writer's doubt or contempt ("the so-called “referendum”") without arguing it.
 */
export const scareQuote: Rule = {
  id: 'scare-quote',
  category: 'editorial',
  run(ctx) {
    const flags: Flag[] = [];
    // Only the sentence's own quotations, found by a binary search: a walk through all of them for every
    // sentence is quadratic on a long page.
    for (const q of overlapping(ctx.quotations, ctx.sentence.start, ctx.sentence.end)) {
      if (q.start < ctx.sentence.start || q.end > ctx.sentence.end || q.speaker !== null) continue;
      const inner = ctx.text.slice(q.start + 1, q.end - 1).trim();
      const words = inner.split(/\s+/).filter(Boolean);
      // Titles of works and names are capitalised; scare quotes are ordinary words.
      if (words.length === 0 || words.length > MAX_SCARE_WORDS || /^\p{Lu}/u.test(inner) || /[.!?,]$/.test(inner)) continue;
      flags.push(makeFlag(ctx, scareQuote, q.start, q.end, `${ctx.text.slice(q.start, q.end)}: quotation marks that quote no one signal the writer's doubt without arguing it.`));
    }
    return flags;
  },
};
