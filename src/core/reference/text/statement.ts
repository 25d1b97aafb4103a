import clauseOpeners from '../../lexicons/reference-clause-openers.json';
import type { Polarity } from '../types';
import { anchorTerm, findAnchors, isParty, type Anchor } from './anchors';
import { clauseBreakBetween, findActs, type Act } from './acts';
import { monthOf } from './calendar';
import { kinStem } from './kin';
import { OPEN_ACT_PREFIX } from './open-acts';
import { eraOf, hasEraCue, modalityOf, scopeOf, type Era, type Scope } from './facets';
import { AMOUNT_WORDS, findMeasures, type Measure } from './measures';
import { isIrregularPast, startsWithDigit, tokenize, UNNUMBERED, type Token } from './tokens';
import type { Vocabulary } from './vocabulary';
import { reportedSpeech } from '../../reported';
import type { Sentence } from '../../types';

/**
 * One sentence read as a claim, whatever its subject: what it is about (anchors), what it says was
 * done (acts, each possibly denied), the quantities it states, its scope, the time it speaks of, and
 * the content words that identify it. The reference set stores these for its sentences; a page's
 * sentences are read the same way and compared.
 */
export type Mode = 'norm' | 'request' | 'occurrence';
export interface Statement {
  start: number;
  end: number;
  anchors: Anchor[];
  acts: Act[];
  measures: Measure[];
  /** Who does the claim's first act: the party named before it ("North Korea's deployment"), or after "by"; null when unclear. */
  agent: string | null;
  /** The claim is a named speaker's words ("…, the ministry said", a quotation), not the text's own. */
  attributed: boolean;
  /** A party's denial ("Peskov rejected blame for the attack"): that party's word against the others'. */
  denial: boolean;
  /** Of the claim's core: negative when its acts, taken together, are denied ("would not strike", "barred"). */
  polarity: Polarity;
  /** What kind of claim: a rule or commitment (allowed, pledged), a request, or something that happened. */
  mode: Mode;
  /** hypothetical ("if …"): no fact; possible ("may", "could"): cannot deny a fact; asserted. */
  modality: 'hypothetical' | 'possible' | 'asserted';
  era: Era;
  /** A word says it tells what was ("initially", "an earlier toll": reference-era.json), not a pluperfect alone ("had died"). Not stored. */
  toldAsEarlier: boolean;
  scope: Scope | null;
  /** Identifying terms: anchors (e:, t:), acts (a:), dimensions (d:), months and years (m:, y:) and content-word stems (w:). */
  terms: string[];
  question: boolean;
}

/** Acts that carry a claim's polarity: rules and events; speech acts ("warned", "confirmed") frame it. */
const CORE_FAMILIES = new Set(['deontic', 'event']);
const NORM_ACTS = new Set(['permit', 'commit']);

/** "will not use", "would send", "won't", "wouldn't", "is going to": a future act, stated as a commitment or policy. */
const FUTURE = new Set(['will', 'would', 'shall', "won't", 'won’t', 'wont', "wouldn't", 'wouldn’t', "shan't", 'shan’t']);

function isFuture(tokens: readonly Token[], act: Act): boolean {
  const before = tokens.slice(Math.max(0, act.from - 4), act.from).map((t) => t.norm);
  return before.some((w) => FUTURE.has(w)) || before.join(' ').includes('going to');
}

/**
 * A rule or commitment ("allowed", "pledged", "will not send", "may only use … in"), a request, or
 * something that happened. Future acts and acts limited to a place are rules of what may be done.
 */
function modeOf(tokens: readonly Token[], head: readonly Act[], scope: Scope | null): Mode {
  // "Zelensky asked for permission to strike": a request; "Biden sent tanks after lawmakers called for them": not.
  if (head[0]?.act === 'request') return 'request';
  if (head.some((a) => NORM_ACTS.has(a.act))) return 'norm';
  if (scope && (scope.kind === 'only' || scope.kind === 'except')) return 'norm';
  return head.some((a) => isFuture(tokens, a) || isBarred(tokens, a)) ? 'norm' : 'occurrence';
}

