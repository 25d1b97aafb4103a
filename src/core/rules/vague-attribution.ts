import groups from '../lexicons/unnamed-groups.json';
import groupModifiers from '../lexicons/group-modifiers.json';
import beliefVerbs from '../lexicons/belief-verbs.json';
import impersonal from '../lexicons/impersonal-attribution.json';
import { alternation, PhraseMatcher } from '../lexicon';
import type { Flag, Rule, RuleContext } from '../types';
import { isCapitalized } from '../words';
import { DETERMINERS, makeFlag, matchAll, sentenceRuns, wholeWords, wordBefore } from './helpers';

/** Modifiers before the group: "some military experts". */
const MAX_MODIFIERS = 2;
const GROUP_SUBJECT = new RegExp(
  wholeWords(
    `(?:(?:according\\s+to)\\s+)?(?:(?:${alternation(groupModifiers)})\\s+){0,${MAX_MODIFIERS}}(?:${alternation(groups)})` +
      `\\s+(?:(?:have|has|had|also|increasingly|privately|openly|now|long|already|will|would|may|might|widely|generally|largely|often)\\s+){0,2}` +
      `(?:${alternation(beliefVerbs)})`,
  ),
  'gi',
);
/** "Some scholars argue", "many diplomats fear": a count instead of a name, whatever the noun. */
const QUANTIFIED_GROUP = new RegExp(
  wholeWords(
    `(?:some|many|most|several|numerous|various)\\s+(?:[a-z-]+\\s+)?[a-z]+s` +
      `\\s+(?:(?:have|has|had|also|privately|openly|now|long|already|widely|generally)\\s+){0,2}(?:${alternation(beliefVerbs)})`,
  ),
  'gi',
);
const ACCORDING_TO_GROUP = new RegExp(
  wholeWords(`according\\s+to\\s+(?:(?:${alternation(groupModifiers)})\\s+){0,${MAX_MODIFIERS}}(?:${alternation(groups)})`),
  'gi',
);
/** Quantifiers that are groups only in subject position: "some say", not "leave many questions". */
const BARE_QUANTIFIERS = /^(?:according\s+to\s+)?(?:some|many|most|others|people|few)\b/i;
/** What may precede a subject: the sentence start, punctuation, or a conjunction. */
const SUBJECT_POSITION = /(?:^|[,;:(\u2014\u2013"\u201C]|\b(?:and|but|while|though|although|as|that|where|because|yet|so|since|when))\s*$/i;
/** Capitalised at a sentence start, these words are not institutions: "But experts warn". */
const FUNCTION_WORDS = new Set(['but', 'and', 'yet', 'still', 'however', 'now', 'meanwhile', 'so', 'while', 'as', 'though', 'although', 'because', 'since', 'when', 'if', 'even', 'indeed', 'also', 'today', 'here', 'there', 'instead', 'otherwise', 'then']);
const GENERIC_MODIFIERS = new Set(groupModifiers.entries.map((e) => e.term));
const impersonalMatcher = new PhraseMatcher(impersonal.entries);

/** A passive's agent that names someone, right after the verb or after its complement, in the same clause. */
const NAMED_AGENT = /^[^,;:.()]*?\bby\s+(?:the\s+)?[A-Z]/;

/**
 * "If a party holds seats in four states, it is considered a national party": with a condition in the
 * sentence, "considered"/"deemed" states what counts as what under a rule, not an opinion someone holds.
 */
const COUNTS_AS = /^(?:is|are|was|were|be|been)\s+(?:considered|deemed)$/i;
const CONDITION = /\b(?:if|unless)\b/i;

/** How far back the subject checks look: a few words, never the whole (possibly huge) sentence. */
const LOOK_BEHIND_CHARS = 80;

/** The text just before `pos` in its sentence; it starts with "^" semantics only at the sentence start. */
function lookBehind(ctx: RuleContext, pos: number): string {
  const from = Math.max(ctx.sentence.start, pos - LOOK_BEHIND_CHARS);
  // A cut-off look-behind must not look like a sentence start to the "^" of SUBJECT_POSITION.
  return (from > ctx.sentence.start ? '\u0001' : '') + ctx.text.slice(from, pos);
}

/** `attribution`: a view laundered through an unnamed group ("critics warn", "it is widely expected"). */
export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  category: 'attribution',
  run(ctx) {
    const flags: Flag[] = [];
    const spans: { start: number; end: number; why: string }[] = [];
    for (const re of [GROUP_SUBJECT, QUANTIFIED_GROUP, ACCORDING_TO_GROUP]) {
      for (const m of matchAll(re, ctx)) {
        const prev = wordBefore(ctx.text, m.start, ctx.sentence.start).toLowerCase();
        // "the analysts said" refers back to people the text may have named.
        if (DETERMINERS.has(prev)) continue;
        // "ISW analysts say": a named institution qualifies the group (not "However, experts warn").
        const before = lookBehind(ctx, m.start);
        const qualifier = /([\p{L}\p{N}.'\u2019-]+)\s+$/u.exec(before)?.[1];
        if (qualifier && isCapitalized(qualifier) && !GENERIC_MODIFIERS.has(qualifier.toLowerCase()) && !FUNCTION_WORDS.has(qualifier.toLowerCase())) continue;
        if (BARE_QUANTIFIERS.test(m.groups[0]) && !/^according/i.test(m.groups[0]) && !SUBJECT_POSITION.test(lookBehind(ctx, m.start))) continue;
        spans.push({ start: m.start, end: m.end, why: 'the view is put in the mouths of people who are not named' });
      }
    }
    for (const m of impersonalMatcher.find(ctx.text, ctx.sentence.start, ctx.sentence.end, sentenceRuns(ctx))) {
      // "is considered by the Pentagon a threat": the judge is named.
      if (NAMED_AGENT.test(ctx.text.slice(m.end, Math.min(ctx.sentence.end, m.end + LOOK_BEHIND_CHARS)))) continue;
      if (COUNTS_AS.test(m.text) && CONDITION.test(ctx.sentence.text)) continue;
      spans.push({ start: m.start, end: m.end, why: m.entry.reason });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const s of spans) {
      if (s.start < lastEnd) continue;
      lastEnd = s.end;
      const cue = ctx.text.slice(s.start, s.end);
      flags.push(makeFlag(ctx, vagueAttribution, s.start, s.end, `"${cue}": ${s.why}, so you cannot tell who holds it or how many do.`));
    }
    return flags;
  },
};
