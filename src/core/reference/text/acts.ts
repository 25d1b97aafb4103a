import type { ActFamily, Vocabulary } from './vocabulary';
import { inflect } from '../../lexicon';
import { openActs } from './open-acts';
import partyActs from '../../lexicons/reference-party-acts.json';
import { stemOf, type Token } from './tokens';

/**
 * The acts a sentence states ("authorized", "strikes", "sent") and whether each is denied: by a word
 * before it in its clause ("would not use … strikes", "refused to allow") or by its own meaning ("a
 * ban"). A denied denial is an act again ("did not ban", "lifted the ban" is listed as one act).
 */
export interface Act {
  act: string;
  family: ActFamily;
  negative: boolean;
  /** One of the acts the claim itself states (statement.ts), not commentary or background. */
  head?: boolean;
  /** Where the negation that denies it starts ("not going to send"), for the flag's span. */
  negatedFrom?: number;
  start: number;
  end: number;
  from: number;
}

/** A negation reaches the acts this many words after it ("would not use the rockets to initiate strikes"). */
export const NEGATION_REACH = 7;
/** A reverser reaches a restriction this many words after it ("lifting of the restrictions"). */
export const REVERSER_REACH = 3;
/** Words that end the clause a negation governs. */
const CLAUSE_BREAKERS = new Set(['but', 'while', 'although', 'though', 'however', 'whereas', 'yet']);

export function clauseBreakBetween(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) {
    if (hasBreakMark(text, tokens[k - 1]!.end, tokens[k]!.start)) {
      // "assurances from Ukraine, including from Zelensky himself, that …": an aside of examples between
      // commas leaves the clause whole.
      const after = asideEnd(text, tokens, k, b);
      if (after < 0) return true;
      k = after;
      continue;
    }
    // "have not yet arrived": "yet" after a negation is an adverb, not "but".
    const adverbialYet = tokens[k]!.norm === 'yet' && /^(?:not|never)$|n['’]t$/.test(tokens[k - 1]!.norm);
    if (k < b && CLAUSE_BREAKERS.has(tokens[k]!.norm) && !adverbialYet) return true;
  }
  return false;
}

/** Words that open an aside of examples inside a clause (", including …,", ", notably …,", ", especially …,"). */
const ASIDE_OPENERS = new Set(['including', 'notably', 'especially', 'particularly']);
/** An aside of examples is at most this many words before its closing comma. */
export const ASIDE_MAX_WORDS = 6;

/**
 * The token after an aside of examples that opens at k (after a comma) and closes with a comma before
 * b; -1 when k opens none.
 */
function asideEnd(text: string, tokens: readonly Token[], k: number, b: number): number {
  if (!ASIDE_OPENERS.has(tokens[k]!.norm) || text.charCodeAt(tokens[k - 1]!.end) !== COMMA) return -1;
  for (let j = k + 1; j < Math.min(b, k + 1 + ASIDE_MAX_WORDS); j++) {
    const between = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/^\s*,\s*$/.test(between)) return j;
    if (hasBreakMark(text, tokens[j - 1]!.end, tokens[j]!.start)) return -1;
  }
  return -1;
}

/** The comma that opens and closes an aside, by char code (read between words without a slice). */
const COMMA = ','.charCodeAt(0);

/** Whether text[from, to) holds a mark that ends a clause (, ; : ( ) — –): read between every two words of a clause, so by char code, without a slice or a set's look-up. */
function hasBreakMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isBreakMark(text.charCodeAt(i))) return true;
  return false;
}

function isBreakMark(c: number): boolean {
  // Most characters between two words are a space, which no test below passes.
  if (c < 0x80) return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29;
  return c === 0x2014 || c === 0x2013;
}

/** Token indices of negations that deny the claim (not "has not confirmed", "not only"). */
export function negations(text: string, tokens: readonly Token[], vocabulary: Vocabulary): number[] {
  const masked = vocabulary.notNegation.find(text, tokens);
  const out: number[] = [];
  for (const m of vocabulary.negators.find(text, tokens)) if (!inMasks(masked, m.from)) out.push(m.from);
  // "don't", "won't", "can't": the clitic is a negation.
  for (let i = 0; i < tokens.length; i++) if (isCliticNegation(tokens[i]!.norm) && !inMasks(masked, i)) out.push(i);
  return out.sort((a, b) => a - b);
}

/** A word ending in "n't" (either apostrophe): tested on every word of every sentence, without a regular expression. */
function isCliticNegation(norm: string): boolean {
  return norm.endsWith("n't") || norm.endsWith('n’t');
}

function inMasks(masks: readonly { from: number; to: number }[], i: number): boolean {
  for (const m of masks) if (i >= m.from && i < m.to) return true;
  return false;
}

