import lexicon from '../lexicons/certainty-markers.json';
import { phraseRule } from './helpers';

/** Manner uses of "clearly" ("spoke clearly", "clearly visible") describe, they do not assert. */
const MANNER_CONTEXT = /^\s+(?:visible|marked|labell?ed|defined|audible|seen|legible|identified|stated|written)\b/i;

/** `editorial`: the writer declares something certain or self-evident instead of showing it. */
export const certaintyMarker = phraseRule({
  id: 'certainty-marker',
  category: 'editorial',
  lexicon,
  explain: (cue, entry) => `"${cue}" ${entry.reason} in the writer's own voice; the text does not show the evidence.`,
  skip: (ctx, start, end) =>
    /^clearly$/i.test(ctx.text.slice(start, end)) && MANNER_CONTEXT.test(ctx.text.slice(end, end + 20)),
});