/** "Ukraine cannot use the missiles to strike deep inside Russia": an act denied by "cannot" is a rule of what may be done. */
const CANNOT = new Set(['cannot', "can't", 'can’t', 'cant']);

function isBarred(tokens: readonly Token[], act: Act): boolean {
  if (!act.negative) return false;
  const before = tokens.slice(Math.max(0, act.from - 3), act.from);
  return before.some((t, i) => CANNOT.has(t.norm) || (t.norm === 'can' && before[i + 1]?.norm === 'not'));
}

function polarityOf(head: readonly Act[]): Polarity {
  return head.filter((a) => a.negative).length % 2 === 1 ? 'negative' : 'positive';
}

/**
 * The acts of the claim itself: the rules and events of the first clause that has one. What follows
 * a comma ("…, saying the U.S. ban had made it impossible") is commentary, and an event named in
 * passing ("since the Russian invasion") is background.
 */
function headActs(text: string, tokens: readonly Token[], acts: readonly Act[]): Act[] {
  const clauses = coreClauses(text, tokens, acts);
  // "In clarifying what the U.S. would send, Biden said that …": an opening adverbial clause sets the
  // scene; the claim is in the clause after it.
  // The opening clause holds the first act only when no break comes before it ("On Saturday, a
  // missile hit …, killing 40" opens with a time, and its first act is the claim).
  const opening = clauses[0] && clauses.length > 1 && LEADING.has(tokens[0]?.norm ?? '') && !clauseBreakBetween(text, tokens, 0, clauses[0][0]!.from) && clauseBreakBetween(text, tokens, 0, clauses[1]![0]!.from);
  // "They will be used in Ukraine, but they will not be used on targets in Russia": the contrast is the point.
  const contrast = clauses.slice(1).find((c) => tokens[c[0]!.from - 1]?.norm === 'but' || precededByBut(tokens, c[0]!.from));
  return contrast ?? (opening ? clauses[1] : clauses[0]) ?? [];
}

/** The sentence's acts of rules and events, by clause, in order: the clauses one of which is the claim's head. */
function coreClauses(text: string, tokens: readonly Token[], acts: readonly Act[]): Act[][] {
  // A checked sentence's clauses are asked for twice, for its head (headActs) and for its other clauses
  // (clauseStatements), of the same words and acts: the latest answer is kept. No caller changes it.
  if (latestClauses && latestClauses.tokens === tokens && latestClauses.acts === acts && latestClauses.text === text) return latestClauses.clauses;
  const clauses = clausesOf(text, tokens, acts);
  latestClauses = { text, tokens, acts, clauses };
  return clauses;
}
let latestClauses: { text: string; tokens: readonly Token[]; acts: readonly Act[]; clauses: Act[][] } | null = null;

function clausesOf(text: string, tokens: readonly Token[], acts: readonly Act[]): Act[][] {
  const clauses: Act[][] = [];
  for (const a of acts) {
    if (!CORE_FAMILIES.has(a.family) || isEmbedded(tokens, a)) continue;
    const last = clauses.at(-1);
    if (last && !clauseBreakBetween(text, tokens, last[0]!.from, a.from)) last.push(a);
    else clauses.push([a]);
  }
  return clauses;
}

/**
 * "advocated for sending 60 HIMARS", "have soured on sending more aid", "split on allowing the use":
 * an act told as what someone argues for or about is not one the sentence says happened.
 */
function isEmbedded(tokens: readonly Token[], a: Act): boolean {
  const word = tokens[a.from]?.norm ?? '';
  // "decided against sending": a decision denies the act (reference-negators.json), it does not argue about it.
  if (word.endsWith('ing') && a.negatedFrom === undefined && EMBEDDING_PREPOSITIONS.has(tokens[a.from - 1]?.norm ?? '')) return true;
  // "requesting missile systems that can strike from longer ranges": what a thing is able to do
  // describes the thing; the request is for the systems.
  if (a.from > 0 && ABILITY_MODALS.has(tokens[a.from - 1]!.norm) && RELATIVES.has(tokens[a.from - 2]?.norm ?? '')) return true;
  // "weapons capable of striking deep within Russia", "the ability to strike": likewise.
  const link = tokens[a.from - 1]?.norm ?? '';
  if ((link === 'of' || link === 'to') && ABILITY_NOUNS.has(tokens[a.from - 2]?.norm ?? '')) return true;
  return describesAKind(tokens, a.from);
}

