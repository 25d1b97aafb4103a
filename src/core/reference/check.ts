import siteNouns from '../lexicons/reference-site-nouns.json';
import displayNames from '../lexicons/reference-display-names.json';
import { LINK_LINE } from '../furniture';
import type { Evidence, Flag, Sentence } from '../types';
import { isRunningToll } from './dimensions';
import { cite, evidenceOf, hasOtherSources, list, selfSources } from './cite';
import { WORD_TERM, topByTerms, type IndexedMeasure, type IndexedPosition, type ReferenceIndex } from './index';
import { describeQuantity, type Quantity } from './quantities';
import { actsMeet, compareMeasures, comparePositions, differentActor, differentThing, ofAnotherTime, pageProfile, profile, sameMeasure, samePosition, sitesApart, type Difference, type Profile, type Relation } from './relate';
import { factionSilentOn, isFaction } from './factions';
import { reactionClaims } from './reactions';
import { storeStatement } from './stored';
import { reportedSpeech } from '../reported';
import { findAnchors, isParty, isStoryPlace, type Anchor } from './text/anchors';
import { tokenize } from './text/tokens';
import { STORY_PLACES } from './text/measures';
import { clauseStatements, completeStatement, isCheckable, readCore, type Statement, type StatementCore } from './text/statement';
import type { ReferenceClaim, StoredStatement } from './types';

export { indexReferenceSet, type ReferenceIndex } from './index';

/**
 * Checks a page against a reference set, sentence by sentence: each checkable sentence is read as a
 * statement (the same reading the set's sentences got), its quantities and its position are compared
 * with the set's statements of the same fact, and the relation becomes a flag: supported, conflict
 * (naming what differs: value, polarity or scope), outdated (a position the set shows reversed later),
 * contested (the set's sources disagree), or uncovered (a checkable fact the set does not state).
 */
export interface PageInfo {
  /** The page's address: a reference source with the same address is the page itself. */
  url?: string | null;
  /** Sentences (by index) the language rules found to be opinion: only their agreement is shown, unless they state a quantity (opinionAgreement). */
  opinion?: ReadonlySet<number>;
  /** Of those, the sentences that voice a view of what will or should be, or an unnamed group's (opinion.ts VIEW_RULES): not even supported. */
  views?: ReadonlySet<number>;
  /**
   * The places the story named before this text, latest first: a page is read paragraph by paragraph
   * (article.ts), and "the mall" or a toll with no place in one refers to the place named in those before.
   */
  story?: readonly Anchor[];
  /** Told the story's places at the end of this text, for the paragraph after it. */
  storyAfter?: (story: readonly Anchor[]) => void;
  /** When the page was published (YYYY-MM-DD), if it says: a reaction reported long after is not the one it tells (reactionMatches). */
  published?: string | null;
}

interface Match {
  claim: ReferenceClaim;
  relation: Relation;
  span: { start: number; end: number };
  page: { quantity?: Quantity; reading: StoredStatement; scope?: { start: number; end: number }; toldAsEarlier?: true };
  /** Found by wording alone (restatementMatches, wordedMatches), not by comparing facts: weaker, and the card says so. */
  byWording?: true;
}

const SPAN_ANCHOR_KINDS = new Set(['place', 'territory', 'weapon', 'name', 'thing']);
/**
 * "… Photo: Oleksii Nikulin / hromadske", "(AP Photo/…)", "A view of … in this picture uploaded on April 8":
 * a photograph's caption describes a picture, not a claim of the text.
 */
const CAPTION = /\b(?:photos?|images?|pictures?)\s*(?:by\b|[:/])|\bin this (?:picture|photo|photograph|image|handout)\b|^\s*A view of\b/i;
/**
 * "Attack on Kremenchuk", "Strike on the Dnipro": a heading or caption that names an event with a noun
 * and states nothing about it (no verb, no number, no full stop).
 */
