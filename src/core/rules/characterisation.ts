import traits from '../lexicons/character-traits.json';
import { alternation } from '../lexicon';
import type { Flag, Rule } from '../types';
import { isCapitalized } from '../words';
import { makeFlag, matchAll, wholeWords } from './helpers';

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
const PERSON_PRONOUNS = new Set(['he', 'she', 'they']);

/** `editorial`: the writer characterises a person ("Trump has been weak against Putin"). */
export const characterisation: Rule = {
  id: 'characterisation',
  category: 'editorial',
  run(ctx) {
    const flags: Flag[] = [];
    for (const m of matchAll(TRAIT_AFTER_SUBJECT, ctx)) {
      const subject = m.groups[1]!;
      const isPerson = PERSON_PRONOUNS.has(subject.toLowerCase()) || (isCapitalized(subject) && !/^(?:It|This|That|The|There)$/.test(subject));
      if (!isPerson) continue;
      flags.push(makeFlag(ctx, characterisation, m.start, m.end, `"${m.groups[0]}" characterises a person's character in the writer's voice; judge them by what they did.`));
    }
    for (const m of matchAll(DISPOSITION, ctx)) {
      flags.push(makeFlag(ctx, characterisation, m.start, m.end, `"${m.groups[0]}" is the writer's verdict on someone's disposition, not a reported fact.`));
    }
    return flags;
  },
};
