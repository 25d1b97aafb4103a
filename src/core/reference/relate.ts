import personnelWords from '../lexicons/reference-personnel.json';
import siteWords from '../lexicons/reference-sites.json';
import { consistent, type Quantity } from './quantities';
import { isWeaponKind } from './text/anchors';
import { stemOf } from './text/tokens';
import { isToll } from './dimensions';
import { OPEN_ACT_PREFIX } from './text/open-acts';
import { FURTHER_TERM, ORDINAL_TERM } from './text/statement';
import { isInterceptCount } from './text/measures';
import type { TermWeights } from './similarity';
import type { StoredStatement } from './types';

/**
 * Whether two statements speak of the same fact, and if so how they stand: agreeing, or differing in
 * value, polarity or scope. Used both to group a set's statements into claims and to check a page's
 * statements against them, so that "the same fact" means one thing everywhere.
 */
export type Difference = 'value' | 'polarity' | 'scope' | 'actor' | 'thing';
export type Relation = { same: false } | { same: true; agree: true } | { same: true; agree: false; differs: Difference };

/** Two positions share at least this weighted share of their terms to be about one fact… */
export const POSITION_MIN_SIMILARITY = 0.3;
/** …or this share of their key terms: who and where (anchors) and what was done (acts). */
export const POSITION_MIN_KEY_SIMILARITY = 0.5;
/** Two quantities with no holder on one side need this share of terms in common. */
export const UNHELD_MEASURE_MIN_SIMILARITY = 0.35;
/**
 * Quantities of one event (money paid, people killed, missiles fired) differ from event to event: two
 * amounts are of one event when the statements share this much…
 */
export const EVENT_MEASURE_MIN_SIMILARITY = 0.3;
/** …or this much and a named place ("Kramatorsk"): the toll of one strike, told by two sources. */
export const PLACED_EVENT_MEASURE_MIN_SIMILARITY = 0.2;
/** Dimensions that are properties of a thing rather than amounts of one event. */
const ATTRIBUTE_DIMENSIONS = new Set(['distance', 'troops']);

const CORE_FAMILIES = new Set(['deontic', 'event']);
/** Permission and commitment are one kind of act for the question "may it be done?". */
const NORM_ACTS = new Set(['permit', 'commit']);

/**
 * What the comparisons need of a statement, worked out once per statement: a set's statements are
 * compared with every page sentence that shares an anchor with them.
 */
export interface Profile {
  /** The acts the claim itself states (its head clause), with permission and commitment as one. */
  coreActs: ReadonlySet<string>;
  /** What a rule permits or a request asks for: the core acts other than permitting, committing and asking. */
  permitted: ReadonlySet<string>;
  places: ReadonlySet<string>;
  anchors: ReadonlySet<string>;
  specific: ReadonlySet<string>;
  /** Key terms: anchors and acts, with permission and commitment as one act. */
  keys: string[];
  /** The months and years the statement names ("m:may", "y:2024"). */
  months: string[];
  years: string[];
  /** The numbered ordinals it names ("o:14" for "the 14th package"). */
  ordinals: string[];
  /** Named places and things other than countries ("Kramatorsk", "the station"). */
  placeNames: ReadonlySet<string>;
  /** Places, names, weapons and things. */
  thingsAndNames: ReadonlySet<string>;
  /** Weapons and named things ("Tochka-U missile"): what was used, as against where. */
  things: ReadonlySet<string>;
  /** Whether it speaks of people sent or deployed ("troops", "soldiers"; reference-personnel.json). */
  personnel: boolean;
  /** Whether it tells of a further instance ("four more HIMARS", "another $400 million"; statement.ts FURTHER_TERM). */
  further: boolean;
  /** The kinds of site it names ("hospital", "shop"; reference-sites.json). */
  sites: ReadonlySet<string>;
}

/** The content-word terms of reference-personnel.json. */
const PERSONNEL_TERMS = new Set(personnelWords.entries.map((e) => `w:${stemOf(e.term)}`));
/** Each site word's term ("w:hospit") with its kind of site. */
const SITE_TERMS = new Map(siteWords.entries.map((e) => [`w:${stemOf(e.term)}`, e.site]));

const profiles = new WeakMap<StoredStatement, Profile>();