/** Negations that answer a request: refusing it ("rejected the request", "denied Kyiv's requests") is not permitting what it asked. */
const REFUSING = new Set([...['reject', 'refuse', 'deny', 'decline'].flatMap(inflect), 'rejection', 'refusal', 'denial']);

/** "non-" right before an act word ("non-use"): the act is denied. */
const NON_PREFIX = /\bnon[-\u2010\u2011]$/i;
/** How far before an act its "non-" is looked for: the prefix and its hyphen. */
const NON_PEEK = 4;

/** Acts that a negation can deny: rules and events, not speech ("did not say" is masked apart). */
const DENIABLE = new Set(['deontic', 'event']);

/**
 * An act word in another sense after one of its entry's `notAfter` words. A function, not a closure made
 * at each call of findActs: under tsx (which runs the bench and the CLI) every closure made is also
 * named by a property definition, and findActs reads every page sentence.
 */
function otherSense(tokens: readonly Token[], m: { from: number; entry: { notAfter?: string[] } }): boolean {
  return !!m.entry.notAfter?.includes(tokens[m.from - 1]?.norm ?? '');
}

/** Each verb of reference-party-acts.json by its stem ("ask", "clear"), with its act. */
const PARTY_ACTS: ReadonlyMap<string, string> = new Map(partyActs.entries.map((e) => [stemOf(e.term), e.act]));

/**
 * "asked Germany for approval", "cleared Kyiv to fire": a verb of reference-party-acts.json with a party
 * between it and its "to" or "for" states the entry's act. "When asked about", "asked whether", "cleared
 * the rubble" have no such "to" or "for" and state none.
 */
function partyActsOf(tokens: readonly Token[], acts: readonly Act[]): Act[] {
  const out: Act[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const act = PARTY_ACTS.get(tokens[i]!.stem);
    if (!act || acts.some((a) => a.from === i) || !partyThenTo(tokens, i)) continue;
    out.push({ act, family: 'deontic', negative: false, start: tokens[i]!.start, end: tokens[i]!.end, from: i });
  }
  return out;
}

/**
 * A party (a name, "the" and a name, or a pronoun: "Kyiv", "the White House", "them") and then, within
 * PARTY_WORDS words, "to" or "for"; not "pressed ahead with plans to", "pushed back for weeks".
 */
function partyThenTo(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !(next.cap || PARTY_PRONOUNS.has(next.norm) || (next.norm === 'the' && tokens[i + 2]?.cap))) return false;
  for (let k = i + 2; k <= i + 1 + PARTY_WORDS && k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    if (w === 'to' || w === 'for') return true;
  }
  return false;
}
const PARTY_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'it', 'me']);
/** The party is at most this many words ("asked the German government for"). */
const PARTY_WORDS = 3;

export function findActs(text: string, tokens: readonly Token[], vocabulary: Vocabulary): Act[] {
  const acts: Act[] = vocabulary.acts.find(text, tokens).filter((m) => !otherSense(tokens, m)).map((m) => ({
    act: m.entry.act,
    family: m.entry.family,
    negative: m.entry.polarity === 'negative',
    start: m.start,
    end: m.end,
    from: m.from,
  }));
  acts.push(...partyActsOf(tokens, acts));
  // A sentence that names none of the vocabulary's acts states what its own verbs say (open-acts.ts).
  if (!acts.some((a) => DENIABLE.has(a.family))) acts.push(...openActs(tokens, new Set(acts.map((a) => a.from))));
  acts.sort((a, b) => a.from - b.from);
  // "the non-use of American weapons", "non-deployment": the prefix denies its act.
  for (const a of acts) if (DENIABLE.has(a.family) && NON_PREFIX.test(text.slice(Math.max(0, a.start - NON_PEEK), a.start))) a.negative = !a.negative;
  // "eased the ban", "lifting of restrictions": a reverser just before a restriction ends it.
  for (const r of vocabulary.reversers.find(text, tokens)) {
    const target = acts.find((a) => a.family === 'deontic' && a.negative && a.from >= r.to && a.from - r.to <= REVERSER_REACH);
    if (target) target.negative = false;
  }
  // A negation denies the first act it reaches ("would not use the rockets to initiate strikes" denies
  // the using, once), so one "not" never counts twice.
  for (const n of negations(text, tokens, vocabulary)) {
    const target = acts.find((a) => DENIABLE.has(a.family) && a.from > n && a.from - n <= NEGATION_REACH && !clauseBreakBetween(text, tokens, n, a.from));
    if (target && target.act === 'request' && REFUSING.has(tokens[n]!.norm)) {
      // "rejected Kyiv's request to use ATACMS": what was asked is not permitted.
      Object.assign(target, { act: 'permit', negative: true, negatedFrom: tokens[n]!.start });
    } else if (target) {
      target.negative = !target.negative;
      target.negatedFrom = Math.min(target.negatedFrom ?? Number.POSITIVE_INFINITY, tokens[n]!.start);
    }
  }
  return acts;
}
