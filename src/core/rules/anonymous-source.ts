import withheld from '../lexicons/withheld-names.json';
import ownAccounts from '../lexicons/own-accounts.json';
import witnessNouns from '../lexicons/witness-nouns.json';
import { alternation, PhraseMatcher } from '../lexicon';
import {
  ACCESS,
  ACCESS_TO_END,
  ASIDE,
  BETWEEN,
  COUNT,
  FREE_WORDS,
  KNOWING_HEAD,
  KNOWING_VERB,
  MODIFIERS,
  nounPhrase,
  SPEAKING_HEAD,
  SPEAKING_HEADS,
  SPEECH_VERB,
  WHERE_FROM,
  RELATIVE,
  WITNESS_VERB,
  headStarts,
  NOUN_PHRASE_FIRST,
} from '../sources';
import type { Flag, Rule, RuleContext } from '../types';
import access from '../lexicons/source-access.json';
import { anchored, DETERMINERS, determinerBefore, makeFlag, sentenceRuns, wholeWords, wordBefore, type Start } from './helpers';
import { isOutletName } from './relayed-report';

/**
 * After an inverted verb the source ends its clause ('…," said a senior official.', "said a senior official
 * on Monday"); "said three people were killed" reports what happened to them.
 */
const INVERTED_END = `(?=\\s*(?:[,.;:!?)"”\u2014\u2013]|$)|\\s+(?:on|in|at|who|familiar|close|briefed|speaking|after|during)\\b)`;

/** Adjectives by which a text says it withholds who its source is. */
const UNNAMING = ['unnamed', 'unidentified', 'undisclosed'];
/**
 * How many words may stand between such an adjective and the verb of its source: "an unnamed U.S.
 * Department of Defense official confirmed" has five.
 */
const UNNAMED_SOURCE_WORDS = 6;

/** Words that start the anonymity phrases ("on condition of anonymity", "not authorized to speak", "an insider"). */
const ANONYMITY_WORDS = new Set(['on', 'under', 'asked', 'requested', 'declined', 'refused', 'wished', 'was', 'were', 'an', ...UNNAMING]);