function isLabel(core: StatementCore, text: string): boolean {
  if (core.tokens.length > MAX_LABEL_WORDS || core.measures.length > 0 || /[.!?]["”’']?\s*$/.test(text)) return false;
  return core.acts.length > 0 && core.acts.every((a) => NOUN_AFTER.has(core.tokens[a.from + 1]?.norm ?? ''));
}
/**
 * A web address and little else ("date 2024-11-19 https://…/another-step-up-escalation-ladder…"): its
 * words are a link's slug, not a claim.
 */
function isAddressLine(text: string): boolean {
  const address = ADDRESS.exec(text);
  return !!address && text.replace(ADDRESS, ' ').split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length <= MAX_WORDS_BESIDE_ADDRESS;
}
const ADDRESS = /\bhttps?:\/\/\S+/;
/** Words beside an address that still leave the line a link (a date, "Source:", "Read more at"). */
const MAX_WORDS_BESIDE_ADDRESS = 4;
/** A label is at most this many words ("Consequences of the attack on Kremenchuk" is six). */
const MAX_LABEL_WORDS = 6;
/** After an act word, these make it a noun: "attack on", "strike of", "shelling in". */
const NOUN_AFTER = new Set(['on', 'of', 'in', 'against', 'at']);
/** How many sentences back "These missiles…" may find what it refers to. */
const CARRY_OVER_SENTENCES = 2;

function cover(spans: readonly { start: number; end: number }[]): { start: number; end: number } {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function measureMatches(text: string, st: Statement, reading: StoredStatement, index: ReferenceIndex): Match[] {
  return st.measures.flatMap((m) => {
    const all = matchesOfMeasure(st, m, reading, index);
    // "up to 500 km if the PrSM version is used": a value on a condition agrees or says nothing.
    const found = conditionalValue(text, m.quantity, st.end) ? all.filter((f) => isAgreement(f.relation)) : all;
    // A number whose holder the sentence does not name ("a system capable of 50 miles") belongs to
    // the claim it agrees with, if any: it does not also contradict the claims of other holders.
    if (!m.holder && found.some((f) => f.relation.same && f.relation.agree)) return found.filter((f) => f.relation.same && f.relation.agree);
    return found;
  });
}

/** "…if the PrSM version is used", "…, if confirmed": a condition right after a value, in its clause. */
const CONDITION_AFTER = /^[^.;:()\[\]—–]{0,12}?\bif\b/i;

/** Whether the value is told on a condition that follows it ("up to 500 km if the PrSM version is used"). */
function conditionalValue(text: string, q: Quantity, end: number): boolean {
  return CONDITION_AFTER.test(text.slice(q.end, Math.min(end, q.end + CONDITION_PEEK)));
}
/** How far after a value its condition is looked for. */
const CONDITION_PEEK = 20;

function matchesOfMeasure(st: Statement, m: Statement['measures'][number], reading: StoredStatement, index: ReferenceIndex): Match[] {
  const out: Match[] = [];
  {
    const side = { ...m, reading };
    const holder = st.anchors.find((a) => a.id === m.holder && a.end <= m.quantity.start);
    const span = cover(holder ? [holder, m.quantity] : [m.quantity]);
    const seen = new Set<string>();
    for (const cand of measureCandidates(m.dimension, reading, index)) {
      if (seen.has(cand.claim.id) || !sameMeasure(side, cand.side, index.weights)) continue;
      seen.add(cand.claim.id);
      out.push({ claim: cand.claim, relation: measureRelation(m.quantity, reading, cand.claim), span, page: { quantity: m.quantity, reading, ...(st.toldAsEarlier ? { toldAsEarlier: true as const } : {}) } });
    }
  }
  return out;
}

/**
 * How a page's count is compared: a running toll's lower bound as the number it states. "At least 10
 * killed" is the count as of its telling, not a bound that the set's later "21 killed" meets.
 */
export function asTold(q: Quantity, dimension: string | null): Quantity {
  if (!isRunningToll(dimension) || q.vague || (q.qualifier !== 'at least' && q.qualifier !== 'more than')) return q;
  return { ...q, qualifier: 'exact' };
}

/** A claim's precise values decide ("10,000 troops"); vague ones ("thousands") only agree. */
function measureRelation(q: Quantity, page: StoredStatement, claim: ReferenceClaim): Relation {
  const values = decidingValues(claim, q);
  const side = (quantity: Quantity, reading: StoredStatement) => ({ quantity, dimension: claim.dimension ?? '', holder: claim.holder, reading });
  const told = asTold(q, claim.dimension);
  const relations = values.map((v) => compareMeasures(side(told, page), side(v, claim.evidence[0]!.reading)));
  if (relations.some((r) => r.same && r.agree)) return { same: true, agree: true };
  return relations.find((r) => r.same) ?? { same: false };
}

/**
 * The values a claim is compared by: its precise ones ("10,000 troops"), not its vague ones
 * ("thousands"); and of a running toll since updated, its counts rather than its open bounds. "At
 * least 10 killed" on the first day and "18 killed" the next, both superseded by 21: a page's "25
 * killed" is not that outdated toll because 25 is at least 10; it conflicts with the current one.
 */
function decidingValues(claim: ReferenceClaim, page: Quantity): Quantity[] {
  const precise = claim.quantities.filter((x) => !x.vague);
  if (precise.length === 0) return claim.quantities;
  const counts = isRunningToll(claim.dimension) ? precise.filter((x) => !OPEN_BOUNDS.has(x.qualifier)) : [];
  if (counts.length === 0) return precise;
  // A count below the outdated toll's own ("16 killed" beside "at least 10", then 18) was told on the way to it.
  if (claim.status === 'superseded') return counts.every((x) => x.base.value < page.base.value) ? counts : precise;
  // "39 killed" where the sources went from "at least 30" to 52: below every count they gave, it was
  // told before the toll rose, however well it fits the first day's open bound.
  return counts.every((x) => x.base.value > page.base.value * (1 + RISEN_MARGIN)) ? counts : precise;
}
/** How far above a page's count every count of the sources must be for it to have been told before the toll rose (the plain tolerance). */
const RISEN_MARGIN = 0.05;
/** Qualifiers that bound a count from below only. */
const OPEN_BOUNDS = new Set<Quantity['qualifier']>(['at least', 'more than']);

function isAgreement(r: Relation): boolean {
  return r.same && r.agree;
}

function differsIn(r: Relation, kinds: readonly Difference[]): boolean {
  return r.same && !r.agree && kinds.includes(r.differs);
}

/** How a page statement stands to one of the set's: the same position (agreeing or not), or another doer or thing in one event. */
/** `pr` is the reading's profile, looked up once by a caller comparing it with many statements. */
function relationOf(reading: StoredStatement, other: StoredStatement, index: ReferenceIndex, pr: Profile = profile(reading)): Relation {
  const po = profile(other);
  // Each relation below needs the two to share an act (actsMeet): most candidates, found by what they name, do not.
  if (!actsMeet(pr, reading, po, other)) return NOT_SAME;
  if (samePosition(reading, other, index.weights, false, pr, po)) {
    const r = comparePositions(reading, other);
    // "Ukraine fired the missile at the station" against "a missile hit the station": same event, but
    // another statement of the claim may name its doer; compared below as a whole.
    if (r.same) return r;
  }
  // What a party says of who did it is its view; but which kind of weapon was used ("the Kremlin said it
  // was an intermediate-range missile") is told in someone's name in nearly every telling.
  const attributed = reading.attributed || other.attributed;
  if (!attributed && differentActor(reading, other, index.weights, pr, po)) return { same: true, agree: false, differs: 'actor' };
  if (differentThing(reading, other, index.weights, pr, po, attributed)) return { same: true, agree: false, differs: 'thing' };
  return NOT_SAME;
}
/** relationOf's answer for most candidates, one object rather than one per comparison: relations are never changed once made. */
const NOT_SAME: Relation = { same: false };

/**
 * The set's position statements that share the most (by weight) of a page statement's anchors and
 * acts: the only ones compared in full. A set of 10,000 claims about one war shares "Ukraine" with
 * nearly every page sentence; adding up shared weights over the index is cheap, comparing is not.
 */
export const MAX_POSITION_CANDIDATES = 16;

/**
 * The key terms (KEY_TERM) of a statement's terms, kept per list: a set statement's are read for every
 * page sentence it is a candidate of, and the weights keep their sums and sets per list, which a
 * fresh list each time never reached.
 */
const keyTerms = new WeakMap<readonly string[], string[]>();
function keyTermsOf(terms: readonly string[]): string[] {
  if (terms === latestPageTerms) return latestPageKeys;
  let keys = keyTerms.get(terms);
  if (!keys) keyTerms.set(terms, (keys = keyTermsIn(terms)));
  return keys;
}

/**
 * The key terms of a page statement's terms, asked for a few times while its sentence is read and then
 * never again: the latest are kept here, not in `keyTerms` (see relate.ts pageProfile).
 */
function pageKeyTerms(terms: readonly string[]): string[] {
  if (terms !== latestPageTerms) {
    latestPageKeys = keyTermsIn(terms);
    latestPageTerms = terms;
  }
  return latestPageKeys;
}
let latestPageTerms: readonly string[] | null = null;
let latestPageKeys: string[] = [];

/**
 * The terms KEY_TERM matches ("e:", "t:" or "a:" first), read by their first two codes: asked of every
 * term of every page statement, where the expression's test was a call each.
 */
function keyTermsIn(terms: readonly string[]): string[] {
  const keys: string[] = [];
  for (const t of terms) {
    const c = t.charCodeAt(0);
    if ((c === CODE_E || c === CODE_T || c === CODE_A) && t.charCodeAt(1) === CODE_COLON) keys.push(t);
  }
  return keys;
}
/** Codes of "e", "t", "a" and ":" (KEY_TERM). */
const CODE_E = 0x65;
const CODE_T = 0x74;
const CODE_A = 0x61;
const CODE_COLON = 0x3a;

function positionCandidates(reading: StoredStatement, index: ReferenceIndex): readonly IndexedPosition[] {
  // Candidates follow from the terms alone: a sentence no position matched asks again for its
  // restatements (checkedFlags), and its clauses (clauseStatements) share its terms: the same answer.
  if (lastCandidates?.terms === reading.terms && lastCandidates.index === index) return lastCandidates.found;
  const keys = pageKeyTerms(reading.terms);
  const found = topByTerms(keys, index.positionsByTerm, index.positions.length, index.weights, MAX_POSITION_CANDIDATES).map((i) => index.positions[i]!);
  lastCandidates = { terms: reading.terms, index, found };
  return found;
}
let lastCandidates: { terms: readonly string[]; index: ReferenceIndex; found: readonly IndexedPosition[] } | null = null;

/** Of the set's quantities of one dimension, those compared in full with a page quantity (as positionCandidates). */
export const MAX_MEASURE_CANDIDATES = 16;

function measureCandidates(dimension: string, reading: StoredStatement, index: ReferenceIndex): IndexedMeasure[] {
  const all = index.measuresByDimension.get(dimension) ?? [];
  if (all.length <= MAX_MEASURE_CANDIDATES) return all;
  const keys = pageKeyTerms(reading.terms);
  return topByTerms(keys, index.measuresByTerm.get(dimension)!, all.length, index.weights, MAX_MEASURE_CANDIDATES).map((i) => all[i]!);
}

function positionMatches(text: string, st: Statement, reading: StoredStatement, index: ReferenceIndex, within?: { start: number; end: number }): Match[] {
  if (st.modality === 'hypothetical' || !st.acts.some((a) => a.family !== 'speech')) return [];
  const best = new Map<string, { relation: Relation; score: number; other: StoredStatement }>();
  const pr = pageProfile(reading);
  // Whether the sentence opens with a faction, read only where it would matter (most sentences agree).
  let faction: boolean | undefined;
  {
    for (const cand of positionCandidates(reading, index)) {
      const other = cand.evidence.reading;
      // Another doer of the same event, told by the reference source in its own voice.
      const relation = relationOf(reading, other, index, pr);
      if (!relation.same || (factionSilentOn(cand.claim, relation) && (faction ??= isFaction(text, st)))) continue;
      const score = index.weights.dice(reading.terms, cand.evidence.reading.terms);
      const prev = best.get(cand.claim.id);
      // The closest statement of a claim decides how the page stands to it, except that another doer
      // or thing named by one of its statements outweighs agreement with one that names none.
      const keep = prev && differsIn(prev.relation, ACTOR_OR_THING) && !differsIn(relation, ACTOR_OR_THING);
      const outweighs = !!prev && isAgreement(prev.relation) && differsIn(relation, ACTOR_OR_THING);
      if (!keep && (!prev || score > prev.score || outweighs)) best.set(cand.claim.id, { relation, score, other });
    }
  }
  if (best.size === 0) return [];
  const span = positionSpan(st, within);
  // The best matching claim first: its explanation is the one a merged flag keeps. Who, where and what
  // was done (the key terms) decide before the rest of the wording, so that "cleared Kyiv to hit Russian
  // territory" cites the decision, not a sentence that shares more of its other words.
  // One claim (most sentences that match one) needs no order, nor the comparisons that give it.
  if (best.size === 1) for (const [id, m] of best) return [positionMatch(index, id, m.relation, span, reading, st)];
  const keys = pageKeyTerms(reading.terms);
  return [...best.entries()]
    .map(([id, m]) => ({ id, ...m, key: index.weights.dice(keys, keyTermsOf(m.other.terms)), weak: disputed(index, id, m.relation) }))
    .sort((x, y) => x.weak - y.weak || y.key - x.key || y.score - x.score)
    .map(({ id, relation }) => positionMatch(index, id, relation, span, reading, st));
}

/** The differences by which another statement of a claim outweighs agreement (positionMatches). */
const ACTOR_OR_THING: readonly Difference[] = ['actor', 'thing'];

function positionMatch(index: ReferenceIndex, id: string, relation: Relation, span: { start: number; end: number }, reading: StoredStatement, st: Statement): Match {
  return { claim: index.byId.get(id)!, relation, span, page: { reading, ...(st.scope ? { scope: { start: st.scope.start, end: st.scope.end } } : {}) } };
}

/**
 * Agreement with a claim the sources dispute explains less than agreement with one they do not: 1 for
 * such an agreement, else 0. A function, not a closure per call: under tsx (which runs the bench and
 * the CLI) every closure made is also named by a property definition.
 */
function disputed(index: ReferenceIndex, id: string, r: Relation): number {
  return isAgreement(r) && index.byId.get(id)!.status === 'contested' ? 1 : 0;
}

/**
 * A page sentence that says, in much the same words, what one of the set's statements says, where
 * the comparison of positions found no fact in common (its acts are not the set's: "the Kremlin said
 * the decision was reckless" against "Peskov condemned the decision as reckless"). Agreement only:
 * shared words never make a conflict, so a restatement of a claim the set shows reversed or disputed
 * is left to the comparisons that can name what differs. A number the set does not hold is not
 * supported by the words around it.
 */
export const RESTATEMENT_MIN_SIMILARITY = 0.45;
const RESTATABLE = new Set<ReferenceClaim['status']>(['corroborated', 'single-source', 'unconfirmed']);

/** A claim a restatement may agree with: undisputed, current, and stated with the page's polarity and certainty (`reading` is the page's: pageProfile). */
function restatable(claim: ReferenceClaim, other: StoredStatement, reading: StoredStatement): boolean {
  return RESTATABLE.has(claim.status) && other.polarity === reading.polarity && (other.modality === 'possible') === (reading.modality === 'possible') && !modesApart(reading, other) && !ofAnotherTime(reading, other, pageProfile(reading)) && !sitesApart(reading, other, pageProfile(reading));
}

/**
 * "Ukraine fired ATACMS into Russia" and "Biden approves Ukraine's use of ATACMS inside Russia": that a
 * thing was done is another fact than that it was allowed or asked for, however alike their words. (A
 * request and a permission are left to meet: "pleaded for permission" and "sought approval" are told
 * each way.) Only statements that both state an act are told apart so; one with none has no mode of its own.
 */
function modesApart(a: StoredStatement, b: StoredStatement): boolean {
  return (a.mode === 'occurrence') !== (b.mode === 'occurrence') && a.acts.some(isHead) && b.acts.some(isHead);
}
function isHead(a: { head?: boolean }): boolean {
  return !!a.head;
}

function restatementMatches(st: Statement, reading: StoredStatement, index: ReferenceIndex): Match[] {
  if (st.measures.length > 0 || reading.modality === 'hypothetical') return [];
  const sharesAnchor = (other: StoredStatement) => other.anchors.some((a) => reading.anchors.some((b) => b.id === a.id));
  const best = closestRestated(positionCandidates(reading, index), reading, index, RESTATEMENT_MIN_SIMILARITY, sharesAnchor);
  return best ? [wordingMatch(best, positionSpan(st), reading)] : [];
}

/** How alike a page statement's terms are to a set statement's: Dice unless a matcher says otherwise. */
type Likeness = (index: ReferenceIndex, page: readonly string[], other: readonly string[]) => number;
const alike: Likeness = (index, page, other) => index.weights.dice(page, other);

/**
 * Of the candidates, the claim whose statement is worded closest to the page's, at least `min` alike
 * (by `likeness`), restatable (restatable) and passing `also`; null when none is.
 */
function closestRestated(candidates: Iterable<IndexedPosition>, reading: StoredStatement, index: ReferenceIndex, min: number, also: (other: StoredStatement) => boolean, likeness: Likeness = alike): ReferenceClaim | null {
  let best: { claim: ReferenceClaim; score: number } | null = null;
  for (const { claim, evidence } of candidates) {
    const other = evidence.reading;
    if (!restatable(claim, other, reading) || !also(other)) continue;
    const score = likeness(index, reading.terms, other.terms);
    if (score >= min && (!best || score > best.score)) best = { claim, score };
  }
  return best?.claim ?? null;
}

/**
 * A party's reaction is an event of its day: one the set's sources report more than this many days
 * after the page was published is another reaction ("adding fuel to the fire" of June 2022 is not the
 * Kremlin's words of November 2024). Days, not one: a page's date and its sources' may differ by a
 * few (time zones, updates, a wire story picked up late).
 */
export const LATER_REACTION_DAYS = 30;
/** Milliseconds in a day, for dates parsed with Date.parse. */
const DAY_MS = 86_400_000;

/** Whether the claim was first reported more than LATER_REACTION_DAYS after the page's date. */
function reportedLongAfter(claim: ReferenceClaim, published: string | null): boolean {
  if (!published) return false;
  return Date.parse(claim.date) - Date.parse(published) > LATER_REACTION_DAYS * DAY_MS;
}

/**
 * Of matches by wording, those the page could have told: not someone's words (every statement of the
 * claim told in a speaker's name) that the set's sources report long after the page was published.
 */
function wordsOfTheirDay(matches: Match[], published: string | null): Match[] {
  return published ? matches.filter((m) => !(m.claim.evidence.every((e) => e.reading.attributed) && reportedLongAfter(m.claim, published))) : matches;
}

/** A party's reaction the set also reports (reactions.ts): agreement, told as the same fact. */
function reactionMatches(text: string, st: Statement, reading: StoredStatement, index: ReferenceIndex, published: string | null): Match[] {
  // "'If such a decision was made, this is a new round of tension,' Peskov said": a party's verdict on
  // a condition is still its reaction; the condition is not stated as fact, so only the verdict counts.
  const claims = reactionClaims(text, st, reading, index, reading.modality === 'hypothetical').filter((c) => !reportedLongAfter(c, published));
  return claims.map((claim) => ({ claim, relation: { same: true, agree: true }, span: { start: st.start, end: st.end }, page: { reading } }));
}

/** Agreement found by wording alone (Match.byWording). */
function wordingMatch(claim: ReferenceClaim, span: { start: number; end: number }, reading: StoredStatement): Match {
  return { claim, relation: { same: true, agree: true }, span, page: { reading }, byWording: true };
}

/**
 * A sentence with no checkable act of its own that tells what a party said or did in words much like
 * one of the set's statements ("'…adding fuel to the fire,' Peskov said" beside "Peskov condemned the
 * decision, saying it added fuel to the fire"): that the party said it is what the set also reports.
 * Otherwise a sentence worded much like one of the set's (wordedMatches).
 */
function uncheckableMatches(text: string, core: StatementCore, index: ReferenceIndex, published: string | null): Match[] {
  if (core.question) return [];
  const st = completeStatement(text, core, index.vocabulary);
  const reading = storeStatement(st);
  const voiced = core.anchors.some(isParty) ? [...wordsOfTheirDay(restatementMatches(st, reading, index), published), ...reactionMatches(text, st, reading, index, published)] : [];
  return voiced.length > 0 ? voiced : wordsOfTheirDay(wordedMatches(st, reading, index), published);
}

/**
 * A page sentence that names no party, place or act the set knows, or none the set relates it to, but
 * says in its own content words what one of the set's statements says ("The village had gathered at a
 * local café for the wake of a fallen soldier" beside "… a café in Hroza, where villagers had gathered
 * for a soldier's wake"). Like restatementMatches, agreement only, never a conflict; with no shared
 * anchor to vouch for the topic, it needs several rare words in common. The similarity (weighted Dice)
 * at which that holds more often than not: at 0.25, 84 of the 117 worded matches on the tune pages are
 * sentences the labels call supported, and 32 of the 51 that 0.25 adds to 0.35 (the value before); from
 * 0.25 to 0.22, 8 more found and 4 more false on the tune pages (below 0.2 the false rise faster).
 */
export const WORDED_MIN_SIMILARITY = 0.22;
/** Content words (w: terms) a worded restatement must share: one or two rare words are a topic, not a fact. */
export const WORDED_MIN_SHARED = 3;

/**
 * A short page sentence whose words a long statement of the set nearly all holds ("DNA laboratories
 * are working around the clock" within "…forensic experts worked to identify the victims, even needing
 * mobile DNA laboratories…"): Dice, diluted by the long statement's other words, undersells it.
 */
export const WORDED_MIN_CONTAINMENT = 0.5;
const contained: Likeness = (index, page, other) => index.weights.containment(page, other);

function wordedMatches(st: Statement, reading: StoredStatement, index: ReferenceIndex): Match[] {
  if (st.measures.length > 0 || reading.modality === 'hypothetical') return [];
  const words = reading.terms.filter((t) => t.startsWith(WORD_TERM));
  if (words.length < WORDED_MIN_SHARED) return [];
  const candidates = topByTerms(words, index.positionsByWord, index.positions.length, index.weights, MAX_POSITION_CANDIDATES).map((i) => index.positions[i]!);
  // Both term lists are without repeats: counting the other's terms among the page's words counts the shared words.
  const wordSet = new Set(words);
  const sharesWords = (other: StoredStatement) => countIn(other.terms, wordSet) >= WORDED_MIN_SHARED;
  const best = closestRestated(candidates, reading, index, WORDED_MIN_SIMILARITY, sharesWords) ?? closestRestated(candidates, reading, index, WORDED_MIN_CONTAINMENT, sharesWords, contained);
  return best ? [wordingMatch(best, { start: st.start, end: st.end }, reading)] : [];
}

function countIn(terms: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const t of terms) if (set.has(t)) n++;
  return n;
}

/**
 * The words that state a position: from the negation that denies its act ("not going to send") or
 * its first act, to the last of its acts and of the places and things it names; a scope alone when
 * it is the scope that is in question ("outside the Kursk region").
 */
function positionSpan(st: Statement, within: { start: number; end: number } = st): { start: number; end: number } {
  const head = st.acts.filter((a) => a.head);
  const named = st.anchors.filter((a) => SPAN_ANCHOR_KINDS.has(a.kind) && !a.implied && a.start >= within.start && a.end <= within.end);
  const parts: { start: number; end: number }[] = [...head, ...named];
  for (const a of head) if (a.negatedFrom !== undefined) parts.push({ start: a.negatedFrom, end: a.end });
  return parts.length > 0 ? cover(parts) : { start: st.start, end: st.end };
}

export function checkAgainstReference(text: string, sentences: readonly Sentence[], index: ReferenceIndex, page: PageInfo = {}): Flag[] {
  const self = selfSources(sentences, index, page.url);
  const selfKey = [...self].sort().join(ITEM);
  const flags: Flag[] = [];
  const recent: Anchor[][] = [];
  let story: Anchor[] = page.story && page.story.length > 0 ? [...page.story] : placesAhead(text, sentences, index);
  // Whether `story` is latestStoryPlaces' own: kept again unchanged (no new place), it is the same list.
  let kept = false;
  sentences.forEach((sentence, i) => {
    const prev = sentences[i - 1];
    if (prev && text.slice(prev.end, sentence.start).includes('\n')) recent.length = 0;
    const around: Around = { recent: carried(recent), story, opinion: !!page.opinion?.has(i), view: !!page.views?.has(i), published: page.published ?? null };
    const read = cachedSentence(text, sentence, index, around, self, selfKey);
    recent.push(read.anchors);
    if (recent.length > CARRY_OVER_SENTENCES) recent.shift();
    const places = read.anchors.filter(isStoryPlace);
    if (places.length > 0 || !kept) story = latestStoryPlaces([...places, ...story]);
    kept = true;
    flags.push(...read.flags);
  });
  page.storyAfter?.(story);
  return flags;
}

/** The anchors of the sentences just before, in order: recent.flat() without the builtin's generic walk, read for every sentence. */
function carried(recent: readonly (readonly Anchor[])[]): Anchor[] {
  const out: Anchor[] = [];
  for (const list of recent) for (const a of list) out.push(a);
  return out;
}

/** How many sentences from the top are looked through for the place a story is about, when its first ones name none. */
export const STORY_LOOK_AHEAD = 4;

/**
 * "A Russian attack on a village killed at least 48 people", then "The village of Hroza…": a story's
 * first sentences often name its place only after they tell its toll. Until the text names one, the
 * place it names first, within its first STORY_LOOK_AHEAD sentences, is the story's.
 */
export function placesAhead(text: string, sentences: readonly Sentence[], index: ReferenceIndex): Anchor[] {
  for (const sentence of sentences.slice(0, STORY_LOOK_AHEAD)) {
    const places = findAnchors(text, tokenize(text, sentence.start, sentence.end), index.vocabulary).filter(isStoryPlace);
    if (places.length > 0) return latestStoryPlaces(places);
  }
  return [];
}

/**
 * Of the places a text named, latest first, those a reading can still use: every reader of the story
 * (withStoryPlaces, contextOf, measures.ts impliedPlaces) takes the first mention of each of its first
 * STORY_PLACES places, so older mentions are dropped as the text is read. Keeping every mention made
 * each sentence's reading of a long page cost more than the one before.
 */
function latestStoryPlaces(story: readonly Anchor[]): Anchor[] {
  const kept: Anchor[] = [];
  const seen = new Set<string>();
  for (const a of story) {
    if (kept.length === STORY_PLACES) break;
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    kept.push(a);
  }
  return kept;
}

/**
 * A page statement as stored for comparison. Its claim is someone else's, not the writer's, also where
 * an unnamed source says it ("Russian officials said Ukraine fired the missile"): the page does not
 * itself name who did it, so it cannot contradict the set on that (relationOf).
 */
function pageReading(text: string, st: Statement): StoredStatement {
  const reading = storeStatement(st);
  const first = st.acts.find((a) => a.head);
  if (reading.attributed || !first) return reading;
  const voiced = reportedSpeech(text, { start: st.start, end: st.end, text: text.slice(st.start, st.end) }, true);
  return voiced.some((r) => r.start <= first.start && first.end <= r.end) ? { ...reading, attributed: true } : reading;
}

/** Nouns that, after "the", refer back to the story's place (reference-site-nouns.json). */
const SITE_NOUNS = new Set(siteNouns.entries.map((e) => e.term));

/**
 * "An Iskander missile struck the mall", in a story about the Amstor mall in Novohrad: an event whose
 * sentence names no place of its own but refers back to one ("the mall") happened where the story is,
 * at the places it named last.
 */
function withStoryPlaces(core: StatementCore, story: readonly Anchor[]): StatementCore {
  if (story.length === 0 || core.anchors.some((a) => isStoryPlace(a) || a.kind === 'territory')) return core;
  if (!core.acts.some((a) => a.family === 'event')) return core;
  if (!core.tokens.some((t, i) => SITE_NOUNS.has(t.norm) && core.tokens[i - 1]?.norm === 'the')) return core;
  // `story` holds the latest places, each once (latestStoryPlaces).
  const at = { start: core.end, end: core.end, from: core.tokens.length, to: core.tokens.length, implied: true as const };
  return { ...core, anchors: [...core.anchors, ...story.map((a) => ({ ...a, ...at }))] };
}

/** What a sentence's reading depends on besides its words: the sentences before it, and what the language rules made of it. */
interface Around {
  /** The anchors of the sentences just before (readCore's `recent`). */
  recent: readonly Anchor[];
  /** The places the text named so far, latest first (readCore's `storyPlaces`). */
  story: readonly Anchor[];
  /** An opinion (PageInfo.opinion), and of those a view (PageInfo.views). */
  opinion: boolean;
  view: boolean;
  /** PageInfo.published. */
  published: string | null;
}

/** One sentence against the set: its anchors (for the sentences after it) and its flags. */
interface SentenceReading {
  /** The sentence's start when it was read: its flags' offsets are moved from there. */
  start: number;
  anchors: Anchor[];
  flags: Flag[];
}

function readSentence(text: string, sentence: Sentence, index: ReferenceIndex, around: Around, self: ReadonlySet<string>): SentenceReading {
  const core = readCore(text, sentence.start, sentence.end, index.vocabulary, around.recent, around.story);
  return { start: sentence.start, anchors: core.anchors, flags: sentenceFlags(text, sentence, core, index, around, self) };
}

/**
 * The flags of a sentence read as `core`. A function of its own rather than a closure in readSentence:
 * under tsx (which runs the bench and the CLI) every closure made is also named by a property
 * definition, at every sentence.
 */
function sentenceFlags(text: string, sentence: Sentence, core: StatementCore, index: ReferenceIndex, around: Around, self: ReadonlySet<string>): Flag[] {
  if (LINK_LINE.test(sentence.text) || CAPTION.test(sentence.text) || isAddressLine(sentence.text) || isLabel(core, sentence.text)) return [];
  if (around.opinion && core.measures.length === 0) return around.view ? [] : opinionAgreement(text, core, index, self);
  if (!isCheckable(core)) return withCues(text, merge(uncheckableMatches(text, core, index, around.published).flatMap((m) => flagsOf(text, m, index, self))));
  return checkedFlags(text, withStoryPlaces(core, around.story), index, self, around.published);
}

/**
 * Sentences read against each set, by their words and then by all else the reading depends on
 * (contextOf). A page is read again sentence for sentence: an opinion piece twice (as news first,
 * article.ts), a page again as it changes; reading and matching a sentence is most of the reference
 * check's time.
 */
const readings = new WeakMap<ReferenceIndex, Map<string, KeptReading[]>>();
/** A sentence's reading with the context it was read in. */
interface KeptReading extends SentenceReading {
  context: string;
}
/** The cache's bound per set: a long live blog has a few thousand sentences; past it, start afresh. */
const MAX_CACHED_SENTENCES = 20_000;
let cacheLimit = MAX_CACHED_SENTENCES;

/**
 * Characters around a sentence that its reading looks at: "a city of 370,000" is read from 40
 * characters before a number and "1,000 residents lived there" 30 after it (measures.ts isPopulation).
 */
const CONTEXT_CHARS = 64;
/** The run of non-space characters from a point: a word that starts in the sentence is read to its end (tokens.ts). */
const WORD_REST = /\S*/y;
/** Separates the parts of a context: no id holds it, and the text around the sentence, which may, comes last. */
const PART = '\u0000';
/** Separates the ids within a part (an id may hold a space, none a control character). */
const ITEM = '\u0001';

/**
 * All a sentence's reading depends on besides the set and its own words: whether it is an opinion or
 * a view, which sources are the page itself, the anchors of the sentences before (weapons carried
 * over, measures.ts holderOf), the places the story named (its latest STORY_PLACES, measures.ts
 * impliedPlaces), and the text around it.
 */
function contextOf(text: string, sentence: Sentence, around: Around, selfKey: string): string {
  WORD_REST.lastIndex = sentence.end;
  const to = Math.max(sentence.end + CONTEXT_CHARS, sentence.end + WORD_REST.exec(text)![0].length);
  let recent = '';
  for (const a of around.recent) recent += `${a.kind}:${a.id}${ITEM}`;
  const places: string[] = [];
  for (const a of around.story) {
    if (places.length === STORY_PLACES) break;
    if (!places.includes(a.id)) places.push(a.id);
  }
  const before = text.slice(Math.max(0, sentence.start - CONTEXT_CHARS), sentence.start);
  return `${+around.opinion}${+around.view}${PART}${around.published ?? ''}${PART}${selfKey}${PART}${recent}${PART}${places.join(ITEM)}${PART}${before.length}${PART}${before}${text.slice(sentence.end, to)}`;
}

function cachedSentence(text: string, sentence: Sentence, index: ReferenceIndex, around: Around, self: ReadonlySet<string>, selfKey: string): SentenceReading {
  // A sentence is known by its words as its `text` holds them (segment.ts), when they are the text's at its offsets.
  const own = cacheLimit > 0 && sentence.end - sentence.start === sentence.text.length && text.startsWith(sentence.text, sentence.start);
  // A reading made for this call alone is already at the sentence's offsets, and its flags are no one else's.
  if (!own) return readSentence(text, sentence, index, around, self);
  let cache = readings.get(index);
  if (!cache) readings.set(index, (cache = new Map()));
  const context = contextOf(text, sentence, around, selfKey);
  let kept = cache.get(sentence.text);
  let read = kept?.find((r) => r.context === context);
  if (!read) {
    if (cache.size >= cacheLimit) cache.clear();
    if (!kept || cache.size === 0) cache.set(sentence.text, (kept = []));
    kept.push((read = { ...readSentence(text, sentence, index, around, self), context }));
  }
  return placed(read, sentence.start);
}

/**
 * A kept reading at a sentence's offsets: fresh flags (a caller may change its own), moved by the
 * distance between the two starts. Its anchors are the kept ones: the sentences after read only their
 * ids and kinds (Around), never their offsets.
 */
function placed(read: SentenceReading, start: number): SentenceReading {
  const by = start - read.start;
  const flags = read.flags.map((f) => {
    const moved = { ...f, start: f.start + by, end: f.end + by };
    if (f.evidence) moved.evidence = [...f.evidence];
    return moved;
  });
  return { start, anchors: read.anchors, flags };
}

/**
 * Turns the per-sentence cache off (false) or on: the benchmark repeats the same articles, which the
 * cache would read once, so it also measures the check on every sentence as if it were new.
 */
export function useReadingCache(on: boolean): void {
  cacheLimit = on ? MAX_CACHED_SENTENCES : 0;
}

/** A checkable sentence against the set: its matches by fact, then by wording, or uncovered. */
function checkedFlags(text: string, core: StatementCore, index: ReferenceIndex, self: ReadonlySet<string>, published: string | null): Flag[] {
  const st = completeStatement(text, core, index.vocabulary);
  const reading = pageReading(text, st);
  const found = [...measureMatches(text, st, reading, index), ...positionMatches(text, st, reading, index)];
  const restated = found.length > 0 ? found : [...wordsOfTheirDay(restatementMatches(st, reading, index), published), ...reactionMatches(text, st, reading, index, published)];
  const matches = restated.length > 0 ? restated : wordsOfTheirDay(wordedMatches(st, reading, index), published);
  let made = matches.filter((m) => !outdatedBesideCurrent(m, matches) && !tollSinceRisen(m, matches)).flatMap((m) => flagsOf(text, m, index, self));
  if (made.length === 0 && matches.length === 0) made.push(uncovered(text, st));
  else made.push(...uncoveredCounts(text, st, matches));
  if (!made.some((f) => f.category === 'conflict')) made.push(...clauseFlags(text, st, core, index, self, matches.length === 0));
  const conflicting = made.some((f) => f.category === 'conflict');
  // A sentence the set contradicts ("ATACMS can hit targets 500 km away") is not also shown as
  // matching it, unless one of the set's articles states it (supportedBeside): what conflicts is what
  // a reader checks. And a number the set shows updated ("30 killed", later 57) is said once as a
  // conflict, as outdated, with both dates.
  const outdatedSpans = made.filter((f) => f.rule === 'reference-superseded').map((f) => `${f.start}:${f.end}`);
  if (outdatedSpans.length > 0) made = made.filter((f) => f.rule !== 'reference-conflict' || !outdatedSpans.includes(`${f.start}:${f.end}`));
  return withCues(text, merge(conflicting ? [...made.filter((f) => f.category !== 'supported'), ...supportedBeside(text, matches, index, self)] : made));
}

/**
 * A sentence the set contradicts is not also shown as matching it, except where it matches what one
 * of the set's articles states: a position the set shows reversed later ("Kyiv pledged not to strike
 * Russian territory", as the June 2022 article has it), a toll since updated, or one side of a dispute.
 * That article supports it, and the conflict beside it says what changed or who disagrees.
 */
function supportedBeside(text: string, matches: readonly Match[], index: ReferenceIndex, self: ReadonlySet<string>): Flag[] {
  const out: Flag[] = [];
  for (const m of matches) {
    for (const claim of supportingBeside(m, index, self)) {
      const flag = supported({ ...m, claim, relation: AGREES }, index, self, flagMaker(text, m.span));
      out.push({ ...flag, explanation: `${flag.explanation} ${BESIDE_NOTE[claim.status] ?? ''}`.trimEnd() });
    }
  }
  return out;
}
/** What a reader of a supported flag beside a conflict needs to know: the support is not the last word. */
const BESIDE_NOTE: Partial<Record<ReferenceClaim['status'], string>> = {
  superseded: 'So it was reported then; the reference set shows it changed later (see the outdated flag).',
  contested: 'Other reference sources disagree (see the contested flag).',
};
const AGREES: Relation = { same: true, agree: true };

/** The claims a match shows the page agreeing with though it conflicts: the one it restates, or, where it denies a position that reversed earlier ones, those (flagsOf's outdated). */
function supportingBeside(m: Match, index: ReferenceIndex, self: ReadonlySet<string>): ReferenceClaim[] {
  const { claim, relation } = m;
  if (isAgreement(relation)) return DISPUTED_OR_OUTDATED.has(claim.status) && !m.page.quantity?.vague && hasOtherSources(claim, self) ? [claim] : [];
  const deniesPosition = differsIn(relation, ['polarity', 'scope']);
  if (!deniesPosition || DISPUTED_OR_OUTDATED.has(claim.status) || m.page.reading.era === 'earlier') return [];
  return reversedBy(index, claim).filter((c) => hasOtherSources(c, self));
}
const DISPUTED_OR_OUTDATED = new Set<ReferenceClaim['status']>(['superseded', 'contested']);

/**
 * What the sentence's other clauses state that the set contradicts or shows reversed: "…, which Kyiv
 * has assured will not be used to strike Russian territory" (clauseStatements). A clause the set
 * supports counts only where the head matched nothing ("Russia launched drones at Odesa, days after
 * Washington allowed Kyiv to strike inside Russia"): beside the head's own match it adds nothing.
 */
function clauseFlags(text: string, st: Statement, core: StatementCore, index: ReferenceIndex, self: ReadonlySet<string>, unmatched: boolean): Flag[] {
  const out: Flag[] = [];
  for (const clause of clauseStatements(text, st, core, index.vocabulary)) {
    const reading = pageReading(text, clause.statement);
    for (const m of positionMatches(text, clause.statement, reading, index, clause)) out.push(...flagsOf(text, m, index, self).filter((f) => f.category === 'conflict' || (unmatched && f.category === 'supported')));
  }
  return out;
}

/**
 * A page's opinion ("Russian forces struck the café, presumably thinking soldiers were there") is not
 * checked for conflicts or gaps, but the fact it rests on may be one the set holds: that much is
 * supported, when a current, undisputed claim states the same position.
 */
function opinionAgreement(text: string, core: StatementCore, index: ReferenceIndex, self: ReadonlySet<string>): Flag[] {
  if (!isCheckable(core)) return [];
  const st = completeStatement(text, core, index.vocabulary);
  const agreeing = positionMatches(text, st, storeStatement(st), index).filter((m) => isAgreement(m.relation) && RESTATABLE.has(m.claim.status));
  return withCues(text, merge(agreeing.flatMap((m) => flagsOf(text, m, index, self)).filter((f) => f.category === 'supported')));
}

/**
 * "21 people died" agrees with the current toll of 21 and, through its open "at least 16", with the
 * superseded one: agreeing with a current claim of the same quantity, the page is not outdated.
 */
function outdatedBesideCurrent(m: Match, all: readonly Match[]): boolean {
  if (m.claim.status !== 'superseded' || !isAgreement(m.relation) || !m.page.quantity) return false;
  return all.some((o) => o !== m && o.page.quantity === m.page.quantity && o.claim.status !== 'superseded' && isAgreement(o.relation));
}

/**
 * "59 killed" against a set that counts 2 killed on the first day and 59 a week later: the page tells
 * the later count, and the earlier one is a toll that has since risen, not a contradiction.
 */
function tollSinceRisen(m: Match, all: readonly Match[]): boolean {
  const { claim, relation } = m;
  if (!m.page.quantity || !relation.same || relation.agree || relation.differs !== 'value' || !isRunningToll(claim.dimension)) return false;
  const lower = claim.quantities.every((x) => x.base.value < m.page.quantity!.base.value);
  return lower && all.some((o) => o.page.quantity === m.page.quantity && isAgreement(o.relation) && o.claim.dimension === claim.dimension && o.claim.date > claim.date);
}

/**
 * "Biden confirmed that Washington will supply four more HIMARS, meaning Kyiv will operate 12": the
 * act is one the set states, the counts are not; each count no claim speaks to is uncovered.
 */
function uncoveredCounts(text: string, st: Statement, matches: readonly Match[]): Flag[] {
  const open = st.measures.filter((m) => !matches.some((x) => x.page.quantity === m.quantity));
  return open.length > 0 ? [uncovered(text, { ...st, measures: open })] : [];
}

function uncovered(text: string, st: Statement): Flag {
  const parts = st.measures.length > 0 ? st.measures.map((m) => m.quantity) : st.acts.filter((a) => a.family !== 'speech');
  const span = parts.length > 0 ? cover(parts) : { start: st.start, end: st.end };
  const cue = text.slice(span.start, span.end);
  return { category: 'uncovered', ...span, cue, rule: 'reference-uncovered', explanation: `No claim in the reference set covers "${cue}": look for a source before relying on it.`, evidence: [] };
}

/** A merged flag's cue is the text its span now covers. */
function withCues(text: string, flags: readonly Flag[]): Flag[] {
  return flags.map((f) => ({ ...f, cue: text.slice(f.start, f.end) }));
}

/**
 * Flags of one sentence that say the same thing become one: its span covers theirs, it keeps the
 * first explanation (the closest claim's) and gathers all the evidence.
 */
function merge(flags: Flag[]): Flag[] {
  const out: Flag[] = [];
  for (const f of flags) {
    const same = out.find((o) => o.rule === f.rule);
    if (!same) {
      out.push({ ...f });
      continue;
    }
    same.evidence = [...(same.evidence ?? []), ...(f.evidence ?? []).filter((e) => !same.evidence?.some((x) => x.source === e.source && x.claim === e.claim))];
    same.start = Math.min(same.start, f.start);
    same.end = Math.max(same.end, f.end);
  }
  return out;
}

function claimsById(index: ReferenceIndex, ids: readonly string[]): ReferenceClaim[] {
  return ids.map((id) => index.byId.get(id)).filter((c): c is ReferenceClaim => !!c);
}

/** Claims that this one reversed: those listing it in their supersededBy. */
function reversedBy(index: ReferenceIndex, claim: ReferenceClaim): ReferenceClaim[] {
  return index.reversed.get(claim.id) ?? [];
}

function flagsOf(text: string, m: Match, index: ReferenceIndex, self: ReadonlySet<string>): Flag[] {
  const { claim, relation } = m;
  if (!relation.same) return [];
  const make = flagMaker(text, m.span);
  if (relation.agree) return agreeing(m, index, self, make);
  // A page that differs from a position the set shows reversed agrees with the newer one: no flag here.
  if (claim.status === 'superseded' || claim.status === 'contested') return [];
  const deniesPosition = relation.differs === 'polarity' || relation.differs === 'scope';
  // "Restrictions on ATACMS remained in place at the time", "after the long-standing refusal": a page
  // that tells how things stood before does not deny how they stand now, whether or not the set also
  // holds the earlier position.
  if (deniesPosition && m.page.reading.era === 'earlier') return [];
  const older = reversedBy(index, claim).filter((c) => hasOtherSources(c, self));
  if (deniesPosition && older.length > 0) return [outdated(older, [claim], index, self, make)];
  if (!hasOtherSources(claim, self)) return [];
  // "Earlier it was reported that … three children": a toll the sources give as already outdated
  // does not contradict a page's toll, which may be the newer one.
  if (relation.differs === 'value' && isRunningToll(claim.dimension) && claim.evidence.every((e) => e.reading.era === 'earlier')) return [];
  // "An earlier toll had stood at 30": a page that gives its toll as already outdated does not contradict the latest.
  if (relation.differs === 'value' && isRunningToll(claim.dimension) && m.page.toldAsEarlier) return [];
  // "Dozens remained missing": an amount in words is too loose to contradict a count; it only agrees.
  if (relation.differs === 'value' && m.page.quantity?.vague) return [];
  if (relation.differs === 'value' && toldBeforeItRose(m.page.quantity, claim)) return [risenSince(m, index, self, make)];
  return [
    make('conflict', 'reference-conflict', `Conflicts with the reference set on ${DIFFERENCE_WORDS[relation.differs]}: ${pageSide(m, relation.differs)}; reference: ${referenceSide(claim, relation.differs)} (${cite(index, claim, self)}).`, evidenceOf(index, claim, self, 'disagrees')),
  ];
}

function toldBeforeItRose(q: Quantity | undefined, claim: ReferenceClaim): boolean {
  if (!q || asTold(q, claim.dimension) === q) return false;
  return claim.quantities.some((x) => !x.vague && x.base.value > q.base.value);
}

/** "At least 50 killed" where the set's sources count 57: a running toll told before it rose. */
function risenSince(m: Match, index: ReferenceIndex, self: ReadonlySet<string>, make: Make): Flag {
  const { claim } = m;
  const role = claim.dimension?.split(':')[1] ?? '';
  return make('conflict', 'reference-superseded', `Outdated count: "${m.page.quantity!.text}" ${role} was the toll as it stood when told; the reference set's sources count ${referenceSide(claim, 'value')} ${role} (${cite(index, claim, self)}).`, evidenceOf(index, claim, self, 'disagrees'));
}

type Make = (category: Flag['category'], rule: string, explanation: string, evidence: Evidence[], span?: { start: number; end: number }) => Flag;

/**
 * Makes a match's flags, on its span unless told another. Returned unnamed from a function of its own:
 * under tsx (which runs the bench and the CLI) a closure bound to a name is also named by a property
 * definition each time it is made, here for every match.
 */
function flagMaker(text: string, matchSpan: { start: number; end: number }): Make {
  return (category, rule, explanation, evidence, span = matchSpan) => ({
    category,
    ...span,
    cue: text.slice(span.start, span.end),
    rule,
    explanation,
    evidence,
  });
}

function agreeing(m: Match, index: ReferenceIndex, self: ReadonlySet<string>, make: Make): Flag[] {
  const { claim } = m;
  if (claim.status === 'superseded') {
    // "Killing dozens": a vague count agrees with every toll told, the old and the new alike.
    if (m.page.quantity?.vague) return [];
    const later = claimsById(index, claim.supersededBy).filter((c) => hasOtherSources(c, self));
    if (m.page.reading.era === 'earlier' || later.length === 0) return hasOtherSources(claim, self) ? [supported(m, index, self, make)] : [];
    return [outdated([claim], later, index, self, make)];
  }
  // A dispute about where it applies concerns only pages that say where ("only in Kursk")…
  const disputeStated = !(claim.scope && !m.page.reading.scope && rivalsDifferOnlyInScope(index, claim));
  // …and say it of a place in dispute: "only to defend the Kharkiv region" is another limit, of another decision.
  if (claim.status === 'contested' && limitedElsewhere(m.page.reading, index, claim)) return [];
  if (claim.status === 'contested' && disputeStated) {
    const rivals = claimsById(index, claim.contestedWith).filter((c) => hasOtherSources(c, self));
    if (rivals.length > 0) {
      // A dispute about where it applies shows on the words that say where.
      const span = m.page.scope && rivalsDifferOnlyInScope(index, claim) ? m.page.scope : m.span;
      const sides = [claim, ...rivals].filter((c) => hasOtherSources(c, self)).map((c) => `${cite(index, c, self)}: "${c.statement}"`);
      return [make('conflict', 'reference-contested', `Contested: the reference sources disagree. ${sides.join('; ')}.`, [...evidenceOf(index, claim, self, 'agrees'), ...rivals.flatMap((c) => evidenceOf(index, c, self, 'disagrees'))], span)];
    }
  }
  if (!hasOtherSources(claim, self)) return [];
  const flags = [supported(m, index, self, make)];
  if (claim.status === 'unconfirmed') {
    flags.push(make('unverified', 'reference-unconfirmed', `The reference sources themselves treat this as unconfirmed (${cite(index, claim, self)}): "${claim.statement}".`, evidenceOf(index, claim, self)));
  }
  return flags;
}

/** Scopes that place an act somewhere ("only in", "in"); widening or excepting ("anywhere in", "outside") takes a side in a dispute about where. */
const PLACING_SCOPES = new Set(['only', 'in']);

/**
 * The page places the act ("only to defend the Kharkiv region", "strikes inside Russia") at a place that
 * neither the claim nor its rivals (which differ only in scope) name as theirs.
 */
function limitedElsewhere(page: StoredStatement, index: ReferenceIndex, claim: ReferenceClaim): boolean {
  if (!page.scope || !PLACING_SCOPES.has(page.scope.kind) || !claim.scope || !rivalsDifferOnlyInScope(index, claim)) return false;
  const disputed = [claim, ...claimsById(index, claim.contestedWith)].map((c) => c.scope?.place);
  return !disputed.includes(page.scope.place);
}

function rivalsDifferOnlyInScope(index: ReferenceIndex, claim: ReferenceClaim): boolean {
  return claimsById(index, claim.contestedWith).every((r) => r.kind === 'position' && r.polarity === claim.polarity && !!r.scope);
}

function supported(m: Match, index: ReferenceIndex, self: ReadonlySet<string>, make: Make): Flag {
  const c = m.claim;
  // A match by wording says so: the page says much the same in other words, which is weaker than the same fact.
  const how = m.byWording ? 'Worded much like the reference set' : 'Matches the reference set';
  return make('supported', 'reference-supported', `${how}: ${c.statement} (${c.status}, ${cite(index, c, self)}).`, evidenceOf(index, c, self, 'agrees'));
}

function outdated(older: ReferenceClaim[], later: ReferenceClaim[], index: ReferenceIndex, self: ReadonlySet<string>, make: Make): Flag {
  // Each source is cited with its outlet and date ("003 (ICARO Media Group, 17 November 2024)").
  const was = older.map((c) => `"${c.statement}" (${cite(index, c, self) || 'this page'})`).join('; ');
  const now = later.map((c) => `"${c.statement}" (${cite(index, c, self)})`).join('; ');
  // A count is updated as a story goes on; a position is reversed.
  const changed = older.every((c) => c.kind === 'measure') ? 'updated' : 'reversed';
  return make('conflict', 'reference-superseded', `Outdated: ${was} was ${changed} by later reports: ${now}.`, [...older.flatMap((c) => evidenceOf(index, c, self, 'agrees')), ...later.flatMap((c) => evidenceOf(index, c, self, 'disagrees'))]);
}

const DIFFERENCE_WORDS: Record<Difference, string> = { value: 'the number', polarity: 'whether it happened or is allowed', scope: 'where it applies', actor: 'who did it', thing: 'what was used or involved' };

function polarityWords(r: StoredStatement | { polarity: string | null; mode?: string }): string {
  const allowed = 'mode' in r && r.mode === 'norm';
  if (r.polarity === 'negative') return allowed ? 'not allowed' : 'did not or will not happen';
  return allowed ? 'allowed' : 'happened or will happen';
}

/** Ids that capitalising would get wrong (reference-display-names.json). */
const ID_NAMES: ReadonlyMap<string, string> = new Map(displayNames.entries.map((e) => [e.term, e.name]));
/** Ids said as names: "north-korea" is North Korea, "name:tochka" is Tochka, "us" the United States. */
function displayName(id: string): string {
  const bare = id.replace(/^name:/, '');
  return ID_NAMES.get(id) ?? ID_NAMES.get(bare) ?? bare.split(/[-\s]/).map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

function scopeWords(scope: StoredStatement['scope']): string {
  if (!scope) return 'no limit stated';
  const place = displayName(scope.place);
  return { only: `only in ${place}`, except: `outside ${place}`, wide: `anywhere in ${place}`, in: `in ${place}` }[scope.kind];
}

function pageSide(m: Match, d: Difference): string {
  if (d === 'value') return `page: ${describeQuantity(m.page.quantity!)}`;
  if (d === 'actor') return `page: ${displayName(m.page.reading.agent ?? '')}`;
  if (d === 'thing') return `page: ${list(m.page.reading.anchors.filter((a) => a.kind === 'thing' || a.kind === 'weapon').map((a) => displayName(a.id)))}`;
  if (d === 'scope') return `page: ${scopeWords(m.page.reading.scope)}`;
  return `page: ${polarityWords(m.page.reading)}`;
}

function referenceSide(c: ReferenceClaim, d: Difference): string {
  if (d === 'actor') return `${displayName(c.evidence.find((e) => e.reading.agent)?.reading.agent ?? 'another')}, "${c.statement}"`;
  if (d === 'thing') return `"${c.statement}"`;
  if (d === 'value') {
    const precise = c.quantities.filter((q) => !q.vague);
    return (precise.length > 0 ? precise : c.quantities).map(describeQuantity).join('; ');
  }
  if (d === 'scope') return `${scopeWords(c.scope)}, "${c.statement}"`;
  return `${polarityWords({ polarity: c.polarity, mode: c.evidence[0]?.reading.mode })}, "${c.statement}"`;
}
