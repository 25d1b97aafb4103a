import sourceNouns from './lexicons/source-nouns.json';
import witnessNouns from './lexicons/witness-nouns.json';
import insiderNouns from './lexicons/insider-nouns.json';
import modifiers from './lexicons/source-modifiers.json';
import quantifiers from './lexicons/quantifiers.json';
import speechVerbs from './lexicons/speech-verbs.json';
import sourceVerbs from './lexicons/source-verbs.json';
import access from './lexicons/source-access.json';
import witnessVerbs from './lexicons/witness-verbs.json';
import { alternation, type Lexicon } from './lexicon';
import { endWords, firstWords, startsBefore, type Start } from './rules/helpers';
import type { RuleContext } from './types';

/**
 * Unnamed sources as noun phrases: who can be a source ("officials", "a resident", "intelligence
 * agencies"), how they are described without a name ("two senior U.S. officials", "a source close to the
 * matter"), and what a later "the official" refers back to. Shared by the anonymous-source rule (where a
 * source is introduced) and the unnamed-reference rule (where the text refers back to one).
 */

const terms = (l: Lexicon) => l.entries.map((e) => e.term);

/** Heads that take verbs of saying: every kind of unnamed source. */
export const SPEAKING_HEADS: readonly string[] = [...terms(sourceNouns), ...terms(witnessNouns), ...terms(insiderNouns)];
/** Heads that also take verbs of knowing and judging ("officials believe"): sources by position, not bystanders. */
export const KNOWING_HEADS: readonly string[] = [...terms(sourceNouns), ...terms(insiderNouns)];

const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');
export const SPEAKING_HEAD = `(?:${words(SPEAKING_HEADS)})`;
export const KNOWING_HEAD = `(?:${words(KNOWING_HEADS)})`;
export const SPEECH_VERB = `(?:${alternation(speechVerbs)})`;
/** What people on the ground pass on: verbs of saying, and of reporting what they saw or heard. */
export const WITNESS_VERB = `(?:${alternation(speechVerbs)}|${alternation(witnessVerbs)})`;
export const KNOWING_VERB = `(?:${alternation(sourceVerbs)}|${alternation(speechVerbs)})`;

/** Modifiers between a count and the noun: "two anonymous senior U.S. officials". */
const MAX_MODIFIERS = 4;
/** Modifiers may be joined: "U.S. and Russian officials", "US, Russian officials"; "ex-" makes one former ("ex-security guard"). */
export const MODIFIERS = `(?:(?:ex-)?(?:${alternation(modifiers)})(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)){0,${MAX_MODIFIERS}}`;
/**
 * After a count, up to two descriptive words of any kind stand before the noun ("one captured Ukrainian
 * soldier", "a local resident"); without a count only the listed modifiers do, so that "the war has
 * claimed" never reads as a source.
 */
const FREE_WORDS_AFTER_COUNT = 2;
export const COUNT = `(?:${alternation(quantifiers)})`;
/** Words that end a noun phrase's description: "one of those people" is a reference back, not "one … person". */
const NOT_DESCRIPTIVE = `(?!(?:of|the|those|these|them|his|her|their|its|our|who|that|which|and|or)\\b)`;
export const FREE_WORDS = `(?:${NOT_DESCRIPTIVE}[a-z][a-z-]*\\s+){0,${FREE_WORDS_AFTER_COUNT}}`;
export function nounPhrase(head: string): string {
  return `(?:${COUNT}\\s+${FREE_WORDS})?${MODIFIERS}${head}`;
}

/**
 * "close to the matter", "briefed on the talks": access vouched for instead of a name, with its object.
 * Before a verb the object is read lazily (up to the verb); at the end of a phrase, to the next punctuation.
 */
