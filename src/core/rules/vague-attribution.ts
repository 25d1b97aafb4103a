import groups from '../lexicons/unnamed-groups.json';
import groupModifiers from '../lexicons/group-modifiers.json';
import beliefVerbs from '../lexicons/belief-verbs.json';
import impersonal from '../lexicons/impersonal-attribution.json';
import eventReports from '../lexicons/event-reports.json';
import { alternation, PhraseMatcher } from '../lexicon';
import type { Flag, Rule, RuleContext } from '../types';
import { vagueQuantities } from '../vague-quantities';
import { isCapitalized, words } from '../words';
import viewNouns from '../lexicons/view-nouns.json';
import witnessNouns from '../lexicons/witness-nouns.json';
import sourceNouns from '../lexicons/source-nouns.json';
import { anchored, determinerBefore, endWords, firstWords, hasWordOf, makeFlag, matchAll, namedAgentAfter, namedHolder, namedSpeech, sentenceRuns, startsBefore, wholeWords, type Start } from './helpers';
import surveyNouns from '../lexicons/survey-nouns.json';
import officialBodies from '../lexicons/official-bodies.json';
import informationNouns from '../lexicons/information-nouns.json';
import documentNouns from '../lexicons/document-nouns.json';
import articleNouns from '../lexicons/article-nouns.json';
import outletKinds from '../lexicons/outlet-kinds.json';

/** Modifiers before the group: "some military experts". */
const MAX_MODIFIERS = 2;
const GROUP = `(?:(?:${alternation(groupModifiers)})\\s+){0,${MAX_MODIFIERS}}(?:${alternation(groups)})`;
/**
 * Two groups joined ("Western analysts and politicians", "Ukrainian officials and Russia experts"), and a
 * short phrase after the group ("journalists of the publication"): still nobody named.
 */
const JOINED = `(?:\\s+(?:and|or)\\s+(?:[A-Za-z\\u00C0-\\u024F.'’-]+\\s+){0,2}?${GROUP})?(?:\\s+(?:of|in|at|from)\\s+(?:the\\s+)?[a-z]+)?`;
/** "…, including Michael Kofman,", "such as Germany and France": examples that name the group. */
const NAMED_EXAMPLES = /,\s*(?:including|such\s+as|like|among\s+them|notably)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}\p{Lu}/u;
/** How far after a group its named examples are looked for. */
const EXAMPLES_CHARS = 40;
/** "are considered war crimes under the Geneva Conventions", "is considered a suspect in the case". */
const UNDER_RULES = /^\s+(?:an?\s+)?suspects?\b|^[^,;]{0,60}?\bunder\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:law|laws|conventions?|rules|statutes?|code|decree|charter|treaty)\b/iu;
/** How far after "considered" the rule that makes it count is looked for. */
const RULES_CHARS = 80;
/** Polls and surveys: a group whose view a survey measured is counted, not vague ("a poll found"). */
const SURVEY_WORDS = endWords(surveyNouns.entries.map((e) => e.term));
/** After "agree": "to" and a noun phrase is consent ("agreed to the plan"); "to" and a verb is still a view ("agree to disagree" is rare). */
const CONSENT_AFTER = /^\s+to\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b/i;
/** How far after "agreed" the thing agreed to is looked for ("agreed to the plan"). */
const CONSENT_PEEK = 12;
/** A connective set off by commas between the group and its verb: "Others, however, claimed", "Some, though, argue". */
const CONNECTIVE = `(?:\\s*,\\s*(?:however|though|meanwhile|too|instead|in\\s+turn|for\\s+their\\s+part|on\\s+the\\s+other\\s+hand)\\s*,)?`;
const GROUP_SUBJECT = new RegExp(
  wholeWords(
    `(?:(?:according\\s+to)\\s+)?${GROUP}${JOINED}${CONNECTIVE}` +
      `\\s+(?:(?:have|has|had|also|increasingly|privately|openly|publicly|repeatedly|now|long|already|will|would|may|might|widely|generally|largely|often|did|do|does|not|never|still)\\s+){0,3}` +
      // "critics are warning", "experts were pointing to": the progressive, never the passive ("journalists were told").
      `(?:(?:are|were|been)\\s+(?=[a-z]+ing\\b))?(?:${alternation(beliefVerbs)})`,
  ),
  'iy',
);
/** A view voiced by a group, as a noun: "commentary from Western military experts", "warnings from analysts". */
const VIEW_NOUN_GROUP = new RegExp(wholeWords(`(?:${alternation(viewNouns)})\\s+(?:from|by|among)\\s+(?:the\\s+)?${GROUP}`), 'iy');
/** "Some scholars argue", "many diplomats fear": a count instead of a name, whatever the noun. */
const QUANTIFIED_GROUP = new RegExp(
  wholeWords(
    `(?:some|many|most|several|numerous|various)\\s+(?:[a-z-]+\\s+)?[a-z]+s${CONNECTIVE}` +
      `\\s+(?:(?:have|has|had|also|privately|openly|now|long|already|widely|generally)\\s+){0,2}(?:${alternation(beliefVerbs)})`,
  ),
  'iy',
);
const ACCORDING_TO_GROUP = new RegExp(wholeWords(`according\\s+to\\s+${GROUP}`), 'iy');
/**
 * "Not everyone in Brussels is convinced", "few in Washington believe", "not all allies share that view":
 * a view held, or doubted, by a part of a group that nobody counts or names.
 */