/**
 * "a:send" for the act "send"; an open act ("v:resign", open-acts.ts) is its word's term, "w:resign",
 * found among `openWords` (openActWords) as it is: most of a statement's terms are words, and building
 * the act's name from each was a string made and hashed per term of every page sentence.
 */
function isCoreActTerm(t: string, coreActs: ReadonlySet<string>, openWords: ReadonlySet<string>): boolean {
  if (coreActs.size === 0) return false;
  return t.startsWith('w:') ? openWords.has(t) : coreActs.has(t.slice(2));
}

/** The word terms of the open acts among `coreActs` ("v:resign" is "w:resign"). */
function openActWords(coreActs: ReadonlySet<string>): ReadonlySet<string> {
  let words: Set<string> | null = null;
  for (const a of coreActs) if (a.startsWith(OPEN_ACT_PREFIX)) (words ??= new Set()).add(`w:${a.slice(OPEN_ACT_PREFIX.length)}`);
  return words ?? NONE;
}

/** A statement's profile (kept per statement): a caller comparing one statement with many looks its own up once. */
export function profile(s: StoredStatement): Profile {
  if (s === latestPage) return latestPageProfile!;
  let p = profiles.get(s);
  if (!p) profiles.set(s, (p = profileOf(s)));
  return p;
}

/**
 * The profile of a page statement, which is compared with a dozen of the set's while its sentence is
 * read and then never again: the latest is kept here rather than in `profiles`, where an entry for every
 * page sentence was one more for the garbage collector to clear (profile answers from here too).
 */
export function pageProfile(s: StoredStatement): Profile {
  if (s !== latestPage) {
    latestPageProfile = profileOf(s);
    latestPage = s;
  }
  return latestPageProfile!;
}
let latestPage: StoredStatement | null = null;
let latestPageProfile: Profile | null = null;

/**
 * A statement's profile, in one pass over its acts, anchors and terms: a page sentence's is made for
 * every sentence read, and the filtered and spread copies of each list it was built from were a
 * noticeable share of the garbage (profiled on the bench text). Orders are those of the lists, as the
 * weighted sums over `keys` depend on them.
 */
function profileOf(s: StoredStatement): Profile {
  let coreActs: Set<string> | null = null;
  for (const a of s.acts) if (a.head && CORE_FAMILIES.has(a.family)) coreActs = added(coreActs, NORM_ACTS.has(a.act) ? 'norm' : a.act);
  let permitted: Set<string> | null = null;
  if (coreActs) for (const a of coreActs) if (a !== 'norm' && a !== 'request') permitted = added(permitted, a);
  let places: Set<string> | null = null;
  let anchors: Set<string> | null = null;
  let specific: Set<string> | null = null;
  let placeNames: Set<string> | null = null;
  let thingsAndNames: Set<string> | null = null;
  let things: Set<string> | null = null;
  for (const x of s.anchors) {
    const key = anchorKey(x);
    const place = x.kind === 'place';
    if (place || x.kind === 'territory') places = added(places, `${x.kind}:${x.id}`);
    anchors = added(anchors, key);
    if (SPECIFIC_KINDS.has(x.kind)) specific = added(specific, key);
    if ((place || x.kind === 'name') && !x.speaker) placeNames = added(placeNames, x.id);
    const thing = x.kind === 'weapon' || x.kind === 'thing';
    if (place || x.kind === 'name' || thing) thingsAndNames = added(thingsAndNames, x.id);
    if (thing) things = added(things, x.id);
  }
  const keys = new Set<string>();
  const months: string[] = [];
  const years: string[] = [];
  const ordinals: string[] = [];
  let personnel = false;
  let further = false;
  let sites: Set<string> | null = null;
  const acts = coreActs ?? NONE;
  const openWords = openActWords(acts);
  for (const t of s.terms) {
    // Personnel and site terms are all content words ("w:…"): other terms are spared the two look-ups.
    if (isWordTerm(t)) {
      if (PERSONNEL_TERMS.has(t)) personnel = true;
      const site = SITE_TERMS.get(t);
      if (site) sites = added(sites, site);
    }
    if (t === 'a:permit' || t === 'a:commit') keys.add('a:norm');
    else if (t.startsWith('e:') || t.startsWith('t:') || isCoreActTerm(t, acts, openWords)) keys.add(t);
    if (t.startsWith('m:')) months.push(t);
    else if (t.startsWith('y:')) years.push(t);
    else if (t === FURTHER_TERM) further = true;
    else if (t.startsWith(ORDINAL_TERM)) ordinals.push(t);
  }
  return { coreActs: acts, permitted: orNone(permitted), places: orNone(places), anchors: orNone(anchors), specific: orNone(specific), keys: [...keys], months, years, ordinals, placeNames: orNone(placeNames), thingsAndNames: orNone(thingsAndNames), things: orNone(things), personnel, further, sites: orNone(sites) };
}

