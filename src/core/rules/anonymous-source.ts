import nouns from '../lexicons/source-nouns.json';
import modifiers from '../lexicons/source-modifiers.json';
import quantifiers from '../lexicons/quantifiers.json';
import speechVerbs from '../lexicons/speech-verbs.json';
import { alternation } from '../lexicon';
import type { Flag, Rule } from '../types';
import { DETERMINERS, makeFlag, matchAll, wholeWords, wordBefore } from './helpers';

/** Modifiers between a count and the noun: "two anonymous senior U.S. officials". */
const MAX_MODIFIERS = 4;

const NOUN_PHRASE =
  `(?:(?:${alternation(quantifiers)})\\s+)?` +
  `(?:(?:${alternation(modifiers)})\\s+){0,${MAX_MODIFIERS}}` +
  `(?:${alternation(nouns)})`;
/** Adverbs and auxiliaries that may stand between the source and its verb. */
const BETWEEN = `(?:(?:have|has|had|also|reportedly|previously|privately|repeatedly|separately|later|were|was|are|is)\\s+){0,3}`;
const FAMILIAR = `(?:\\s+(?:familiar|knowledgeable)\\s+with\\s+[^,.;:\\n]{1,60})?`;

/** `named`: the source phrase may be a title followed by a name ('according to spokesman John Kirby'). */
const PATTERNS: { re: RegExp; why: string; titleBeforeName?: boolean }[] = [
  {
    re: new RegExp(wholeWords(`${NOUN_PHRASE}${FAMILIAR},?\\s+${BETWEEN}(?:${alternation(speechVerbs)})`), 'gi'),
    why: 'the people making or confirming this claim are not named',
  },
  {
    re: new RegExp(wholeWords(`according\\s+to\\s+${NOUN_PHRASE}${FAMILIAR}`), 'gi'),
    why: 'the claim is attributed to people who are not named',
    titleBeforeName: true,
  },
  {
    re: new RegExp(wholeWords(`(?:confirmed|reported|disclosed|revealed)\\s+by\\s+${NOUN_PHRASE}`), 'gi'),
    why: 'the confirmation comes from people who are not named',
    titleBeforeName: true,
  },
  {
    re: new RegExp(
      wholeWords(`(?:people|persons?|sources?|officials?|those)\\s+(?:familiar|knowledgeable)\\s+with(?:\\s+(?:the|this|these|his|her|their)\\s+[A-Za-z\\u00C0-\\u024F-]+)?`),
      'gi',
    ),
    why: '"familiar with" stands in for a source the reader cannot identify',
  },
  {
    re: new RegExp(
      wholeWords(
        `(?:on|under)\\s+(?:the\\s+)?condition\\s+of\\s+anonymity|(?:asked|requested|declined|wished)\\s+not\\s+to\\s+be\\s+(?:named|identified)|(?:was|were)\\s+not\\s+authori[sz]ed\\s+to\\s+(?:speak|comment)(?:\\s+publicly)?|an\\s+insider`,
      ),
      'gi',
    ),
    why: 'the source is deliberately kept anonymous',
  },
];

const NAME_FOLLOWS = /^,?\s+\p{Lu}/u;
const EXPLICITLY_ANONYMOUS = /\b(?:anonymous|unnamed|unidentified)\b/i;

/** `unverified`: anonymous or unnamed sourcing ("two anonymous U.S. officials", "sources suggest"). */
export const anonymousSource: Rule = {
  id: 'anonymous-source',
  category: 'unverified',
  run(ctx) {
    const flags: Flag[] = [];
    const taken: { start: number; end: number }[] = [];
    for (const { re, why, titleBeforeName } of PATTERNS) {
      for (const m of matchAll(re, ctx)) {
        if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
        const cue = m.groups[0];
        // "the official said" points back to someone the text may have named already.
        const prev = wordBefore(ctx.text, m.start, ctx.sentence.start).toLowerCase();
        if (DETERMINERS.has(prev) && !EXPLICITLY_ANONYMOUS.test(cue)) continue;
        // "according to Pentagon spokesman John Kirby": a name follows the title.
        if (titleBeforeName && NAME_FOLLOWS.test(ctx.text.slice(m.end, m.end + 3))) continue;
        taken.push(m);
        flags.push(makeFlag(ctx, anonymousSource, m.start, m.end, `"${cue}": ${why}, so the reader cannot check them.`));
      }
    }
    return flags;
  },
};