/**
 * "retaliate against countries that provide advanced weapons", "those who send troops": an act in the
 * present after a relative pronoun whose noun names any party of a kind (a plural with no determiner,
 * or "those", "anyone") says what such parties do, not what one of them did. Things are left out:
 * "rockets that hit deep behind the lines" may well be what was sent.
 */
function describesAKind(tokens: readonly Token[], from: number): boolean {
  const word = tokens[from]!.norm;
  if (!KIND_RELATIVES.has(tokens[from - 1]?.norm ?? '') || word.endsWith('ed') || isIrregularPast(word)) return false;
  const noun = tokens[from - 2]?.norm ?? '';
  if (KIND_PRONOUNS.has(noun)) return true;
  return KIND_PARTIES.has(noun) && !KIND_DETERMINERS.has(tokens[from - 3]?.norm ?? '');
}
const KIND_RELATIVES = new Set(['that', 'who', 'which']);
/** Pronouns that stand for any party of a kind ("those who", "anyone who"). */
const KIND_PRONOUNS = new Set(['those', 'anyone', 'anybody', 'whoever']);
/** Plurals of parties that, with no determiner, mean any of them ("countries that provide weapons"). */
const KIND_PARTIES = new Set(['countries', 'nations', 'states', 'governments', 'allies', 'partners', 'members', 'people', 'companies', 'firms']);
/** Words before a plural that make it particular ("the countries that", "its allies that"): those are named parties. */
const KIND_DETERMINERS = new Set(['the', 'these', 'its', 'their', 'our', 'his', 'her', 'both', 'two', 'three']);

/** Words of ability before "of" or "to" and an act: what a thing can do, not what was done ("capable of striking", "the capacity to hit"). */
const ABILITY_NOUNS = new Set(['capable', 'capability', 'capabilities', 'ability', 'capacity']);

/** A relative pronoun and a modal of ability before an act: "that can strike", "which could reach". */
const RELATIVES = new Set(['that', 'which']);
const ABILITY_MODALS = new Set(['can', 'could']);

/** Prepositions before a gerund that make it the topic of a stance ("for sending", "against allowing"). */
const EMBEDDING_PREPOSITIONS = new Set(['for', 'on', 'against', 'about', 'over', 'toward', 'towards']);

/** "…, but they will not be used": "but" opens the act's clause within a few words before it. */
function precededByBut(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - BUT_REACH); k--) if (tokens[k]!.norm === 'but') return true;
  return false;
}

/** "but" opens the clause of an act at most this many words before it ("but they will not be used"). */
const BUT_REACH = 5;

/** Words that open an adverbial clause before the main one ("In clarifying …,", "As …,", "While …,"; reference-clause-openers.json). */
const LEADING = new Set(clauseOpeners.entries.map((e) => e.term));

const YEAR = /^(?:19|20)\d\d$/;
/** A numbered ordinal: "14th", "3rd", "21st". */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** The term of an ordinal ("o:14"): which one of a numbered series a statement speaks of. */
export const ORDINAL_TERM = 'o:';

/**
 * The term of a further instance ("four more HIMARS", "another $400 million", "more of the weapons"):
 * a later delivery or strike than one told without it, never the same fact (relate.ts differentTimes).
 */
export const FURTHER_TERM = 'o:further';