/** Whether a term is a content word's ("w:…"), by its first two codes. */
function isWordTerm(t: string): boolean {
  return t.charCodeAt(0) === CODE_W && t.charCodeAt(1) === CODE_COLON;
}
/** Codes of "w" and ":". */
const CODE_W = 0x77;
const CODE_COLON = 0x3a;

/**
 * A profile's sets are made on first use, and one that stays empty is NONE: most of a page statement's
 * stay empty, and a set made for every page sentence and clause was a good share of the garbage
 * (sampled on the bench text). Nothing adds to a profile's sets once it is made.
 */
const NONE: ReadonlySet<string> = new Set();
function added(set: Set<string> | null, value: string): Set<string> {
  (set ??= new Set()).add(value);
  return set;
}
function orNone(set: Set<string> | null): ReadonlySet<string> {
  return set ?? NONE;
}

/** The acts the claim itself states (its head clause), with permission and commitment as one. */
function coreActs(s: StoredStatement): ReadonlySet<string> {
  return profile(s).coreActs;
}

/** Two statements of different months, years or numbered ones ("the 13th package" and "the 14th"): never one fact, however worded. */
export function ofAnotherTime(a: StoredStatement, b: StoredStatement, pa: Profile = profile(a)): boolean {
  return differentTimes(pa, profile(b));
}

/**
 * Each names one month (or one year, or one of a numbered series: "the 13th package", "the 14th"), and
 * not the same one; or one tells of a further instance ("four more HIMARS") and the other does not.
 */
function differentTimes(a: Profile, b: Profile): boolean {
  return a.further !== b.further || oneEachDiffering(a.months, b.months) || oneEachDiffering(a.years, b.years) || oneEachDiffering(a.ordinals, b.ordinals);
}

function oneEachDiffering(x: readonly string[], y: readonly string[]): boolean {
  return x.length === 1 && y.length === 1 && x[0] !== y[0];
}

/**
 * Asked for every pair of statements compared, often of empty sets: an empty one answers before an
 * iterator is made, and the smaller set is the one walked (the answer is the same either way).
 */
function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  return a.size <= b.size ? countIn(a, b, 1) > 0 : countIn(b, a, 1) > 0;
}

/** How many elements the two share (walked as in intersects). */
function countShared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return a.size <= b.size ? countIn(a, b, Infinity) : countIn(b, a, Infinity);
}

/** How many of `small`'s elements `large` holds, counting no further than `enough`. */
function countIn<T>(small: ReadonlySet<T>, large: ReadonlySet<T>, enough: number): number {
  let n = 0;
  for (const x of small) if (large.has(x) && ++n >= enough) return n;
  return n;
}

/** Same places where both name one; otherwise the less specific statement does not contradict. */
function placesAgree(a: Profile, b: Profile): boolean {
  return a.places.size === 0 || b.places.size === 0 || intersects(a.places, b.places);
}

/**
 * The same act, or a bare permission meeting a rule about an act: "US poised to approve Abrams tanks"
 * and "the U.S. will send 31 Abrams tanks" (a commitment to send) speak of one decision.
 */
export function actsMeet(pa: Profile, a: StoredStatement, pb: Profile, b: StoredStatement): boolean {
  if (intersects(pa.coreActs, pb.coreActs)) return true;
  return (isBareNorm(pa) && b.mode === 'norm') || (isBareNorm(pb) && a.mode === 'norm');
}

/**
 * A permission or commitment that names no act it permits ("poised to approve"). A function of its
 * own, not a closure in its callers: they run for every pair of statements compared, and under tsx
 * (which runs the bench and the CLI) each closure made is also named by a property definition.
 */
function isBareNorm(p: Profile): boolean {
  return p.coreActs.has('norm') && p.permitted.size === 0;
}

/** A permission or commitment of an amount of money that names no act it permits ("approved $40 billion in aid", "committed $2.2 billion"). */
function grantsMoney(p: Profile, s: StoredStatement): boolean {
  return isBareNorm(p) && s.terms.includes(MONEY_TERM);
}
const MONEY_TERM = 'd:money';

