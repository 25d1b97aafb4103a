import type { Flag, Rule } from '../types';
import { insideSpeech, makeFlag, matchAll, wholeWords } from './helpers';

/** "must", "should", "ought to", "needs to": what someone ought to do, in the writer's voice. */
const DEONTIC = new RegExp(wholeWords(`(?:must|should|ought\\s+to|needs\\s+to|need\\s+to|has\\s+to|have\\s+to)(?:\\s+(?:not|never|also|now|finally|really|simply))?\\s+(?:be\\s+)?[a-z]+`), 'gi');
/** A sentence that reports what someone said or decided is not the writer's prescription. */
const REPORTED = /\b(?:said|says|told|according to|warned|argued|insisted|stated|urged|demanded|called for|wrote|added|announced|noted|believes?|thinks?|wants?|requires?|required|law|rules?|treaty|agreement|deadline|ultimatum)\b/i;

/**
 * `editorial`: a prescription in the writer's own voice ("The West must do more", "this should be seen
 * as"): an opinion about what ought to happen, not a report of what did.
 */
export const prescriptiveStatement: Rule = {
  id: 'prescriptive-statement',
  category: 'editorial',
  run(ctx) {
    const sentence = ctx.sentence.text;
    if (REPORTED.test(sentence)) return [];
    const flags: Flag[] = [];
    for (const m of matchAll(DEONTIC, ctx)) {
      if (insideSpeech(ctx, m.start, m.end)) continue;
      flags.push(makeFlag(ctx, prescriptiveStatement, m.start, m.end, `"${m.groups[0]}" says what ought to happen, in the writer’s voice: an opinion, not a report.`));
    }
    return flags;
  },
};
