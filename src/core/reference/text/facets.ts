import { clauseBreakBetween } from './acts';
import type { Anchor } from './anchors';
import type { Token } from './tokens';
import type { Vocabulary } from './vocabulary';

/**
 * What limits a sentence's claim: the time it speaks of (its own day, or an earlier state it recounts),
 * whether it is hypothetical, and its scope ("only in Kursk", "outside the Kursk region", "anywhere in
 * Russia", or plainly "in Kursk").
 */
export type Era = 'current' | 'earlier';
export type ScopeKind = 'only' | 'except' | 'wide' | 'in';
export interface Scope {
  kind: ScopeKind;
  /** The anchor id of the place the scope names. */
  place: string;
  start: number;
  end: number;
}

/** A scope word reaches the place this many words after it ("outside of the Kursk region"). */
export const SCOPE_REACH = 5;
const IN_WORDS = new Set(['in', 'inside', 'within']);
/** "limited Kyiv's use of the missiles to": the object between the verb and "to" is at most this many words. */
const LIMIT_OBJECT_WORDS = 6;
/** "restrictions", "limitation": the noun of a limit, not the act of limiting. */
const NOMINAL = /ions?$/;
/** Stems of verbs that limit something to a place when "to" follows ("limited", "restricts", "confined"). */
const LIMITING = new Set(['limit', 'restrict', 'confin']);
/** Words of reporting before which "had" is reported speech's tense, not an earlier state (narrower than speech-verbs.json: only verbs that backshift). */
const SPEECH = new Set(['said', 'say', 'says', 'told', 'reported', 'according', 'confirmed', 'stated']);
/** Forms of "be": before "used to" they make the passive of "use". */
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got']);
/** Participles after "had" that tell a past state: regular -ed/-en forms and common irregular ones. */
const PARTICIPLE = /(?:ed|en)$|^(?:been|held|kept|sent|made|put|let|set|said|told|had|given|taken|sought|fought|brought|bought|thought)$/;

/** "had previously barred", "initially ruled out", "had resisted": the sentence recounts an earlier state. */
export function eraOf(text: string, tokens: readonly Token[], vocabulary: Vocabulary, cued = hasEraCue(text, tokens, vocabulary)): Era {
  if (cued) return 'earlier';
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'had') continue;
    // Reported speech puts its verbs back a tense ("officials said Biden had approved"): not an earlier state.
    if (tokens.slice(0, i).some((t) => SPEECH.has(t.norm))) return 'current';
    const next = isAdverb(tokens[i + 1]) ? tokens[i + 2] : tokens[i + 1];
    if (next && PARTICIPLE.test(next.norm)) return 'earlier';
  }
  return 'current';
}

/** Whether a word of reference-era.json says the sentence tells what was ("initially", "an earlier toll"), as against a pluperfect alone ("had died"). */
export function hasEraCue(text: string, tokens: readonly Token[], vocabulary: Vocabulary): boolean {
  for (const m of vocabulary.era.find(text, tokens)) if (isEraCue(tokens, m.from)) return true;
  return false;
}

/**
 * "than previously allowed" compares with the past; it does not recount it, nor does "the previous day"
 * (TIME_NOUNS). "Will not be used to
 * attack" is the passive of "use", not the habit of "used to". The helpers of eraOf and modalityOf are
 * functions of their own, not closures made at each call: under tsx (which runs the bench and the CLI)
 * every closure made is also named by a property definition, and these run for every page sentence.
 */
function isEraCue(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.norm === 'previous' && TIME_NOUNS.has(tokens[from + 1]?.norm ?? '')) return false;
  return tokens[from - 1]?.norm !== 'than' && !(tokens[from]?.norm === 'used' && BE.has(tokens[from - 1]?.norm ?? ''));
}

/** "the strike the previous day", "on the previous night": when an event happened, not an earlier state of affairs. */
const TIME_NOUNS = new Set(['day', 'night', 'evening', 'morning', 'afternoon', 'week', 'weekend']);

/** "had long resisted", "had covertly lifted": an adverb may stand between "had" and its participle. */
function isAdverb(t: Token | undefined): boolean {
  return !!t && (t.norm === 'long' || t.norm === 'already' || t.norm === 'previously' || /ly$/.test(t.norm));
}

/**
 * "if Biden allows", "whether the U.S. will permit": hypothetical, no fact to check against; "may",
 * "could": a possibility, which states a scope or a number but cannot deny a fact.
 */
export function modalityOf(text: string, tokens: readonly Token[], vocabulary: Vocabulary, head: readonly { from: number }[]): 'hypothetical' | 'possible' | 'asserted' {
  const hits = vocabulary.conditional.find(text, tokens).filter((m) => !isMonth(tokens, m.from) && !isPermission(tokens, m.from));
  const first = head[0]?.from ?? tokens.length;
  // A condition that opens the claim's clause ("If Biden allows …", "so long as … , we will not …").
  if (hits.some((m) => m.entry.modality === 'hypothetical' && m.from < first)) return 'hypothetical';
  return hits.some((m) => m.entry.modality === 'possible' && governs(head, m.from) && !describesAThing(tokens, head, m.from)) ? 'possible' : 'asserted';
}