/** Two statements of one position name at least this many of the same anchors. */
export const MIN_SHARED_ANCHORS = 2;
function anchorKey(a: { id: string; kind: string }): string {
  return a.kind === 'territory' ? `t:${a.id}` : `e:${a.id}`;
}

/** A statement held this much (by weight of its key terms) by another restates it. */
export const SHORT_STATEMENT_CONTAINMENT = 0.6;
const SPECIFIC_KINDS = new Set(['place', 'territory', 'weapon', 'name', 'thing']);

/**
 * Whether two statements state one position. `strict` (for grouping a set's statements): both name
 * the same places, or neither does. Otherwise (a page against the set) a statement that names no place
 * may restate one that does ("Biden lifted the ban").
 */
export function samePosition(a: StoredStatement, b: StoredStatement, weights: TermWeights, strict = false, pa = profile(a), pb = profile(b)): boolean {
  if (a.modality === 'hypothetical' || b.modality === 'hypothetical') return false;
  if (!actsMeet(pa, a, pb, b) || !(strict ? placesMatch(pa, pb) : placesAgree(pa, pb) || onlyElsewhere(a, b) || onlyElsewhere(b, a))) return false;
  // Permission to send arms is not permission to strike: what is allowed must match where both say it.
  if (pa.permitted.size > 0 && pb.permitted.size > 0 && !intersects(pa.permitted, pb.permitted)) return false;
  // "Congress approved $40 billion in aid" grants money, not leave to act: no permission to use missiles.
  if (grantsMoney(pa, a) !== grantsMoney(pb, b)) return false;
  // "The U.S. will not send troops" and "North Korea sent troops" are two facts; in a rule the one who
  // allows and the one who may act differ from telling to telling ("Biden allowed", "Kyiv pledged").
  if (a.mode === 'occurrence' && b.mode === 'occurrence' && a.agent && b.agent && a.agent !== b.agent) return false;
  // "The Netherlands will send F-16s" and "Denmark pledged F-16s": two senders, two commitments.
  if (differentSenders(a, pa, b, pb)) return false;
  // "In May Biden allowed strikes near Kharkiv" and "in November he allowed ATACMS": two decisions.
  if (differentTimes(pa, pb)) return false;
  // "An Iskander hit the station" and "a Tochka-U hit the station" (see differentThing), "the U.S.
  // allowed HIMARS" and "ruled out ATACMS": each names a thing the other does not; not one fact.
  if (eachNamesAnother(pa, pb, a.mode === 'occurrence' && b.mode === 'occurrence')) return false;
  if (sitesApart(a, b, pa, pb)) return false;
  // "Will not send troops" and "will not send Taurus missiles": sending people and sending a named weapon, two policies.
  if (sendsPeopleNotThing(pa, pb) || sendsPeopleNotThing(pb, pa)) return false;
  // One fact names the same parties, places or things: two of them with the same acts, or one with
  // much of the same wording ("Russia" and an act alone are not enough).
  const shared = countShared(pa.anchors, pb.anchors);
  if (shared === 0) return false;
  if (shared >= MIN_SHARED_ANCHORS && weights.dice(pa.keys, pb.keys) >= POSITION_MIN_KEY_SIMILARITY) return true;
  // A short statement ("cleared for use solely in Kursk") is the same fact when a longer one holds
  // nearly all it says, including a place or thing, not only a party.
  if (!strict && intersects(pa.specific, pb.specific) && weights.containment(pa.keys, pb.keys) >= SHORT_STATEMENT_CONTAINMENT) return true;
  return weights.dice(a.terms, b.terms) >= POSITION_MIN_SIMILARITY;
}

/** "A missile hit a school" and "a missile hit a children's hospital": events at two kinds of site (reference-sites.json). */
export function sitesApart(a: StoredStatement, b: StoredStatement, pa = profile(a), pb = profile(b)): boolean {
  return a.mode === 'occurrence' && b.mode === 'occurrence' && pa.sites.size > 0 && pb.sites.size > 0 && !intersects(pa.sites, pb.sites);
}

/**
 * Both send (or commit to send) and name different parties as the one who does: "The Netherlands
 * will send 24 F-16s" and "Denmark pledged 19 F-16s" are two countries' deliveries, not one told twice.
 * A receiver's telling ("Ukraine will receive 31 Abrams") is another act and is not compared here.
 */
