import lexicon from '../lexicons/certainty-markers.json';
import type { Rule } from '../types';
import { makeFlag, matchAll, phraseRule, wholeWords } from './helpers';

/** Manner uses of "clearly" ("spoke clearly", "clearly visible") describe, they do not assert. */
const MANNER_CONTEXT = /^\s+(?:visible|marked|labell?ed|defined|audible|seen|legible|identified|stated|written)\b/i;

const phrases = phraseRule({
  id: 'certainty-marker',
  category: 'editorial',
  lexicon,
  explain: (cue, entry) => `"${cue}" ${entry.reason} in the writer's own voice; the text does not show the evidence.`,
  skip: (ctx, start, end) =>
    /^clearly$/i.test(ctx.text.slice(start, end)) && MANNER_CONTEXT.test(ctx.text.slice(end, end + 20)),
});

/**
 * "was so sudden", "has been so silent": "so" as an intensifier after a linking verb, with no measure
 * given, is the writer's emphasis. Not "so far", "so many", "so much", "so-called", nor "so slow that …"
 * (the result clause is the measure).
 */
const SO_INTENSIFIER = new RegExp(
  wholeWords(
    `(?:is|are|was|were|been|be|seem|seems|seemed|look|looks|looked|became|become|becomes|remain|remains|remained)\\s+(?:not\\s+)?so\\s+(?!(?:far|many|much|few|little|long|often|that|as|called|to|in|on|at|the|a|an)\\b)[a-z]{3,}(?!\\s+that\\b)`,
  ),
  'gi',
);

/** `editorial`: the writer declares something certain or self-evident instead of showing it. */
export const certaintyMarker: Rule = {
  ...phrases,
  run(ctx) {
    const flags = phrases.run(ctx);
    for (const m of /\bso\b/i.test(ctx.sentence.text) ? matchAll(SO_INTENSIFIER, ctx) : []) {
      if (flags.some((f) => f.start < m.end && m.start < f.end)) continue;
      flags.push(makeFlag(ctx, certaintyMarker, m.start, m.end, `"${m.groups[0]}": an intensifier in the writer's own voice; the text does not show how much.`));
    }
    return flags;
  },
};