/** `named`: the source phrase may be a title followed by a name ('according to spokesman John Kirby'). */
const PATTERNS: { re: RegExp; why: string; first: ReadonlySet<string>; titleBeforeName?: boolean; anonymity?: boolean }[] = [
  {
    // "the Post reported, citing two officials", "quoting a senior commander"
    re: new RegExp(wholeWords(`(?:citing|quoting|cited|quoted)\\s+${nounPhrase(SPEAKING_HEAD)}${ACCESS_TO_END}?`), 'iy'),
    why: 'the claim rests on people who are not named',
    first: new Set(['citing', 'quoting', 'cited', 'quoted']),
    titleBeforeName: true,
  },
  {
    // "two anonymous U.S. officials confirmed", "a source close to the matter confirmed", "a resident of the town said"
    re: new RegExp(wholeWords(`${nounPhrase(SPEAKING_HEAD)}${ACCESS}?${WHERE_FROM}?${RELATIVE}?${ASIDE}?,?\\s*${BETWEEN}${WITNESS_VERB}`), 'iy'),
    why: 'the people making or confirming this claim are not named',
    first: NOUN_PHRASE_FIRST,
  },
  {
    // "U.S. and Russian officials believe", "Western intelligence agencies have information that"
    re: new RegExp(wholeWords(`${nounPhrase(KNOWING_HEAD)}${ACCESS}?${WHERE_FROM}?${ASIDE}?,?\\s*${BETWEEN}${KNOWING_VERB}`), 'iy'),
    why: 'the people credited with this knowledge or judgement are not named',
    first: NOUN_PHRASE_FIRST,
  },
  {
    re: new RegExp(wholeWords(`according\\s+to\\s+${nounPhrase(SPEAKING_HEAD)}${ACCESS_TO_END}?`), 'iy'),
    why: 'the claim is attributed to people who are not named',
    first: new Set(['according']),
    titleBeforeName: true,
  },
  {
    // "confirmed by two people", "reported to The New York Times by two US defense officials", "The Times
    // was told by a source"
    re: new RegExp(wholeWords(`(?:confirmed|reported|disclosed|revealed|told)(?:\\s+to\\s+[^,.;:!?]{1,50}?)?\\s+by\\s+${nounPhrase(SPEAKING_HEAD)}`), 'iy'),
    why: 'the confirmation comes from people who are not named',
    first: new Set(['confirmed', 'reported', 'disclosed', 'revealed', 'told']),
    titleBeforeName: true,
  },
  {
    // '"…," said a high-ranking NATO official.'
    re: new RegExp(wholeWords(`(?:said|says|added|wrote|noted|told\\s+[\\w.]+)\\s+${COUNT}\\s+${FREE_WORDS}${MODIFIERS}${SPEAKING_HEAD}${INVERTED_END}`), 'iy'),
    why: 'the speaker is described, not named',
    first: new Set(['said', 'says', 'added', 'wrote', 'noted', 'told']),
    titleBeforeName: true,
  },
  {
    // A headline's tag without an article: "Russia is running out of missiles, says US official". Only the
    // listed modifiers, and the tag ends the clause ("Kyiv said officials at the plant were safe" reports on them).
    re: new RegExp(wholeWords(`(?:says|say)\\s+${MODIFIERS}${SPEAKING_HEAD}(?=\\s*(?:[.;:!?)"”]|$))`), 'iy'),
    why: 'the speaker is described, not named',
    first: new Set(['says', 'say']),
    titleBeforeName: true,
  },
  {
    // A label line that gives the source: "Source: Ukrainska Pravda sources", "Source: sources in the army".
    re: new RegExp(wholeWords(`sources?:\\s+(?:[A-Za-z\\u00C0-\\u024F.'’-]+\\s+){0,4}?(?:sources|insiders)`), 'iy'),
    why: 'the source the text names is itself a group of unnamed sources',
    first: new Set(['source', 'sources']),
  },
  {
    // "sources close to the Kremlin", "a person briefed on it", "people familiar with the matter"
    re: new RegExp(wholeWords(`${SPEAKING_HEAD}\\s+(?:${alternation(access)})(?:\\s+(?:the|this|these|his|her|their|its)\\s+[A-Za-z\\u00C0-\\u024F-]+|\\s+it\\b)?`), 'iy'),
    why: 'access to the matter stands in for a source the reader cannot identify',
    first: new Set(SPEAKING_HEADS),
  },
  {
    re: new RegExp(
      wholeWords(
        `(?:on|under)\\s+(?:the\\s+)?condition\\s+of\\s+anonymity|(?:asked|requested|declined|wished)\\s+not\\s+to\\s+be\\s+(?:named|identified)|(?:declined|refused)\\s+to\\s+be\\s+(?:named|identified)|(?:was|were)\\s+not\\s+authori[sz]ed\\s+to\\s+(?:speak|comment)(?:\\s+publicly)?|an\\s+insider`,
      ),
      'iy',
    ),
    why: 'the source is deliberately kept anonymous',
    first: ANONYMITY_WORDS,
    anonymity: true,
  },
  {
    // "An unnamed U.S. Department of Defense official confirmed", "an unidentified military source told":
    // whoever the noun is, the text says it will not name them.
    re: new RegExp(wholeWords(`(?:${UNNAMING.join('|')})\\s+(?:[\\p{L}.'’-]+\\s+){1,${UNNAMED_SOURCE_WORDS}}?(?:later\\s+|also\\s+|has\\s+|have\\s+|had\\s+)?(?:said|says|told|tells|confirmed|added|claimed|reported|revealed|stated|disclosed)`), 'iuy'),
    why: 'the text says it does not name its source',
    first: new Set(UNNAMING),
    anonymity: true,
  },
];
const withheldMatcher = new PhraseMatcher(withheld.entries);

const NAME_FOLLOWS = /^,?\s+\p{Lu}/u;
/**
 * "Firefighters of the State Emergency Service": a capitalised word after a lower-case one begins a name,
 * so "State" there is no verb of saying (a title-case headline, "Officials Say", capitalises both words).
 */
/**
 * "denied targeting residents, claiming that …": after a comma an -ing verb opens a clause of the
 * sentence's subject, so the noun before the comma is an object, not the one speaking.
 */