function differentSenders(a: StoredStatement, pa: Profile, b: StoredStatement, pb: Profile): boolean {
  if (!a.agent || !b.agent || a.agent === b.agent || !sends(pa) || !sends(pb) || !(pa.coreActs.has('send') || pb.coreActs.has('send'))) return false;
  // Each sender is absent from the other's telling: where one names the other's party at all ("a war
  // with Russia", "strikes into Russia"), which party sends is not told apart reliably enough.
  return !b.anchors.some((x) => x.id === a.agent) && !a.anchors.some((x) => x.id === b.agent);
}

/** Sends, or commits to an act it does not name (isBareNorm). */
function sends(p: Profile): boolean {
  return p.coreActs.has('send') || isBareNorm(p);
}

/** `a` sends people and names no weapon ("will not send troops"); `b` sends a named weapon and no people. */
function sendsPeopleNotThing(a: Profile, b: Profile): boolean {
  return a.personnel && a.things.size === 0 && !b.personnel && b.things.size > 0 && a.coreActs.has('send') && b.coreActs.has('send');
}

/** Two tellings of one event that name different doers share at least this much of the rest (acts, places, things). */
export const ACTOR_CONFLICT_MIN_KEY_SIMILARITY = 0.5;

/**
 * Two statements of one event that name different doers: "Russia launched the missile that hit the
 * station" against "Ukraine fired the missile at the station". Both say it happened, in their own
 * voice, at the same named place, with the same act.
 */
export function differentActor(a: StoredStatement, b: StoredStatement, weights: TermWeights, pa = profile(a), pb = profile(b)): boolean {
  if (a.mode !== 'occurrence' || b.mode !== 'occurrence' || !a.agent || !b.agent || a.agent === b.agent) return false;
  if (a.polarity !== 'positive' || b.polarity !== 'positive' || a.modality !== 'asserted' || b.modality !== 'asserted') return false;
  // The same named places and things on both sides ("Kramatorsk station"), only the doer differs.
  const na = pa.placeNames;
  const nb = pb.placeNames;
  if (!intersects(pa.coreActs, pb.coreActs) || na.size === 0 || na.size !== nb.size || !intersects(na, nb) || countShared(na, nb) !== na.size || differentTimes(pa, pb)) return false;
  const withoutAgents = (p: Profile) => p.keys.filter((k) => k !== `e:${a.agent}` && k !== `e:${b.agent}`);
  return weights.dice(withoutAgents(pa), withoutAgents(pb)) >= ACTOR_CONFLICT_MIN_KEY_SIMILARITY;
}

/**
 * Two statements of one event that name a different thing in it: "an Iskander missile hit the station
 * in Novohrad" against "a Tochka-U missile hit the station in Novohrad". Both in their own voice, the
 * same act at a shared named place, and each names one thing the other does not. `kindsOnly` (one is
 * told in a party's name): only two kinds of weapon differ ("an ICBM", "an intermediate-range missile").
 */
export function differentThing(a: StoredStatement, b: StoredStatement, weights: TermWeights, pa = profile(a), pb = profile(b), kindsOnly = false): boolean {
  if (a.mode !== 'occurrence' || b.mode !== 'occurrence' || a.polarity !== 'positive' || b.polarity !== 'positive') return false;
  if (a.modality !== 'asserted' || b.modality !== 'asserted') return false;
  const onlyA = soleOutside(pa.things, pb.things);
  const onlyB = soleOutside(pb.things, pa.things);
  if (onlyA === undefined || onlyB === undefined || !intersects(pa.thingsAndNames, pb.thingsAndNames)) return false;
  // A kind of weapon and a named system are told at two levels ("a cruise missile", "a Kh-22"): not two things.
  if (isWeaponKind(onlyA) !== isWeaponKind(onlyB)) return false;
  if (kindsOnly && !isWeaponKind(onlyA)) return false;
  if (!intersects(pa.coreActs, pb.coreActs) || differentTimes(pa, pb)) return false;
  const rest = (p: Profile) => p.keys.filter((k) => k !== `e:${onlyA}` && k !== `e:${onlyB}`);
  return weights.dice(rest(pa), rest(pb)) >= ACTOR_CONFLICT_MIN_KEY_SIMILARITY;
}

