import type { Flag, Rule } from '../types';
import { makeFlag, matchAll, TRANSCRIPT_LINE } from './helpers';

/** One or more exclamation marks (with "?!" and "!!!" as one). */
const EXCLAMATION = /[!?]*![!?]*/g;

/**
 * `editorial`: an exclamation in the writer's own voice ("This is the income tax alone!"). News style
 * keeps exclamation marks to quotations; outside them the mark is the writer raising their voice.
 */
export const exclamation: Rule = {
  id: 'exclamation',
  category: 'editorial',
  run(ctx) {
    if (!ctx.sentence.text.includes('!') || TRANSCRIPT_LINE.test(ctx.sentence.text)) return [];
    const flags: Flag[] = [];
    for (const m of matchAll(EXCLAMATION, ctx)) {
      // Inside any quotation, however short ("“Glory to Ukraine!”"), the exclamation is someone else's.
      if (ctx.quotations.some((q) => q.start <= m.start && m.end <= q.end)) continue;
      // "the 'a-ha!' moment": a closing quotation mark right after it (single quotes are not tracked as quotations).
      if (/^['’”"]/.test(ctx.text.slice(m.end, m.end + 1))) continue;
      flags.push(makeFlag(ctx, exclamation, m.start, m.end, 'An exclamation mark in the writer’s own voice: the writer raises their voice instead of letting the facts speak.'));
    }
    return flags;
  },
};
