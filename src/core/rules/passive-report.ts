import lexicon from '../lexicons/passive-reports.json';
import { namedAgentAfter, namedHolder, phraseRule } from './helpers';

/**
 * "No casualties were reported", "none was reported killed": a passive that reports nothing passes no claim
 * on. The subject's "no" stands earlier in the same clause.
 */
const NOTHING_REPORTED = /(?:^|[^\p{L}])(?:no|none|nothing|neither)(?![\p{L}])[^,;:.!?]*$/iu;
/** How far back the subject's "no" is looked for: a short subject. */
const SUBJECT_CHARS = 60;
/**
 * "are thought to have been taken by surprise by the attack": after "… to have", a "by" belongs to the
 * verb that follows, not to the passive of hearsay.
 */
const TO_VERB = /\bto(?:\s+\S+)?$/i;
/** "was reported to the police": "to" before a noun phrase is where the report went, not a verb of what is said. */
const TO_SOMEONE = /^\s+(?:the|a|an|his|her|their|its|this|that|these|those|police|authorities|him|them|us|me)\b/i;
/** How far after "to" the someone it was said to is looked for ("reported to the newspaper"). */
const TO_SOMEONE_PEEK = 20;

/**
 * `unverified`: a passive of hearsay passes on a fact without saying who makes the claim ("the general
 * is said to have fled", "the drones are believed to have come from Iran", "it was reported that …",
 * "explosions were reported in Kyiv"): flags.md's "reportedly" in other words. Who holds a view is
 * hidden too, which the vague-attribution rule marks on the same words where they voice one ("is said
 * to", "it is believed"). The claim is not hearsay when the sentence names who makes it after all: an
 * agent ("were reported by the governor") or a named holder ("…, according to Yulia Zhdanova").
 */
export const passiveReport = phraseRule({
  id: 'passive-report',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; ask who says so and how they know.`,
  skip: (ctx, start, end) =>
    (/\bto$/i.test(ctx.text.slice(start, end)) && TO_SOMEONE.test(ctx.text.slice(end, end + TO_SOMEONE_PEEK))) ||
    (!TO_VERB.test(ctx.text.slice(start, end)) && namedAgentAfter(ctx, end)) ||
    namedHolder(ctx) ||
    NOTHING_REPORTED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - SUBJECT_CHARS), start)),
});