/**
 * "May" with a capital is the month ("in May, Biden lifted…"), not the modal. "may only use":
 * permission with a limit (an act, reference-acts.json), not a possibility.
 */
function isMonth(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm === 'may' && tokens[i]!.cap;
}

/** "may be used only in Kursk", "can only fire them at…": a limit on what is allowed, within a few words. */
function isPermission(tokens: readonly Token[], i: number): boolean {
  return (tokens[i]!.norm === 'may' || tokens[i]!.norm === 'can') && tokens.slice(i + 1, i + 1 + LIMIT_REACH).some((t) => t.norm === 'only');
}

/**
 * A modal that governs one of the claim's own acts ("could strike"), not one in a clause after it
 * ("…, a potentially escalatory move that could broaden the conflict").
 */
function governs(head: readonly { from: number }[], from: number): boolean {
  return head.some((a) => a.from >= from && a.from - from <= MODAL_REACH);
}

/**
 * "would not send rocket systems that could hit Russia": after the claim's act, "that could" says
 * what a thing can do; the claim itself is asserted.
 */
function describesAThing(tokens: readonly Token[], head: readonly { from: number }[], from: number): boolean {
  return RELATIVE.has(tokens[from - 1]?.norm ?? '') && head.some((a) => a.from < from - 1);
}

/** "may be used only": how many words after "may" or "can" an "only" makes it a limited permission. */
const LIMIT_REACH = 3;

/** Words that open a relative clause. */
const RELATIVE = new Set(['that', 'which']);

/** A modal governs an act at most this many words after it ("could potentially be used"). */
export const MODAL_REACH = 4;

const PLACE_KINDS = new Set(['place', 'territory', 'name']);
const REGION_WORDS = new Set(['region', 'oblast', 'province', 'area', 'city']);

/** "outside the Kursk region": the scope's words run to the word that says what kind of place it is. */
function withRegionWord(text: string, tokens: readonly Token[], place: Anchor): number {
  const next = tokens[place.to];
  return next && REGION_WORDS.has(next.norm) ? next.end : place.end;
}

/**
 * "in", "inside" among the IN_WORDS_REACH words before token i, or before the region word that names
 * it ("in the Russian region of Kursk": the region of Kursk is Kursk).
 */
function inWordBefore(tokens: readonly Token[], i: number): boolean {
  const at = tokens[i - 1]?.norm === 'of' && REGION_WORDS.has(tokens[i - 2]?.norm ?? '') ? i - 2 : i;
  for (let k = Math.max(0, at - IN_WORDS_REACH); k < at; k++) if (IN_WORDS.has(tokens[k]!.norm)) return true;
  return false;
}

/** A place is plainly "in Kursk" when an IN_WORDS word stands at most this many words before it ("inside Russia's Kursk region"). */
const IN_WORDS_REACH = 3;

/**
 * The place a limit reaches after its "to": "limited … to the Kursk region", "to defending troops in
 * Russia's Kursk region"; of a country's region, the region.
 */
function limitedTo(anchors: readonly Anchor[], to: number): Anchor | undefined {
  const near = anchors.filter((a) => PLACE_KINDS.has(a.kind) && a.from > to && a.from - to <= SCOPE_REACH + 1);
  return near.find((a) => a.kind !== 'territory') ?? near[0];
}

/** The first place named within SCOPE_REACH words from token i (a function, not a closure per call: see isEraCue). */
function placeAfter(anchors: readonly Anchor[], i: number): Anchor | undefined {
  return anchors.find((a) => PLACE_KINDS.has(a.kind) && a.from >= i && a.from - i <= SCOPE_REACH);
}

export function scopeOf(text: string, tokens: readonly Token[], vocabulary: Vocabulary, anchors: readonly Anchor[]): Scope | null {
  // The scope word nearest before the place decides: "may only use them outside the Kursk region".
  const words = vocabulary.scope.find(text, tokens);
  for (let k = 0; k < words.length; k++) {
    const m = words[k]!;
    const place = placeAfter(anchors, m.to);
    if (place && !words.slice(k + 1).some((n) => n.from < place.from)) return { kind: m.entry.scope, place: place.id, start: m.start, end: withRegionWord(text, tokens, place) };
  }
  // "limited the strikes to the Kursk region": a limiting verb, its object, then "to" and a place.
  for (let i = 0; i < tokens.length; i++) {
    // A limit is a verb ("limited", "restricts"); "eases restrictions, allowing Ukraine to use …" names one.
    if (!LIMITING.has(tokens[i]!.stem) || NOMINAL.test(tokens[i]!.norm)) continue;
    const to = tokens.findIndex((t, k) => k > i && k - i <= LIMIT_OBJECT_WORDS + 1 && t.norm === 'to');
    const place = to > 0 && !clauseBreakBetween(text, tokens, i, to) ? limitedTo(anchors, to) : undefined;
    if (place) return { kind: 'only', place: place.id, start: tokens[i]!.start, end: place.end };
  }
  // Plainly "in Kursk", "inside Russia's Kursk region": the claim is placed there.
  for (const a of anchors) {
    if (a.kind !== 'place' && a.kind !== 'name') continue;
    if (inWordBefore(tokens, a.from)) return { kind: 'in', place: a.id, start: a.start, end: a.end };
  }
  return null;
}
