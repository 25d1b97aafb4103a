import { isOpinion } from '../opinion';
import { cueList, editorialAlready, sentenceCues, sentenceJudgement, writerSpan } from '../scorer/sentence';
import type { Rule } from '../types';
import { makeFlag } from './helpers';

/**
 * The score above which a sentence of an opinion piece argues the writer's case: where the scorer's
 * even odds lie once the page is known to argue. It was trained on sentences that judge about 2 times
 * in 5; an opinion piece judges about 3 times in 5 (our labels of the tune split), which doubles the
 * odds of any sentence, so a score of 1/3 already means even odds. (News gets the higher bar of
 * learned-judgement: there judgement is rare, and a false flag costs the reader's trust.)
 */
export const OPINION_ARGUMENT_THRESHOLD = 0.35;

/**
 * `editorial`: in an opinion piece (the caller says so: analyze's genre option), the writer's
 * argumentative sentences that carry no loaded word: "Victory is the only exit strategy." In news the
 * same sentence needs the higher bar of learned-judgement. Never a named speaker's words.
 */
export const opinionArgument: Rule = {
  id: 'opinion-argument',
  category: 'editorial',
  run(ctx) {
    if (!isOpinion(ctx.genre)) return [];
    // Another rule's cue, or learned-judgement's higher bar, has the sentence already.
    if (editorialAlready(ctx) || ctx.earlier.some((f) => f.rule === 'learned-judgement')) return [];
    const p = sentenceJudgement(ctx);
    if (p < OPINION_ARGUMENT_THRESHOLD) return [];
    const span = writerSpan(ctx);
    if (!span) return [];
    const explanation = `In this opinion piece the sentence argues the writer’s case (scorer ${Math.round(p * 100)}%), without a loaded word; strongest cues: ${cueList(sentenceCues(ctx))}.`;
    return [makeFlag(ctx, opinionArgument, span.start, span.end, explanation)];
  },
};