const UNCOUNTED_LEAD = String.raw`(?:not\s+(?:everyone|everybody|all)|few)`;
const UNCOUNTED_PART = new RegExp(
  String.raw`(?<![\w'’-])${UNCOUNTED_LEAD}(?:\s+(?:in|at|among|of)\s+[^,.;:!?"“”]{1,40}?|\s+[a-z]+s)?\s+(?:(?:is|are|was|were)\s+(?:convinced|persuaded|sure)|agree[sd]?|believe[sd]?|think|thinks|thought(?!\s+to\b)|share[sd]?|accept[sd]?|expect[sd]?)(?![\w'’-])`,
  'gi',
);
/** The words UNCOUNTED_PART starts with, tested on the sentence before the expression runs. */
const UNCOUNTED_START = new RegExp(String.raw`\b${UNCOUNTED_LEAD}\b`, 'i');
/** The last word of every group: a group phrase ends in one, so the patterns are tried only a few words before it. */
const GROUP_WORDS = endWords(groups.entries.map((e) => e.term.split(' ').at(-1)!));
const QUANTIFIER_WORDS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'numerous', 'various']);
const QUANTIFIER_END = endWords(QUANTIFIER_WORDS);
/** The words each pattern can start with. */
const GROUP_FIRST = firstWords(['according'], groupModifiers.entries.map((e) => e.term), groups.entries.map((e) => e.term));
const ACCORDING: ReadonlySet<string> = new Set(['according']);
const VIEW_NOUN_FIRST = firstWords(viewNouns.entries.map((e) => e.term));
/** A group phrase starts at most this many words before its noun: "commentary from Western military experts". */
const WORDS_BEFORE_GROUP = 5;
/** Quantifiers that are groups only in subject position: "some say", not "leave many questions". */
const BARE_QUANTIFIERS = /^(?:according\s+to\s+)?(?:some|many|most|others|people|few)\b/i;
/** What may precede a subject: the sentence start, punctuation, or a conjunction, then perhaps a sentence adverb ("But now some countries argue"). */
const SUBJECT_POSITION = /(?:^|[,;:(\u2014\u2013"\u201C]|\b(?:and|but|while|though|although|as|that|where|because|yet|so|since|when))(?:\s*\b(?:now|today|meanwhile|still|already|increasingly|instead|indeed|also)\b)*\s*$/i;
/** Capitalised at a sentence start, these words are not institutions: "But experts warn". */
const FUNCTION_WORDS = new Set(['but', 'and', 'yet', 'still', 'however', 'now', 'meanwhile', 'so', 'while', 'as', 'though', 'although', 'because', 'since', 'when', 'if', 'even', 'indeed', 'also', 'today', 'here', 'there', 'instead', 'otherwise', 'then']);
const GENERIC_MODIFIERS = new Set(groupModifiers.entries.map((e) => e.term));
/** "Zelensky's critics", "Buchanan's supporters": groups defined by whom they oppose or back, still nobody named. */
const POSSESSIVE = /['’]s?$/;
const RELATIONAL = /^(?:critics|opponents|detractors|supporters|sceptics|skeptics)\b/i;
/** "His critics", "their opponents": someone's critics, a group still unnamed, unlike "the critics" that refers back. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'whose']);
const impersonalMatcher = new PhraseMatcher(impersonal.entries);
/** States and institutions (official-bodies.json): "several countries condemned" reports official positions. */
const BODIES: ReadonlySet<string> = new Set(officialBodies.entries.map((e) => e.term));
function countsBodies(phrase: string): boolean {
  // Lower-case only: "many United States stamps" names a country, it does not count bodies.
  return words(phrase).some((w) => BODIES.has(w.text)) || PARTY_MEMBERS.test(phrase);
}
/**
 * "A growing number of Republican members of Congress oppose the aid": members of a named party hold a
 * position on record (votes, statements), which the reader can check; not a view laundered through nobody.
 */
const PARTY_MEMBERS = /\b(?:Republican|Democratic|GOP|Conservative|Labour|Tory)\s+(?:members|lawmakers|legislators|senators|representatives|MPs|deputies|leaders|politicians|candidates)\b/;
/**
 * Things that carry information, not people (information-nouns.json, and the last words of the lists of
 * documents, articles, outlets and polls): "many reports suggest", "according to some estimates",
 * "several news outlets have confirmed" count sources of a fact, which the unverified rules judge.
 */
const INFORMATION: ReadonlySet<string> = new Set(
  [informationNouns, documentNouns, articleNouns, outletKinds, surveyNouns].flatMap((l) => l.entries.map((e) => e.term.split(' ').at(-1)!)),
);
function countsInformation(phrase: string): boolean {
  return words(phrase).some((w) => INFORMATION.has(w.lower));
}

/** How many words after a quantifier its noun phrase may run ("several European governments"). */
const NOUN_PHRASE_WORDS = 4;
/** The quantity's noun phrase: its first few words, up to punctuation (the view phrase may stop before the noun). */
function nounPhraseAt(ctx: RuleContext, start: number, end: number): string {
  const upTo = Math.min(ctx.sentence.end, Math.max(end, start + 60));
  return ctx.text.slice(start, upTo).split(/[,.;:!?]/)[0]!.split(/\s+/).slice(0, NOUN_PHRASE_WORDS).join(' ');
}
/**
 * "Experts from the IAEA said", "analysts at ISW believe", "researchers with the Kyiv School of Economics":
 * a named institution after the group tells the reader whose people they are ("experts in Kyiv" is a place,
 * "critics of the Kremlin" are whom they oppose).
 */
const NAMED_AFTER_GROUP = /\b(?:at|with|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*)/gu;
function namedAfterGroup(phrase: string): boolean {
  // "from Western experts": a capitalised modifier of the group is no institution.
  return [...phrase.matchAll(NAMED_AFTER_GROUP)].some((m) => !GENERIC_MODIFIERS.has(m[1]!.toLowerCase()));
}
/**
 * "…, lawmakers said, citing the NIS", "experts say, quoting the ministry": the group passes on what a
 * named source said, which the reader can check, rather than a view of its own ("…, according to the Kyiv
 * Independent" only names who reports the group's view).
 */
const CITES_NAMED = /^\s*,?\s*(?:citing|quoting)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}?\p{Lu}/u;
/** How far after the group's verb the named source it cites is looked for. */
const CITES_CHARS = 60;
function citesNamed(ctx: RuleContext, end: number): boolean {
  return CITES_NAMED.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + CITES_CHARS)));
}