/** The one element of a that b does not hold; undefined when there is none or more than one (asked for every candidate pair, so no copies). */
function soleOutside(a: ReadonlySet<string>, b: ReadonlySet<string>): string | undefined {
  if (a.size === 0) return undefined;
  let sole: string | undefined;
  for (const x of a) {
    if (b.has(x)) continue;
    if (sole !== undefined) return undefined;
    sole = x;
  }
  return sole;
}

/** Each names a thing the other does not (while for an event, they share a place or thing). */
function eachNamesAnother(a: Profile, b: Profile, event: boolean): boolean {
  if (event && !intersects(a.thingsAndNames, b.thingsAndNames)) return false;
  return namesOutside(a.things, b.things) && namesOutside(b.things, a.things);
}

/** Whether a holds an element b does not. */
function namesOutside<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size === 0) return false;
  for (const x of a) if (!b.has(x)) return true;
  return false;
}

/** Named places and things other than countries: where an event happened ("Kramatorsk", "the station"). */
function placeNames(s: StoredStatement): ReadonlySet<string> {
  return profile(s).placeNames;
}

const SCOPE_CLASH: Record<string, readonly string[]> = {
  only: ['except', 'wide'],
  in: ['except'],
  except: ['only', 'in'],
  wide: ['only'],
};

function scopesClash(a: StoredStatement['scope'], b: StoredStatement['scope']): boolean {
  return !!a && !!b && a.place === b.place && (SCOPE_CLASH[a.kind] ?? []).includes(b.kind);
}

/**
 * `a` is limited to one country's territory ("use them only on Ukrainian territory") and `b` speaks of
 * another's ("would not strike Russian territory", "strike inside Russia"): one position about where
 * it may be done, told of two places. Two countries' territories never overlap; a town or region may
 * lie in either, so only territories are compared so.
 */
function onlyElsewhere(a: StoredStatement, b: StoredStatement): boolean {
  const only = a.scope?.kind === 'only' ? a.scope.place : null;
  if (!only || !a.anchors.some((x) => x.kind === 'territory' && x.id === only)) return false;
  let other = false;
  for (const x of b.anchors) {
    if (x.kind !== 'territory') continue;
    if (x.id === only) return false;
    other = true;
  }
  return other;
}

/** Both name the same places, or neither does: a denial qualified by a place ("rockets that strike into Russia") is another fact than the plain act. */
function samePlaces(a: StoredStatement, b: StoredStatement): boolean {
  return placesMatch(profile(a), profile(b));
}

function placesMatch(a: Profile, b: Profile): boolean {
  return a.places.size === 0 ? b.places.size === 0 : intersects(a.places, b.places);
}

/**
 * How two statements of one position stand. A rule ("allowed"), a request and an occurrence are
 * different facts; a possibility never denies a fact; and a statement recounting an earlier state
 * ("had barred") does not contradict one of its day.
 */
export function comparePositions(a: StoredStatement, b: StoredStatement): Relation {
  if (a.mode !== b.mode) return { same: false };
  if (onlyElsewhere(a, b) || onlyElsewhere(b, a)) return elsewhere(a, b);
  // A possibility ("could expand its attacks") supports only another possibility.
  if ((a.modality === 'possible') !== (b.modality === 'possible') && a.polarity === b.polarity) return { same: false };
  const differs = disagreement(a, b);
  // A party's claim told in its name ("Peskov said Russia does not strike homes") disagrees only with
  // what the other text also tells as someone's claim; against a source's own report it says nothing.
  // A rule or commitment is what its party says it is ("the White House said it will not send troops"):
  // told in someone's name or not, it is the same rule.
  if (differs && a.attributed !== b.attributed && a.mode !== 'norm') return { same: false };
  // A party's denial of what others report is the dispute itself, told as such: the page that reports
  // it does not contradict the set ("Peskov rejected blame for the strike" beside the set's toll).
  if (differs === 'polarity' && (a.denial || b.denial)) return { same: false };
  if (differs) return a.era === b.era ? { same: true, agree: false, differs } : { same: false };
  // Opposite polarity that does not count as a disagreement (a possibility, another place) is no agreement either.
  return a.polarity === b.polarity ? { same: true, agree: true } : { same: false };
}

/**
 * "Only on Ukrainian territory" against "not on Russian territory": one limit told from two sides,
 * agreeing; against "strike inside Russia", a disagreement on where it applies (of one time only).
 */