const PARTICIPLE_AFTER_COMMA = /,\s*\p{L}+ing$/u;
const CAPITALISED_VERB = /(?<=\s\p{Ll}[\p{L}'’-]*\s+)\p{Lu}[\p{L}'’-]*$/u;
const EXPLICITLY_ANONYMOUS = /\b(?:anonymous|unnamed|unidentified|undisclosed)\b/i;
/** Words in -ing that describe an office ("incoming national security adviser"), not a verb of the sentence. */
const OFFICE_ING = '(?:incoming|outgoing|ruling|leading|acting|visiting|ranking|sitting|serving|governing)\\s';
/**
 * "John Kirby, a senior official, said", "Mike Waltz, President-elect Donald Trump's incoming national
 * security adviser, has warned": a name in apposition names the source (the phrase is closed by a comma too).
 */
const NAMED_APPOSITION = new RegExp(`(?<!\\b(?:in|at|on|from|to|near|of|for|In|At|On|From|Near)\\s)\\p{Lu}[\\p{L}.'’-]*,\\s*(?:(?!(?!${OFFICE_ING})\\p{L}+ing\\s)[\\p{L}.'’-]+\\s+){0,7}$`, 'u');
/**
 * "that officials believe": before a plural "that" joins a clause; only before a singular is it "that official".
 * "Both sources" refers back like "the sources".
 */
const SINGULAR_DETERMINERS = new Set(['this', 'that']);
/** Singular heads: capitalised inside a sentence they are an office ("National Security Advisor Says"), one identifiable holder. */
const SINGULAR_HEADS = new Set(SPEAKING_HEADS.filter((h) => !/s$/.test(h) && h !== 'people'));
/** The head noun of a matched source phrase: the last source word in it. */
const HEAD_IN_CUE = new RegExp(`(?<![\\w-])${SPEAKING_HEAD}(?![\\w-])`, 'gi');
const BARE_PUBLIC = /^(?:people|persons)\s+(?!familiar|knowledgeable|close|briefed|aware|involved|with|privy|in\s+the\s+know|who)/i;
/**
 * "Kyiv rejected those claims", "officials in those states": "those" right before a word that reads as a
 * verb of saying is a determiner before a noun. As a source, "those" needs what tells who they are:
 * "those familiar with the plans said", "those who were there said".
 */
const THOSE_AS_DETERMINER = /(?<![\p{L}'’-])those\s+[\p{L}'’-]+$/iu;
/** Possessive determiners: "its sources" are someone's sources. */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
/** Heads that are unnamed whoever they belong to: a body's "sources" or "insiders" are not its spokespeople. */
const UNNAMED_OWN_HEADS = /^(?:sources?|insiders?)\b/i;
/** Ordinals and counts between a determiner and the source ("the second source", "the two people"). */
const ORDINALS = new Set(['first', 'second', 'third', 'other', 'same', 'two', 'three', 'four', 'five']);
/** People on the ground (witness-nouns.json), who may tell of their own lives. */
const WITNESS_HEADS: ReadonlySet<string> = new Set(witnessNouns.entries.map((e) => e.term));
/**
 * "(a woman said) she's been sheltering", "(survivors told us) they had fled": the speaker's own account
 * of what they did or went through (own-accounts.json), told right after the verb of saying.
 */
const OWN_ACCOUNT = new RegExp(
  `^\\s*(?:that\\s+)?(?:she|he|they|i|we)(?:['’](?:s|re|d|ve|m))?\\s+(?:(?:has|have|had|is|are|was|were|been|am|still|just|now|also|all)\\s+){0,3}(?:${alternation(ownAccounts)})\\b`,
  'i',
);

/** True when a witness's words are their account of their own life, not a claim about the war. */
function ownAccount(ctx: RuleContext, c: { end: number; cue: string }): boolean {
  const head = [...c.cue.matchAll(HEAD_IN_CUE)].at(-1)?.[0].toLowerCase();
  return head !== undefined && WITNESS_HEADS.has(head) && OWN_ACCOUNT.test(ctx.text.slice(c.end, ctx.sentence.end));
}

/** A named country's or body's one highest office before a singular head: "Ukraine's top (commander)", "the army's most senior (officer)". */
const UNIQUE_OFFICE_BEFORE = /\p{Lu}[\p{L}.-]*['’]s\s+(?:top|chief|supreme|most\s+senior|highest-ranking)\s+(?:military\s+)?$/u;
/** How far back a name in apposition is looked for: the name, its comma and an office of a few words. */
const LOOK_BEHIND_CHARS = 100;

/** True when the source phrase is someone identifiable after all: an office, an outlet's own reporter, an apposed name. */
function identified(ctx: RuleContext, start: number, cue: string): boolean {
  const heads = [...cue.matchAll(HEAD_IN_CUE)];
  const head = heads.at(-1);
  if (!head) return false;
  const headAt = start + head.index!;
  // "Oleksandr Shtupun, Ukrainian General Staff spokesman, claiming": the name and its office, between commas.
  const before = ctx.text.slice(Math.max(ctx.sentence.start, headAt - LOOK_BEHIND_CHARS), headAt);
  if (NAMED_APPOSITION.test(before) && ctx.text[headAt + head[0].length] === ',') return true;
  // "National Security Advisor Says": a capitalised singular title, not at the sentence start.
  if (SINGULAR_HEADS.has(head[0].toLowerCase()) && /^\p{Lu}/u.test(head[0]) && /\p{L}/u.test(ctx.text.slice(ctx.sentence.start, headAt))) return true;
  // "Ukraine's top commander said": one office of a named country or body, held by one person.
  if (SINGULAR_HEADS.has(head[0].toLowerCase()) && UNIQUE_OFFICE_BEFORE.test(before)) return true;
  // "A Reuters eyewitness": the outlet's own reporter, named by the outlet; but "Ukrainska Pravda
  // sources" are the outlet's unnamed sources, like "its sources".
  if (UNNAMED_OWN_HEADS.test(head[0])) return false;
  const qualifier = /([\p{L}.'’&-]+)\s+$/u.exec(ctx.text.slice(Math.max(ctx.sentence.start, headAt - 30), headAt))?.[1];
  return qualifier !== undefined && /^\p{Lu}/u.test(qualifier) && isOutletName(qualifier);
}

const ANONYMITY_TRIGGERS = new Set(['anonymity', 'named', 'identified', 'authorized', 'authorised', 'insider', ...UNNAMING]);

/** Where the anonymity phrases may start, in a sentence that has one of their telling words. */
function anonymityStarts(ctx: RuleContext): Start[] {
  const runs = sentenceRuns(ctx);
  if (!runs.some((r) => ANONYMITY_TRIGGERS.has(r.lower))) return [];
  return runs.filter((r) => ANONYMITY_WORDS.has(r.lower)).map((r) => ({ at: r.start - ctx.sentence.start, word: r.lower }));
}

/** `unverified`: anonymous or unnamed sourcing ("two anonymous U.S. officials", "sources suggest"). */
export const anonymousSource: Rule = {
  id: 'anonymous-source',
  category: 'unverified',
  run(ctx) {
    const flags: Flag[] = [];
    const taken: { start: number; end: number }[] = [];
    const candidates: { start: number; end: number; why: string; titleBeforeName?: boolean; cue: string }[] = [];
    const heads = headStarts(ctx);
    const anonymity = anonymityStarts(ctx);
    const slice = ctx.sentence.text;
    for (const { re, why, first, titleBeforeName, anonymity: isAnonymity } of PATTERNS) {
      for (const m of anchored(re, slice, isAnonymity ? anonymity : heads, first)) {
        candidates.push({ start: ctx.sentence.start + m.start, end: ctx.sentence.start + m.end, why, titleBeforeName, cue: m.text });
      }
    }
    for (const m of withheldMatcher.find(ctx.text, ctx.sentence.start, ctx.sentence.end, sentenceRuns(ctx))) {
      candidates.push({ start: m.start, end: m.end, why: m.entry.reason, cue: m.text });
    }
    for (const c of candidates) {
      if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
      if (CAPITALISED_VERB.test(c.cue) || PARTICIPLE_AFTER_COMMA.test(c.cue)) continue;
      // "the official said" points back to someone the text may have named: the unnamed-reference rule's.
      let prev = wordBefore(ctx.text, c.start, ctx.sentence.start).toLowerCase();
      // "the second source", "the two people": the determiner stands before the ordinal or count.
      if (ORDINALS.has(prev)) prev = wordBefore(ctx.text, c.start - prev.length - 1, ctx.sentence.start).toLowerCase();
      // "Despite this, officials said": a comma ends the phrase the word belongs to.
      else if (prev && !determinerBefore(ctx.text, c.start, ctx.sentence.start) && prev !== 'both') prev = '';
      const plural = /s\b|people\b/i.test([...c.cue.matchAll(HEAD_IN_CUE)].at(-1)?.[0] ?? '');
      const definite = (DETERMINERS.has(prev) || prev === 'both') && !(SINGULAR_DETERMINERS.has(prev) && plural);
      // "its sources said", "their sources": an outlet's or a body's own sources, never named wherever they come.
      const ownSources = POSSESSIVES.has(prev) && UNNAMED_OWN_HEADS.test(c.cue);
      if (definite && !ownSources && !EXPLICITLY_ANONYMOUS.test(c.cue)) continue;
      // "according to Pentagon spokesman John Kirby": a name follows the title.
      if (c.titleBeforeName && NAME_FOLLOWS.test(ctx.text.slice(c.end, c.end + 3))) continue;
      if (!EXPLICITLY_ANONYMOUS.test(c.cue) && identified(ctx, c.start, c.cue)) continue;
      // "people say", "I hear people say": the public at large, whose views are vague attribution; a count
      // or a claim of access makes them sources ("two people familiar with the plans").
      if (BARE_PUBLIC.test(c.cue) || THOSE_AS_DETERMINER.test(c.cue)) continue;
      if (ownAccount(ctx, c)) continue;
      taken.push(c);
      flags.push(makeFlag(ctx, anonymousSource, c.start, c.end, `"${c.cue}": ${c.why}, so the reader cannot check them.`));
    }
    return flags;
  },
};