/** "four more", "12 more" (not "more than"); "another" before a number or an amount; "more of". */
function isIncrement(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.norm;
  const next = tokens[i + 1];
  if (t === 'another') return !!next && (next.digits || startsWithDigit(next.norm) || AMOUNT_WORDS.has(next.norm));
  if (t !== 'more' || !next || next.norm === 'than') return false;
  const prev = tokens[i - 1];
  return next.norm === 'of' || (!!prev && (prev.digits || AMOUNT_WORDS.has(prev.norm)));
}

/** The doer stands at most this many words before its act ("Russian troops launched", "Biden has quietly authorized"). */
export const AGENT_REACH = 3;

/** The party right before the first core act, or after "by" right behind it ("was authorised by Biden"); null when unclear. */
function agentOf(text: string, tokens: readonly Token[], anchors: readonly Anchor[], acts: readonly Act[]): string | null {
  const first = acts.find((a) => CORE_FAMILIES.has(a.family));
  if (!first) return null;
  const parties = anchors.filter(isParty);
  const after = tokens[first.from + 1]?.norm === 'by' ? parties.find((a) => a.from === first.from + 2) : undefined;
  const before = parties.filter((a) => a.to <= first.from).at(-1);
  // "According to Ukrainian media, the rockets struck": a party across a comma is not the doer.
  const near = before && first.from - before.to <= AGENT_REACH && !clauseBreakBetween(text, tokens, before.to - 1, first.from) ? before : undefined;
  return (after ?? near)?.id ?? null;
}

/** Verbs by which a party denies something: what follows is that party's claim ("Russia denies targeting civilians"). */
const DENIALS = new Set(['deni', 'deny', 'reject', 'dismiss', 'disput']);

/** Parties, people and institutions who can deny something. */
const DENIER_KINDS = new Set(['country', 'actor', 'name']);

/** Whether a named party denies the claim's first act before it states it ("Russia denies targeting civilians"). */
function isDenial(head: readonly Act[], tokens: readonly Token[], anchors: readonly Anchor[]): boolean {
  const first = head[0];
  if (!first) return false;
  const denial = tokens.findIndex((t, i) => i < first.from && DENIALS.has(t.stem));
  return (denial >= 0 && anchors.some((a) => DENIER_KINDS.has(a.kind) && a.to <= denial)) || isSelfDenial(first, tokens, anchors);
}

/** Verbs by which a party states its own position ("Russia said it had not struck"). */
const STATING = new Set(['said', 'says', 'say', 'stated', 'states', 'insisted', 'insists', 'maintained', 'maintains', 'claimed', 'claims']);
/** The speaker referring to itself in its reported words. */
const SELF = new Set(['it', 'its', 'they', 'their', 'we', 'our']);

/** "Russia's military said it had not carried out any strike": a party saying that it did not do it denies it. */
function isSelfDenial(first: Act, tokens: readonly Token[], anchors: readonly Anchor[]): boolean {
  // "said it will not send troops" is a commitment, not a denial of what happened.
  if (!first.negative || isFuture(tokens, first)) return false;
  const say = tokens.findIndex((t, i) => i < first.from && STATING.has(t.norm));
  if (say < 0 || !anchors.some((a) => DENIER_KINDS.has(a.kind) && a.to <= say)) return false;
  return tokens.slice(say + 1, first.from).some((t) => SELF.has(t.norm));
}

/** Whether the claim's first act stands in a named speaker's reported words, inside quotation marks, or in a party's denial (`denial`, isDenial). */
function isAttributed(text: string, sentence: Sentence, head: readonly Act[], denial: boolean, accused: boolean): boolean {
  const first = head[0];
  if (!first) return false;
  if (denial || accused) return true;
  if (reportedSpeech(text, sentence).some((r) => r.start <= first.start && first.end <= r.end)) return true;
  const before = text.slice(sentence.start, first.start);
  // Inside a quotation: more opening than closing curly marks before the act, or an odd number of straight ones.
  return countOf(before, '“') > countOf(before, '”') || countOf(before, '"') % 2 === 1;
}

/**
 * How often a character occurs in a string, by plain search: counted for every page sentence, where
 * matching a global regular expression made an array of matches and, under tsx, a named closure each time.
 */
