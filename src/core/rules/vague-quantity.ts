import type { Flag, Rule } from '../types';
import { vagueQuantities } from '../vague-quantities';
import { makeFlag } from './helpers';

/**
 * `attribution`, low confidence: a vague quantity where a number or names could stand ("many clubs",
 * "some scholars", "several tactics"; Wikipedia's weasel words). flags.md's vague attribution is a view
 * laundered through an unnamed group: where the uncounted group holds or voices one ("many experts
 * believe") the vague-attribution rule flags it; a quantity in plain reporting ("fire many rockets",
 * "sent some troops") is not one. What is left is for the reader to judge, so only the broad preset shows
 * it. Counted outlets and reports ("several outlets reported") are the sourcing rules' (unverified).
 */
export const vagueQuantity: Rule = {
  id: 'vague-quantity',
  category: 'attribution',
  run(ctx) {
    const flags: Flag[] = [];
    for (const q of vagueQuantities(ctx)) {
      if (q.view || q.plain) continue;
      const cue = ctx.text.slice(q.start, q.end);
      flags.push(makeFlag(ctx, vagueQuantity, q.start, q.end, `"${cue}": a vague quantity where a number or names could stand; the text does not say how many, or which.`));
    }
    return flags;
  },
};