function elsewhere(a: StoredStatement, b: StoredStatement): Relation {
  if (a.modality === 'possible' || b.modality === 'possible') return { same: false };
  if (a.polarity !== b.polarity) return { same: true, agree: true };
  return a.era === b.era && a.polarity === 'positive' ? { same: true, agree: false, differs: 'scope' } : { same: false };
}

/** What two statements of one fact disagree on, whatever their mode and time (for linking a set's claims). */
export function disagreement(a: StoredStatement, b: StoredStatement): Difference | null {
  if (scopesClash(a.scope, b.scope)) return 'scope';
  if (a.polarity === b.polarity) return null;
  if (a.modality === 'possible' || b.modality === 'possible' || !samePlaces(a, b)) return null;
  // "not used outside Ukraine" and "strike in Ukraine" say the same thing from two sides.
  if (excludes(a, b) || excludes(b, a)) return null;
  return 'polarity';
}

function excludes(a: StoredStatement, b: StoredStatement): boolean {
  return a.scope?.kind === 'except' && b.anchors.some((x) => x.id === a.scope!.place);
}

export interface MeasureSide {
  quantity: Quantity;
  dimension: string;
  holder: string | null;
  holderKind?: 'thing' | 'party';
  /** Places named before the count's sentence, when it names none (measures.ts). */
  places?: string[];
  reading: StoredStatement;
}

/**
 * "75 people were wounded.": a sentence that says nothing but a toll, in a story of one place; it is
 * that place's toll however little its words share with a longer report of it.
 */
function onlyTheCount(m: MeasureSide): boolean {
  return isToll(m.dimension) && m.reading.anchors.length === 0 && (m.places?.length ?? 0) > 0;
}

/** Both name one place or named thing (a city, "Kramatorsk station"), not merely one country. */
function shareAPlace(a: StoredStatement, b: StoredStatement): boolean {
  return intersects(placeNames(a), placeNames(b)) || intersects(profile(a).places, profile(b).places);
}

/** The places a count is of: those its sentence names, or those the sentences before it named ("75 people were wounded"). */
function measurePlaces(m: MeasureSide): Set<string> {
  return new Set([...placeNames(m.reading), ...profile(m.reading).places, ...(m.places ?? [])]);
}

/**
 * A short telling of a toll ("59 people were killed in the strike on Hroza") whose words a long
 * statement of the same place's toll holds nearly all of: Dice, which the long statement's other
 * words dilute, undersells it.
 */
function shortTollWithin(a: MeasureSide, b: MeasureSide, weights: TermWeights): boolean {
  if (!isToll(a.dimension)) return false;
  const [short, long] = weights.total(a.reading.terms) <= weights.total(b.reading.terms) ? [a, b] : [b, a];
  return weights.containment(short.reading.terms, long.reading.terms) >= PLACED_TOLL_MIN_CONTAINMENT;
}
/** How much of a short toll statement's words (by weight) a long one must hold to tell the same toll. */
export const PLACED_TOLL_MIN_CONTAINMENT = 0.6;

/** Whether two quantities measure the same thing of the same holder (and, for events, the same event). */
/** "31 Abrams" counts what "31 tanks" of the Abrams counts: a name as the counted noun meets the same name as holder. */
function sameDimension(a: MeasureSide, b: MeasureSide): boolean {
  if (a.dimension === b.dimension) return true;
  const counts = a.quantity.base.unit === 'count' && b.quantity.base.unit === 'count';
  return counts && ((a.dimension.startsWith('name:') && a.dimension === b.holder) || (b.dimension.startsWith('name:') && b.dimension === a.holder));
}

/** Holders of one class (parties; things) must be the same; a party and a thing may both hold one count. */
function holdersAgree(a: MeasureSide, b: MeasureSide): 'same' | 'unknown' | 'different' {
  // "31 Abrams" and "31 tanks" of the Abrams count one thing.
  if (a.dimension === b.holder || b.dimension === a.holder) return 'same';
  if (!a.holder || !b.holder) return 'unknown';
  if (a.holder === b.holder) return 'same';
  return (a.holderKind ?? 'party') === (b.holderKind ?? 'party') ? 'different' : 'unknown';
}