function countOf(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * "The Kremlin blamed Kyiv for the attack", "Moscow accused Ukraine of firing the missile": the act is
 * what one party lays at another's door, in the accuser's voice; its doer is the accusation's.
 */
function isAccusation(text: string, tokens: readonly Token[], acts: readonly Act[], head: readonly Act[]): boolean {
  const first = head[0];
  return !!first && acts.some((a) => a.act === 'blame' && a.from < first.from && !clauseBreakBetween(text, tokens, a.from, first.from));
}

/** An open act (open-acts.ts) is its verb's word: "resigned" and "resignation" still meet as words. */
function actTerm(a: Act): string {
  return a.act.startsWith(OPEN_ACT_PREFIX) ? `w:${kinStem(a.act.slice(OPEN_ACT_PREFIX.length))}` : `a:${a.act}`;
}

function termsOf(tokens: readonly Token[], anchors: readonly Anchor[], acts: readonly Act[], measures: readonly Measure[], vocabulary: Vocabulary): string[] {
  // Per token, whether an anchor or act already stands for it (a flag array: read for every page sentence).
  const covered = coveredFlags(tokens.length);
  for (const a of anchors) for (let i = Math.max(0, a.from); i < a.to; i++) covered[i] = 1;
  for (const a of acts) covered[a.from] = 1;
  const terms = new Set<string>();
  for (const a of anchors) terms.add(anchorTerm(a));
  // A territory is its country too for what a statement is about ("Kyiv" and "in Ukraine").
  for (const a of anchors) if (a.kind === 'territory') terms.add(`e:${a.id}`);
  for (const a of acts) terms.add(actTerm(a));
  for (const m of measures) terms.add(`d:${m.dimension}`);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // When a statement says something happened ("in May", "in 2022") is part of what it says.
    // "Oct. 5" and "5 October" name one month; lower-case "may" is the verb.
    const month = monthOf(t.norm);
    if (month && (t.cap || (t.norm === month && month !== 'may'))) terms.add(`m:${month}`);
    else if (t.digits && YEAR.test(t.norm)) terms.add(`y:${t.norm}`);
    // "the 14th sanctions package", "the 47th brigade": which one of a numbered series.
    else if (startsWithDigit(t.norm) && ORDINAL.test(t.norm)) terms.add(`${ORDINAL_TERM}${parseInt(t.norm, 10)}`);
    else if (isIncrement(tokens, i)) terms.add(FURTHER_TERM);
    if (covered[i] || t.digits || t.norm.length < 2 || vocabulary.functionStems.has(t.stem)) continue;
    terms.add(wordTerm(t));
  }
  return [...terms];
}

/**
 * termsOf's flags, one per token, cleared for each statement: kept between calls, as a typed array made
 * for every page sentence cost more to allocate than its reads saved. Nothing is left in it that a
 * later statement reads: each call clears the length it reads.
 */
let coveredScratch = new Uint8Array(64);
function coveredFlags(length: number): Uint8Array {
  if (coveredScratch.length < length) coveredScratch = new Uint8Array(length * 2);
  coveredScratch.fill(0, 0, length);
  return coveredScratch;
}

/**
 * A content word's term ("w:" and its kin stem), one string per stem (by its termId): made once, not
 * at every token of every sentence, and a string already hashed when sets and weights look it up.
 */
const wordTerms: (string | undefined)[] = [];
function wordTerm(t: Token): string {
  const id = t.stemId;
  if (id === UNNUMBERED) return `w:${kinStem(t.stem)}`;
  // Grown an entry at a time (ids are handed out in order), so that the array never has holes.
  while (wordTerms.length <= id) wordTerms.push(undefined);
  return (wordTerms[id] ??= `w:${kinStem(t.stem)}`);
}

/** What a sentence names, does and counts: enough to tell whether it is checkable (isCheckable). */
export interface StatementCore {
  start: number;
  end: number;
  tokens: Token[];
  anchors: Anchor[];
  acts: Act[];
  measures: Measure[];
  question: boolean;
}

