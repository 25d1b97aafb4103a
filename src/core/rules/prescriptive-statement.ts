import type { Flag, Rule } from '../types';
import { endWords, hasWordOf, insideSpeech, makeFlag, matchAll, wholeWords } from './helpers';

/** "must", "should", "ought to", "needs to": what someone ought to do, in the writer's voice. */
const DEONTIC = new RegExp(wholeWords(`(?:must|should|ought\\s+to|needs\\s+to|need\\s+to|has\\s+to|have\\s+to)(?:\\s+(?:not|never|also|now|finally|really|simply))?\\s+(?:be\\s+)?[a-z]+`), 'gi');
/** The words DEONTIC starts with: a sentence with none of them prescribes nothing. */
const DEONTIC_FIRST = endWords(['must', 'should', 'ought', 'needs', 'need', 'has', 'have']);
/** A sentence that reports what someone said or decided is not the writer's prescription. */
const REPORTED = /\b(?:said|says|saying|told|according to|warned|warning|argued|argues|arguing|insisted|insists?|insisting|stated|urged|urges|urging|demanded|demands|called for|calls for|calling for|wrote|writes|added|announced|noted|replied|believes?|thinks?|wants?|requires?|required|suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing|al|als)|advis(?:e|es|ed|ing)|recommend(?:s|ed|ing|ation|ations)?|assert(?:s|ed|ing)?|contend(?:s|ed|ing)?|maintain(?:s|ed|ing)?\s+that|(?:idea|view|notion|belief|argument|position|case)\s+that|law|rules?|treaty|agreement|deadline|ultimatum)\b/i;
/**
 * "if it should continue", "whether it should", "deciding what should be built": in a conditional or
 * an indirect question the modal weighs a possibility or asks, it does not prescribe. Looked for in
 * the clause before the modal (back to the last comma or semicolon).
 */
const OPEN_CLAUSE = /\b(?:if|whether|unless)\b[^,;:]*$/i;

/**
 * `editorial`: a prescription in the writer's own voice ("The West must do more", "this should be seen
 * as"): an opinion about what ought to happen, not a report of what did.
 */
export const prescriptiveStatement: Rule = {
  id: 'prescriptive-statement',
  category: 'editorial',
  run(ctx) {
    const flags: Flag[] = [];
    const modals = hasWordOf(ctx, DEONTIC_FIRST) ? matchAll(DEONTIC, ctx) : [];
    // The long REPORTED test only for the few sentences that have a modal.
    if (modals.length === 0 || REPORTED.test(ctx.sentence.text)) return flags;
    for (const m of modals) {
      if (insideSpeech(ctx, m.start, m.end)) continue;
      if (OPEN_CLAUSE.test(ctx.text.slice(ctx.sentence.start, m.start))) continue;
      flags.push(makeFlag(ctx, prescriptiveStatement, m.start, m.end, `"${m.groups[0]}" says what ought to happen, in the writer’s voice: an opinion, not a report.`));
    }
    return flags;
  },
};
