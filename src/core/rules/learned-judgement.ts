import { cueList, editorialAlready, sentenceCues, sentenceJudgement, writerSpan } from '../scorer/sentence';
import type { Rule } from '../types';
import { makeFlag } from './helpers';

/**
 * The score above which a sentence of news is the writer's judgement. High on purpose: in reporting
 * judgement is rare and a false flag costs the reader's trust, and most of it carries a loaded word the
 * lexicon rules already catch. At 0.85 the scorer's cross-validated precision is 0.99 on our written
 * sentences and 0.74 on NewsSD-ENG's (npm run train prints the table it was chosen from).
 */
export const JUDGEMENT_THRESHOLD = 0.85;

/**
 * `editorial`: a sentence the learned scorer reads as the writer's own judgement, where no other
 * editorial rule has found a cue: argument without a loaded word ("The delay tells allies everything
 * about how little the promise was worth."). Never a named speaker's words: a sentence that is mostly
 * their quotation or reported speech is theirs.
 */
export const learnedJudgement: Rule = {
  id: 'learned-judgement',
  category: 'editorial',
  run(ctx) {
    if (editorialAlready(ctx)) return [];
    const p = sentenceJudgement(ctx);
    if (p < JUDGEMENT_THRESHOLD) return [];
    const span = writerSpan(ctx);
    if (!span) return [];
    const explanation = `The sentence reads as the writer’s judgement (scorer ${Math.round(p * 100)}%); strongest cues: ${cueList(sentenceCues(ctx))}.`;
    return [makeFlag(ctx, learnedJudgement, span.start, span.end, explanation)];
  },
};