const ACCESS_PHRASE = `\\s+(?:${alternation(access)})`;
export const ACCESS = `(?:${ACCESS_PHRASE}(?:\\s+[^,.;:!?"“”()\\n]{1,60}?)?)`;
export const ACCESS_TO_END = `(?:${ACCESS_PHRASE}(?:\\s+[^,.;:!?"“”()\\n]{1,60})?)`;
/** "a resident of Novoazovsk in southeastern Ukraine said": where the source is from. */
const PLACE_WORD = `(?!(?:was|were|is|are|have|has|had|been|be)\\b)[^\\s,.;:!?"“”()]+`;
/** Up to six words after the preposition ("in the southern Russian region of Krasnodar"), none of them an auxiliary (a verb phrase would have begun). */
const PLACE_WORDS = 6;
export const WHERE_FROM = `(?:\\s+(?:of|in|within|inside|from|at|on|to|with|near)(?:\\s+${PLACE_WORD}){1,${PLACE_WORDS}}?)`;
/**
 * A restrictive relative clause that says who the unnamed person is by what they do or where they live,
 * without commas: "a woman who lives nearby said", "a man who survived the strike told". Only verbs of
 * living, working and going through events: "a man who said" is itself a verb of saying.
 */
const RELATIVE_VERBS = 'lives|lived|live|works|worked|work|fled|survived|lost|serves|served|fought|stayed|remained|escaped|was|were|is|are|has|had|have';
/** A relative clause of a few words: "who lives on the fifth floor of the block" has six after its verb. */
const RELATIVE_WORDS = 6;
export const RELATIVE = `(?:\\s+who\\s+(?:${RELATIVE_VERBS})(?:\\s+[^\\s,.;:!?"“”()]+){0,${RELATIVE_WORDS}}?)`;
/**
 * An aside between the source and its verb: "A man, who said he was a volunteer, said", "U.S. officials,
 * relying on satellite images, also suggested".
 */
export const ASIDE = `(?:\\s*,\\s*(?:who|whose|speaking|relying|citing|referring|according|briefed|familiar|however|though|including|like)\\b[^,;:!?"“”\\n]{0,100},)`;
/**
 * Auxiliaries and adverbs that may stand between the source and its verb. Not "is", "are", "was", "were":
 * "officials were told", "the people are said to" are passives, where the noun is not the one speaking;
 * "the officials were quoted as saying" is the one passive whose subject speaks; and before a verb in
 * -ing they make the progressive, where the noun speaks ("Kyiv sources are claiming").
 */
export const BETWEEN = `(?:(?:have|has|had|also|reportedly|previously|privately|repeatedly|separately|later|as|then|further|now|(?:was|were)\\s+quoted\\s+as|(?:is|are|was|were)(?=\\s+[a-z]+ing\\b))\\s+){0,3}`;

/** One lemma for the singular and plural of a head: what "the officials" and "two senior officials" share. */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  if (w === 'people' || w === 'persons') return 'person';
  if (w === 'men') return 'man';
  if (w === 'women') return 'woman';
  if (w.endsWith('nesses')) return w.slice(0, -2);
  if (w === 'agencies') return 'agency';
  const s = w.replace(/^advisor/, 'adviser');
  return s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s;
}

/** True for a plural head ("officials", "people"). */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  return w === 'people' || w === 'men' || w === 'women' || (w.endsWith('s') && !w.endsWith('ss'));
}

/** Every form in SPEAKING_HEADS of a lemma ("official" → official, officials). */
export function formsOf(lemma: string): string[] {
  return SPEAKING_HEADS.filter((h) => lemmaOf(h) === lemma);
}

const HEAD_WORDS = endWords(SPEAKING_HEADS);
/**
 * A source phrase starts at most this many words before its noun: "according to two anonymous senior U.S. officials",
 * "reported to The New York Times (NYT) by two US defense officials".
 */
const WORDS_BEFORE_HEAD = 12;

/**
 * Where a source phrase may start in the sentence (offsets into it): a few words before each source noun.
 * Sentences without one have none.
 */
export function headStarts(ctx: RuleContext): Start[] {
  return startsBefore(ctx, HEAD_WORDS, WORDS_BEFORE_HEAD);
}

/** The words a source noun phrase can start with: a count, a modifier or the noun. */
export const NOUN_PHRASE_FIRST = firstWords(terms(quantifiers), terms(modifiers), SPEAKING_HEADS);
