import quantifiers from '../lexicons/vague-quantifiers.json';
import eventReports from '../lexicons/event-reports.json';
import exceptions from '../lexicons/vague-quantity-exceptions.json';
import { alternation, WORD_CHAR, wordSet } from '../lexicon';
import type { Flag, Rule } from '../types';
import { insideSpeech, makeFlag, matchAll, wholeWords, wordBefore } from './helpers';

/**
 * The quantifier, an optional "of the/these/his…", and the word it counts: "many clubs", "some of his
 * works". The counted word is part of the cue so that the reader sees what is left uncounted.
 */
const VAGUE = new RegExp(
  wholeWords(
    `(${alternation(quantifiers)})\\s+(?:(of\\s+(?:them|whom|these|those))(?![\\w'’-])|((?:of\\s+(?:the|his|her|its|their|our)\\s+)?)([A-Za-z\\u00C0-\\u024F][\\w\\u00C0-\\u024F'’-]*))`,
  ),
  'gi',
);
const EXCEPTIONS = wordSet(exceptions);
/** Words before a quantifier that make it a question, a comparison or a superlative: "how many", "the most". */
const NOT_A_CLAIM_BEFORE = new Set(['how', 'the', 'at', 'as', 'for']);
/** After a possessive, "most" makes a superlative: "his most famous work". */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'this', 'that']);
/**
 * Verbs of containing: after them a quantity describes what something holds ("the complex houses many
 * pavilions", "sprinkled with many lawns"), an inventory rather than a claim about who or how many.
 */
const CONTAINS = new Set(['has', 'have', 'had', 'having', 'contains', 'contained', 'containing', 'includes', 'included', 'including', 'houses', 'housed', 'features', 'featured', 'featuring', 'comprises', 'comprised', 'offers', 'offered', 'offering', 'with']);

/**
 * "some" and "most" also measure amounts ("some disagreement", "most of the land") and "most" makes
 * superlatives ("most important"); they count people or things only before a plural.
 */
const MASS_CAPABLE = new Set(['some', 'most', 'certain']);
const PLURAL = /(?:[^su]s|people|men|children|them|these|those|who|whom)$/i;
/** How far a noun phrase runs after the quantifier: "some recent changes", "most radio stations". */
const NOUN_PHRASE_CHARS = 30;
/** A quantifier's noun comes within three words: "some (recent) (legal) changes". */
const NOUN_PHRASE_WORDS = 3;

/** True when one of the first few words of the phrase (before any punctuation) is a plural. */
function countsPlural(phrase: string): boolean {
  const head = phrase.split(/[,.;:()!?"“”]/)[0]!.split(/\s+/).slice(0, NOUN_PHRASE_WORDS);
  return head.some((w) => PLURAL.test(w));
}

/** Examples named or numbered right after the quantity answer "which ones?": "several castles, such as Alcázar", "several jubilees, such as the 300th". */
const NAMED_EXAMPLES = /^[^.;:]{0,60}?\b(?:such\s+as|including|like|notably|namely|among\s+them)\s+(?:the\s+)?[\p{Lu}\d]/u;
/** How far after the quantity the named examples are looked for. */
const EXAMPLES_WINDOW = 80;

/**
 * The quantity's clause reports what happened in an event ("several buildings were damaged", "some of the
 * drones were shot down", "many residents spent the night in metro stations"): breaking news that has not
 * been counted yet, and plain reporting of events, not a claim laundered through an unnamed group.
 */
const EVENT_REPORT = new RegExp(String.raw`^[^.;:!?]*?(?<!${WORD_CHAR})(?:${alternation(eventReports)})(?!${WORD_CHAR})`, 'i');
/** How far into its clause an event verb is looked for: "several buildings in the city centre were damaged". */
const EVENT_WINDOW = 60;

/** `attribution`: a vague quantity where a number or names belong ("many experts", "some reports"). */
export const vagueQuantity: Rule = {
  id: 'vague-quantity',
  category: 'attribution',
  run(ctx) {
    const flags: Flag[] = [];
    for (const m of matchAll(VAGUE, ctx)) {
      const quantifier = m.groups[1]!.toLowerCase().replace(/\s+/g, ' ');
      // "some of them": the pronoun counts people already in view, so the quantity itself is the cue.
      const ofPronoun = m.groups[2];
      const ofPhrase = m.groups[3] ?? '';
      const counted = ofPronoun ? 'them' : m.groups[4]!;
      const lowerCounted = counted.toLowerCase();
      // "some 300 troops": an approximate number is still a number.
      if (/^\d/.test(counted) || EXCEPTIONS.has(lowerCounted)) continue;
      const before = wordBefore(ctx.text, m.start, ctx.sentence.start).toLowerCase();
      if (NOT_A_CLAIM_BEFORE.has(before) || CONTAINS.has(before)) continue;
      // "most notably": an adverb's superlative, not a count; "its most famous": a superlative after a possessive.
      if (quantifier === 'most' && (/ly$/.test(lowerCounted) || POSSESSIVES.has(before))) continue;
      if (!ofPronoun && MASS_CAPABLE.has(quantifier) && !countsPlural(ctx.text.slice(m.end - counted.length, Math.min(ctx.sentence.end, m.end + NOUN_PHRASE_CHARS)))) continue;
      if (NAMED_EXAMPLES.test(ctx.text.slice(m.end, Math.min(ctx.sentence.end, m.end + EXAMPLES_WINDOW)))) continue;
      // The counted word itself may name the event's toll: "most of the dead".
      if (EVENT_REPORT.test(ctx.text.slice(m.end - counted.length, Math.min(ctx.sentence.end, m.end + EVENT_WINDOW)))) continue;
      if (insideSpeech(ctx, m.start, m.end)) continue;
      flags.push(
        makeFlag(
          ctx,
          vagueQuantity,
          m.start,
          m.end,
          `"${ctx.text.slice(m.start, m.end)}": a vague quantity where a number or names belong; the text does not say how many, or which.`,
        ),
      );
    }
    return flags;
  },
};