/**
 * The first half of reading text[start, end); `recent` are the anchors of the sentences just before,
 * for "These missiles…"; `storyPlaces` the places the text named so far, latest first, for a toll that
 * names none. A page's sentences stop here when they are not checkable (about half of them).
 */
export function readCore(text: string, start: number, end: number, vocabulary: Vocabulary, recent: readonly Anchor[] = [], storyPlaces: readonly Anchor[] = []): StatementCore {
  const from = start + enumeratorLength(text.slice(start, Math.min(end, start + ENUMERATOR_PEEK)));
  const tokens = tokenize(text, from, end);
  const anchors = findAnchors(text, tokens, vocabulary);
  const measures = findMeasures(text, from, end, tokens, anchors, recent, vocabulary, storyPlaces);
  return {
    start,
    end,
    tokens,
    anchors: withCountedNames(anchors, measures, tokens),
    acts: findActs(text, tokens, vocabulary),
    measures,
    question: endsInQuestionMark(text, start, end),
  };
}

/** White space, as \s matches it (tested on the few characters at a sentence's end). */
const SPACE = /\s/;
/** Closing quotation marks that may follow a question's mark. */
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/**
 * Whether text[start, end) ends in a question mark, perhaps then a quotation mark, then white space:
 * /\?["”’']?\s*$/ read from the end, without slicing the sentence or trying the expression at each
 * of its characters.
 */
function endsInQuestionMark(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && SPACE.test(text[i]!)) i--;
  if (i >= start && CLOSING_QUOTES.has(text[i]!)) i--;
  return i >= start && text[i] === '?';
}