/** "was considered for closure", "is being considered for the post": deliberation, not a view. */
const DELIBERATED = /^\s+for\b/i;

/**
 * Not after "is thought to", "is said to": a "by" there belongs to the verb that follows ("are thought to
 * have been taken by surprise by the Ukrainian attack"), not to the passive of the view.
 */
const ENDS_IN_TO = /\bto$/i;

/**
 * "If a party holds seats in four states, it is considered a national party": with a condition in the
 * sentence, "considered"/"deemed" states what counts as what under a rule, not an opinion someone holds.
 */
const COUNTS_AS = /^(?:is|are|was|were|be|been)\s+(?:considered|deemed)$/i;
const CONDITION = /\b(?:if|unless)\b/i;
/**
 * "can be considered military losses under the decree", "must be considered illegal", "the bill will be
 * considered next week": after a modal, "be considered/deemed" says what counts as what, or that something
 * will be deliberated, not a view some unnamed group holds.
 */
const MODAL_BEFORE = /\b(?:can|could|may|might|must|should|shall|will|would|cannot|['’]ll)\s+(?:not\s+|also\s+|still\s+)?$/i;
/** How far back the modal is looked for. */
const MODAL_CHARS = 24;
/**
 * "49 people are known to have died", "40 people are considered missing": the status of a toll as counted
 * so far (event-reports.json), not a view anybody holds.
 */
const STATUS_PASSIVE = /\b(?:known|considered|deemed)(?:\s+to(?:\s+(?:have|be))?)?$/i;
const TOLL_AFTER = new RegExp(`^(?:\\s+(?:have|has|be|been)){0,2}\\s+(?:${alternation(eventReports)})(?![\\w'’-])`, 'i');
/** How far after the passive the toll's word is looked for: "to have been killed". */
const TOLL_CHARS = 30;

/** How far back the subject checks look: a few words, never the whole (possibly huge) sentence. */
const LOOK_BEHIND_CHARS = 80;

/** The text just before `pos` in its sentence; it starts with "^" semantics only at the sentence start. */
function lookBehind(ctx: RuleContext, pos: number): string {
  const from = Math.max(ctx.sentence.start, pos - LOOK_BEHIND_CHARS);
  // A cut-off look-behind must not look like a sentence start to the "^" of SUBJECT_POSITION.
  return (from > ctx.sentence.start ? '\u0001' : '') + ctx.text.slice(from, pos);
}

/**
 * People who pass on what they saw, heard or were told (witness-nouns.json, source-nouns.json), and the
 * plain verbs of telling it: an unnamed source's account, which the anonymous-source rule flags as
 * unverified, not a view laundered through a group.
 */
const WITNESSES: ReadonlySet<string> = new Set([...witnessNouns.entries, ...sourceNouns.entries].map((e) => e.term));
const TELLING = new Set(['said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'added', 'recalled', 'described']);

/**
 * "People say", "many people believe": the public at large, with no more said of who they are, is the
 * classic unnamed group (the anonymous-source rule leaves it here); "local people said", "two people told"
 * are witnesses.
 */
const PUBLIC = new Set(['people', 'persons']);
const PUBLIC_COUNTS = new Set(['some', 'many', 'most', 'other']);

/** "Residents said", "some residents told the BBC", "several officials said": witnesses telling. */
function witnessTelling(phrase: string): boolean {
  const ws = words(phrase).map((w) => w.lower);
  if (!TELLING.has(ws.at(-1) ?? '')) return false;
  const head = ws.findIndex((w) => PUBLIC.has(w));
  if (head >= 0 && head <= 1 && ws.slice(0, head).every((w) => PUBLIC_COUNTS.has(w)) && !ws.some((w, i) => i !== head && WITNESSES.has(w))) return false;
  return ws.some((w) => WITNESSES.has(w));
}

/** "according to residents", "according to people familiar with the plan": an account from witnesses. */
function witnessAccount(phrase: string): boolean {
  const ws = words(phrase).map((w) => w.lower);
  return ws[0] === 'according' && WITNESSES.has(ws.at(-1) ?? '');
}

interface Found {
  start: number;
  end: number;
  why: string;
}

/** Groups as the subject of a view, counted groups, "according to" a group, a view noun from a group. */
function groupViews(ctx: RuleContext): Found[] {
  const spans: Found[] = [];
  const starts = startsBefore(ctx, GROUP_WORDS, WORDS_BEFORE_GROUP);
  const counted = startsBefore(ctx, QUANTIFIER_END, 0);
  const tries: [RegExp, readonly Start[], ReadonlySet<string>][] = [
    [GROUP_SUBJECT, starts, GROUP_FIRST],
    [QUANTIFIED_GROUP, counted, QUANTIFIER_WORDS],
    [ACCORDING_TO_GROUP, starts, ACCORDING],
    [VIEW_NOUN_GROUP, starts, VIEW_NOUN_FIRST],
  ];
  const slice = ctx.sentence.text;
  // Destructured by index: an array pattern in for-of reads each triple through an iterator (profiled garbage).
  for (const t of tries) {
    const re = t[0];
    for (const a of anchored(re, slice, t[1], t[2])) {
      const m = { start: ctx.sentence.start + a.start, end: ctx.sentence.start + a.end, groups: a.groups };
      // "the analysts said" refers back to people the text may have named; "his critics" are no one named.
      const determiner = determinerBefore(ctx.text, m.start, ctx.sentence.start);
      if (determiner && !(POSSESSIVE_DETERMINERS.has(determiner) && RELATIONAL.test(m.groups[0]))) continue;
      // "ISW analysts say": a named institution qualifies the group (not "However, experts warn").
      const before = lookBehind(ctx, m.start);
      const qualifier = /([\p{L}\p{N}.'\u2019-]+)\s+$/u.exec(before)?.[1];
      const whose = qualifier && POSSESSIVE.test(qualifier) && RELATIONAL.test(m.groups[0]);
      const q = qualifier?.toLowerCase() ?? '';
      if (qualifier && !whose && isCapitalized(qualifier) && !GENERIC_MODIFIERS.has(q) && !FUNCTION_WORDS.has(q) && !POSSESSIVE_DETERMINERS.has(q)) continue;
      if (BARE_QUANTIFIERS.test(m.groups[0]) && !/^according/i.test(m.groups[0]) && !SUBJECT_POSITION.test(lookBehind(ctx, m.start))) continue;
      if (re === VIEW_NOUN_GROUP && /^(?:concerns?|calls)\b/i.test(m.groups[0]) && !/\b(?:from|among)\b/i.test(m.groups[0])) continue;
      if (consent(ctx, m.groups[0], m.end) || namedExamples(ctx, m.start, m.end) || citesNamed(ctx, m.end)) continue;
      if ((re === GROUP_SUBJECT && namedAfterGroup(m.groups[0])) || (re === QUANTIFIED_GROUP && countsBodies(m.groups[0]))) continue;
      if (countsInformation(nounPhraseAt(ctx, m.start, m.end))) continue;
      // "Residents said they heard two explosions": witnesses telling what they saw, an unnamed source
      // (anonymous-source), not a view laundered through a group; "residents believe" still is one.
      if (witnessTelling(m.groups[0]) || witnessAccount(m.groups[0])) continue;
      spans.push({ start: m.start, end: m.end, why: 'the view is put in the mouths of people who are not named' });
    }
  }
  return spans;
}

/** A part of a group, uncounted and unnamed, that holds or doubts a view (UNCOUNTED_PART). */
function uncountedParts(ctx: RuleContext): Found[] {
  if (!UNCOUNTED_START.test(ctx.sentence.text)) return [];
  const spans: Found[] = [];
  for (const m of matchAll(UNCOUNTED_PART, ctx)) {
    // "a few believe" counts vaguely too; "the few who believe" refers back.
    if (determinerBefore(ctx.text, m.start, ctx.sentence.start) === 'the' || countsBodies(m.groups[0])) continue;
    spans.push({ start: m.start, end: m.end, why: 'the view is credited to a part of a group that is neither counted nor named' });
  }
  return spans;
}

/**
 * "Many military experts agree", "worries many in the West", "is regarded by some as": an uncounted group's view.
 * "Several residents told Reuters", "many people said": uncounted witnesses telling, an unnamed source's account.
 */
function quantityViews(ctx: RuleContext): Found[] {
  const spans: Found[] = [];
  for (const q of vagueQuantities(ctx)) {
    if (!q.view) continue;
    const phrase = ctx.text.slice(q.view.start, q.view.end);
    const nounPhrase = nounPhraseAt(ctx, q.start, q.view.end);
    if (witnessTelling(phrase) || consent(ctx, phrase, q.view.end) || namedExamples(ctx, q.view.start, q.view.end) || countsBodies(nounPhrase) || countsInformation(nounPhrase) || PARTY_MEMBERS.test(phrase)) continue;
    spans.push({ start: q.view.start, end: q.view.end, why: 'the view is put in the mouths of an uncounted, unnamed group' });
  }
  return spans;
}

/**
 * "was praised by critics", "is seen by many analysts as", "has been criticised by rights groups": a
 * passive of judging whose agent is an unnamed group. The verb may stand a few words before "by".
 */
const BY_GROUP = new RegExp(wholeWords(`by\\s+(?:(?:some|many|most|several|other|various)\\s+)?${GROUP}`), 'gi');
const JUDGING_BEFORE =
  /\b(?:regarded|seen|viewed|considered|thought|believed|perceived|described|hailed|praised|criticized|criticised|welcomed|condemned|questioned|dismissed|disputed|doubted|rejected|deemed|blamed|accused|derided|lauded|panned|acclaimed)(?:\s+[\w'’-]+){0,5}?\s*$/i;
/** How far before "by" the verb of judging is looked for. */
const JUDGING_CHARS = 60;

function passiveByGroup(ctx: RuleContext): Found[] {
  if (!hasWordOf(ctx, BY_WORD)) return [];
  const spans: Found[] = [];
  for (const m of matchAll(BY_GROUP, ctx)) {
    const before = ctx.text.slice(Math.max(ctx.sentence.start, m.start - JUDGING_CHARS), m.start);
    const verb = JUDGING_BEFORE.exec(before);
    if (!verb) continue;
    // "were criticised by the analysts" refers back; "by ISW analysts" names them.
    const group = m.groups[0].replace(/^by\s+/i, '');
    if (witnessTelling(group) || namedExamples(ctx, m.start, m.end)) continue;
    spans.push({ start: m.start - (before.length - verb.index), end: m.end, why: 'the judgement is credited to people who are not named' });
  }
  return spans;
}
const BY_WORD = endWords(['by']);

/** "Most members agreed to the plan": agreeing to something is an act of consent, not a view. */
function consent(ctx: RuleContext, phrase: string, end: number): boolean {
  return /\bagree[sd]?$/i.test(phrase) && CONSENT_AFTER.test(ctx.text.slice(end, end + CONSENT_PEEK));
}

/** "Many experts, including Michael Kofman, believe": the group is named by its examples. */
function namedExamples(ctx: RuleContext, start: number, end: number): boolean {
  return NAMED_EXAMPLES.test(ctx.text.slice(start, Math.min(ctx.sentence.end, end + EXAMPLES_CHARS)));
}

/** Passives and impersonal phrases that hide who holds the view ("it is believed", "is widely seen as"). */
function impersonalViews(ctx: RuleContext): Found[] {
  const spans: Found[] = [];
  // "Klymenko said the strike was so precise that it is suspected that …": an impersonal view inside a named
  // speaker's words is the speaker's, who is named.
  let spoken: { start: number; end: number }[] | null = null;
  for (const m of impersonalMatcher.find(ctx.text, ctx.sentence.start, ctx.sentence.end, sentenceRuns(ctx))) {
    spoken ??= namedSpeech(ctx);
    if (spoken.some((r) => r.start <= m.start && m.end <= r.end)) continue;
    // "is considered by the Pentagon a threat": the judge is named.
    if (!ENDS_IN_TO.test(m.text) && namedAgentAfter(ctx, m.end)) continue;
    if (namedHolder(ctx)) continue;
    if (COUNTS_AS.test(m.text) && countsAs(ctx, m.start, m.end, m.text)) continue;
    if (/considered$/i.test(m.text) && DELIBERATED.test(ctx.text.slice(m.end, m.end + 5))) continue;
    if (STATUS_PASSIVE.test(m.text) && TOLL_AFTER.test(ctx.text.slice(m.end, Math.min(ctx.sentence.end, m.end + TOLL_CHARS)))) continue;
    spans.push({ start: m.start, end: m.end, why: m.entry.reason });
  }
  return spans;
}

/**
 * "is considered" states what counts as what, not anybody's view: under a condition ("if a party holds
 * seats in four states, it is considered …"), after a modal ("can be considered losses"), under a law or a
 * convention ("are considered war crimes under the Geneva Conventions"), or of a suspect in a case.
 */
function countsAs(ctx: RuleContext, start: number, end: number, cue: string): boolean {
  if (CONDITION.test(ctx.sentence.text)) return true;
  if (/^be\s/i.test(cue) && MODAL_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - MODAL_CHARS), start))) return true;
  return UNDER_RULES.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + RULES_CHARS)));
}

/** `attribution`: a view laundered through an unnamed group ("critics warn", "it is widely expected"). */
export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  category: 'attribution',
  run(ctx) {
    // "Most Ukrainians oppose concessions, a poll found": the group's view is counted by a survey.
    const surveyed = hasWordOf(ctx, SURVEY_WORDS);
    const spans = [...(surveyed ? [] : [...groupViews(ctx), ...quantityViews(ctx), ...passiveByGroup(ctx), ...uncountedParts(ctx)]), ...impersonalViews(ctx)];
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const flags: Flag[] = [];
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