export function sameMeasure(a: MeasureSide, b: MeasureSide, weights: TermWeights): boolean {
  if (!sameDimension(a, b)) return false;
  // Who brought the weapons down is worded many ways ("Ukrainian Air Defense", "air defence systems",
  // "the Air Force"): a count of them is the strike's, whoever is named.
  const holders = isInterceptCount(a.dimension) ? 'unknown' : holdersAgree(a, b);
  if (holders === 'different') return false;
  const similarity = weights.dice(a.reading.terms, b.reading.terms);
  if (ATTRIBUTE_DIMENSIONS.has(a.dimension) || ATTRIBUTE_DIMENSIONS.has(b.dimension)) return holders === 'same' || similarity >= UNHELD_MEASURE_MIN_SIMILARITY;
  // The same thing counted for two senders ("the Dutch will send 24 F-16s", "Denmark pledged 19"): two facts.
  if (countsAThing(a, b) && differentSenders(a.reading, profile(a.reading), b.reading, profile(b.reading))) return false;
  // A count of one named thing in one act ("send 31 Abrams tanks") is one fact wherever it is told;
  // the same thing counted in another act ("320 Leopard 2 in stock") is another.
  if (holders === 'same' && countsAThing(a, b) && actsAgree(a.reading, b.reading)) return true;
  // Amounts of an event: the same event where the statements name the same place and read somewhat
  // alike, or read much alike; otherwise two events.
  if (intersects(measurePlaces(a), measurePlaces(b))) return similarity >= PLACED_EVENT_MEASURE_MIN_SIMILARITY || onlyTheCount(a) || onlyTheCount(b) || shortTollWithin(a, b, weights);
  // "Shelling killed five in Kharkiv", in a story about Kremenchuk: the toll of another town.
  if (inTownsApart(a, b)) return false;
  // Told without a place, a toll still belongs to the event its wording names; other amounts
  // ("a $2 billion package", "a $700 million package") differ from event to event unless they agree.
  const toll = isToll(a.dimension);
  // "The US pledged 2.5 billion dollars in weapons" beside "the U.S. announced a $2.5 billion package":
  // the same amount of the same holder is one fact however differently the rest is worded.
  if (!toll && holders === 'same' && consistent(a.quantity, b.quantity)) return true;
  // "The HIMARS are the centerpiece of this $700 million package": a sum of money is a party's, never a
  // thing's; against a party's sum, the same amount is the same package.
  if (a.dimension === 'money' && holders === 'unknown' && consistent(a.quantity, b.quantity) && (a.holderKind === 'thing') !== (b.holderKind === 'thing')) return true;
  return similarity >= EVENT_MEASURE_MIN_SIMILARITY && (toll || consistent(a.quantity, b.quantity));
}

/** The towns and regions (places the vocabulary knows as such) a count's own sentence names. */
function ownTowns(m: MeasureSide): Set<string> {
  return new Set(m.reading.anchors.filter((x) => x.kind === 'place').map((x) => x.id));
}

/**
 * One count names its town and the other is of other towns: named in its sentence, or, where it names
 * none, by the sentences before it ("75 people were wounded" in a story about Dnipro).
 */
function inTownsApart(a: MeasureSide, b: MeasureSide): boolean {
  const [oa, ob] = [ownTowns(a), ownTowns(b)];
  const placed = (own: ReadonlySet<string>, m: MeasureSide) => (own.size > 0 ? own : new Set(m.places ?? []));
  if (oa.size === 0 && ob.size === 0) return false;
  const [ta, tb] = [placed(oa, a), placed(ob, b)];
  return ta.size > 0 && tb.size > 0 && !intersects(ta, tb);
}

/** A possible or hypothetical amount ("might expand to 100,000 troops") agrees or says nothing; it never conflicts. */
function countsAThing(a: MeasureSide, b: MeasureSide): boolean {
  return a.holderKind === 'thing' || a.dimension.startsWith('name:') || b.dimension.startsWith('name:');
}

/** Both say what was done with it, and it is the same; or one of them does not say. */
function actsAgree(a: StoredStatement, b: StoredStatement): boolean {
  const [x, y] = [coreActs(a), coreActs(b)];
  return x.size === 0 || y.size === 0 || intersects(x, y);
}

export function compareMeasures(a: MeasureSide, b: MeasureSide): Relation {
  if (consistent(a.quantity, b.quantity)) return { same: true, agree: true };
  if (a.reading.modality !== 'asserted' || b.reading.modality !== 'asserted') return { same: false };
  return { same: true, agree: false, differs: 'value' };
}