/** "1. The United States will provide …", "2) …", "(a) …": a list's numbering, not a quantity the sentence states. */
const ENUMERATOR = /^\s*(?:\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.)\s+(?=["“]?[A-Z])/;
/** An enumerator is a few characters at the start of a sentence. */
const ENUMERATOR_PEEK = 12;

function enumeratorLength(head: string): number {
  return ENUMERATOR.exec(head)?.[0].length ?? 0;
}

/**
 * "31 M1 Abrams": a name counted is a thing the sentence names, even where the name reader passed it
 * over (after a model number); the statement is about the Abrams, not only its number.
 */
function withCountedNames(anchors: Anchor[], measures: readonly Measure[], tokens: readonly Token[]): Anchor[] {
  const missing = measures.filter((m) => m.dimension.startsWith('name:') && !anchors.some((a) => a.id === m.dimension));
  if (missing.length === 0) return anchors;
  const added = missing.map((m) => {
    const from = tokens.findIndex((t) => t.start >= m.quantity.start);
    const to = tokens.findLastIndex((t) => t.end <= m.quantity.end) + 1;
    return { id: m.dimension, kind: 'thing' as const, start: m.quantity.start, end: m.quantity.end, from, to };
  });
  return [...anchors, ...added].sort((a, b) => a.start - b.start);
}

/** The second half: which acts are the claim's, its polarity, mode, modality, era, scope and terms. */
export function completeStatement(text: string, core: StatementCore, vocabulary: Vocabulary): Statement {
  const { start, end, tokens, anchors, acts, measures } = core;
  const head = headActs(text, tokens, acts);
  for (const a of head) a.head = true;
  const scope = scopeOf(text, tokens, vocabulary, anchors);
  const denial = isDenial(head, tokens, anchors);
  const toldAsEarlier = hasEraCue(text, tokens, vocabulary);
  return {
    start,
    end,
    anchors,
    acts,
    measures,
    agent: agentOf(text, tokens, anchors, acts),
    attributed: isAttributed(text, { start, end, text: text.slice(start, end) }, head, denial, isAccusation(text, tokens, acts, head)),
    denial,
    polarity: polarityOf(head),
    mode: modeOf(tokens, head, scope),
    modality: modalityOf(text, tokens, vocabulary, head),
    era: eraOf(text, tokens, vocabulary, toldAsEarlier),
    toldAsEarlier,
    scope,
    terms: termsOf(tokens, anchors, acts, measures, vocabulary),
    question: core.question,
  };
}

/**
 * The sentence read once more for each clause of rules or events other than its head: "The Kremlin
 * slammed a U.S. plan to supply rockets, which Kyiv has assured will not be used to strike Russian
 * territory" states an assurance too, in its relative clause. Each reading has its own acts (copies,
 * with that clause as the head), polarity, mode, modality and voice; what it names and counts is the
 * sentence's.
 */
export function clauseStatements(text: string, st: Statement, core: StatementCore, vocabulary: Vocabulary): ClauseStatement[] {
  const clauses = coreClauses(text, core.tokens, st.acts);
  if (clauses.length < 2) return [];
  const sentence = { start: st.start, end: st.end, text: text.slice(st.start, st.end) };
  const out: ClauseStatement[] = [];
  for (const [i, clause] of clauses.entries()) {
    if (clause.every((a) => a.head)) continue;
    const acts = st.acts.map((a) => withHead(a, clause.includes(a)));
    const head = acts.filter((a) => a.head);
    const denial = isDenial(head, core.tokens, st.anchors);
    const statement: Statement = {
      ...st,
      acts,
      agent: agentOf(text, core.tokens, st.anchors, head),
      attributed: isAttributed(text, sentence, head, denial, isAccusation(text, core.tokens, acts, head)),
      denial,
      polarity: polarityOf(head),
      mode: modeOf(core.tokens, head, st.scope),
      modality: modalityOf(text, core.tokens, vocabulary, head),
    };
    const next = clauses[i + 1];
    out.push({ statement, start: clauseStart(text, core.tokens, clauses[i - 1], clause), end: next ? clauseStart(text, core.tokens, clause, next) : st.end });
  }
  return out;
}

/**
 * A copy of an act with its own `head`: the same fields as `{ ...a, head }`, named one by one, as the
 * acts of a sentence come in a few shapes (with or without negatedFrom, head) and a spread of them was
 * a slow copy for every act of every clause.
 */
function withHead(a: Act, head: boolean): Act {
  const copy: Act = { act: a.act, family: a.family, negative: a.negative, start: a.start, end: a.end, from: a.from, head };
  if ('negatedFrom' in a) copy.negatedFrom = a.negatedFrom;
  return copy;
}

/** Where a clause begins: at the break (a comma, "while", "but") nearest before its first act, after the clause before it. */
function clauseStart(text: string, tokens: readonly Token[], before: readonly Act[] | undefined, clause: readonly Act[]): number {
  const first = clause[0]!.from;
  const floor = before ? before.at(-1)!.from : 0;
  for (let k = first; k > floor; k--) if (clauseBreakBetween(text, tokens, k - 1, k)) return tokens[k - 1]!.end;
  return tokens[floor]!.start;
}

/** A clause's reading, and the stretch of the sentence it holds: from the break before its first act to the next clause's (clauseStart). */
export interface ClauseStatement {
  statement: Statement;
  start: number;
  end: number;
}

/** Reads text[start, end) whole (readCore, then completeStatement). */
export function readStatement(text: string, start: number, end: number, vocabulary: Vocabulary, recent: readonly Anchor[] = [], storyPlaces: readonly Anchor[] = []): Statement {
  return completeStatement(text, readCore(text, start, end, vocabulary, recent, storyPlaces), vocabulary);
}

/**
 * A statement says something checkable: it names someone or something and an act or a quantity; or it
 * gives a toll of the place its story is about ("75 people were wounded").
 */
export function isCheckable(s: Pick<Statement, 'question' | 'measures' | 'anchors' | 'acts'>): boolean {
  if (s.question) return false;
  // A toll of the place the story names, or a number of the thing the sentences before name ("The
  // missiles can hit targets 300 km away").
  if (s.measures.some((m) => m.places || m.holder)) return true;
  return s.anchors.length > 0 && (s.acts.some((a) => CORE_FAMILIES.has(a.family)) || s.measures.length > 0);
}
