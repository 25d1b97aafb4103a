import traits from '../lexicons/character-traits.json';
import { alternation } from '../lexicon';
import type { Flag, Rule } from '../types';
import { isCapitalized } from '../words';
import { endWords, firstWords, hasWordOf, makeFlag, matchAll, wholeWords } from './helpers';

const COPULA = `(?:(?:has|have|had)\\s+been|is|was|are|were|remains|remained|appears|appeared|seems|seemed|looks|looked|has\\s+proven|proved)`;
const DEGREE = `(?:(?:very|too|so|rather|increasingly|extremely|particularly|notoriously|remarkably)\\s+)?`;
const TRAIT_AFTER_SUBJECT = new RegExp(
  wholeWords(`([A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F.'\\u2019-]*)\\s+${COPULA}\\s+${DEGREE}(?:${alternation(traits)})`),
  'gi',
);
/** "showed no unwillingness to abandon allies": a verdict on someone's disposition. */
const DISPOSITION = new RegExp(
  wholeWords(`(?:show|shows|showed|shown|displayed|has\\s+shown)\\s+(?:no|little|little\\s+more\\s+than)\\s+(?:unwillingness|reluctance|hesitation|qualms|scruples)\\s+(?:to|about|in)`),
  'gi',
);
/**
 * "he is constantly abandoning", "they are forever complaining": the progressive with "always",
 * "constantly" or "forever" is English's way of passing a verdict on someone's habits (the speaker's
 * irritation or scorn), not a count of how often they did something. "was always going to" is a
 * forecast (the writer-prediction rule's), not a habit.
 */
const HABIT = new RegExp(
  wholeWords(`([A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F.'\\u2019-]*)\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:always|constantly|forever|continually|perpetually|endlessly|incessantly|eternally)\\s+(?!going\\b)[a-z]+ing`),
  'gi',
);
/** Cheap test before HABIT: most sentences have none of its adverbs. */
const HABIT_ADVERB = /\b(?:always|constantly|forever|continually|perpetually|endlessly|incessantly|eternally)\b/i;
const PERSON_PRONOUNS = new Set(['he', 'she', 'they']);
/** The words TRAIT_AFTER_SUBJECT and DISPOSITION cannot match without: most sentences have none. */
const TRAIT_WORDS = endWords(firstWords(traits.entries.map((e) => e.term)));
const DISPOSITION_WORDS = endWords(['unwillingness', 'reluctance', 'hesitation', 'qualms', 'scruples']);

/** `editorial`: the writer characterises a person ("Trump has been weak against Putin"). */
export const characterisation: Rule = {
  id: 'characterisation',
  category: 'editorial',
  run(ctx) {
    const flags: Flag[] = [];
    for (const m of hasWordOf(ctx, TRAIT_WORDS) ? matchAll(TRAIT_AFTER_SUBJECT, ctx) : []) {
      const subject = m.groups[1]!;
      const isPerson = PERSON_PRONOUNS.has(subject.toLowerCase()) || (isCapitalized(subject) && !/^(?:It|This|That|The|There)$/.test(subject));
      if (!isPerson) continue;
      flags.push(makeFlag(ctx, characterisation, m.start, m.end, `"${m.groups[0]}" characterises a person's character in the writer's voice; judge them by what they did.`));
    }
    for (const m of HABIT_ADVERB.test(ctx.sentence.text) ? matchAll(HABIT, ctx) : []) {
      const subject = m.groups[1]!;
      // "who is constantly abandoning": a relative clause about the person just named; an acronym
      // ("COVID is continually evolving") names a thing or a body, not a person with habits.
      const isPerson = PERSON_PRONOUNS.has(subject.toLowerCase()) || subject.toLowerCase() === 'who' || (isCapitalized(subject) && !/^(?:It|This|That|The|There)$/.test(subject) && !/^[A-Z]+$/.test(subject));
      if (!isPerson) continue;
      flags.push(makeFlag(ctx, characterisation, m.start, m.end, `"${m.groups[0]}" passes a verdict on someone's habits in the writer's voice, not a count of what they did.`));
    }
    for (const m of hasWordOf(ctx, DISPOSITION_WORDS) ? matchAll(DISPOSITION, ctx) : []) {
      flags.push(makeFlag(ctx, characterisation, m.start, m.end, `"${m.groups[0]}" is the writer's verdict on someone's disposition, not a reported fact.`));
    }
    return flags;
  },
};
