import { findQuantities, type Quantity } from '../quantities';
import { isToll, peopleOfAnEvent } from '../dimensions';
import { isStoryPlace, isWeaponKind, type Anchor } from './anchors';
import { countsOnePerson, findCounts, tollBefore, type Count } from './counts';
import noToll from '../../lexicons/reference-no-toll.json';
import { PhraseMatcher, type LexiconEntry } from '../../lexicon';
import { startsWithDigit, type Token } from './tokens';
import type { Vocabulary } from './vocabulary';

/**
 * The quantities a sentence states, each with what it measures (its dimension) and whose it is (its
 * holder): "ATACMS … a range of about 190 miles" is the distance of ATACMS; "North Korea's deployment
 * of 10,000 troops" counts North Korea's troops; "the deaths of at least seven" counts people killed.
 * Two quantities are compared only when dimension and holder agree.
 */
export interface Measure {
  quantity: Quantity;
  dimension: string;
  /** Anchor id of the weapon, party or place the quantity belongs to, or null. */
  holder: string | null;
  /** Whether the holder is a thing (weapon, named thing) or a party or place. */
  holderKind?: 'thing' | 'party';
  /** For a toll in a sentence that names no place: the places of the sentences before it. */
  places?: string[];
}

/** Classes of counted people, whose role (killed, injured …) is part of what is counted. */
const PEOPLE_CLASSES = new Set(['people', 'children', 'troops']);
/** A word of what happened to the people counted may stand this many words before the number ("the deaths of at least seven")… */
export const ROLE_REACH_BEFORE = 5;
/** …or this many after it ("18 people have already been killed"). */
export const ROLE_REACH_AFTER = 6;
const HOLDER_KINDS_FOR_DISTANCE = new Set(['weapon', 'name', 'thing']);
const HOLDER_KINDS = new Set(['country', 'actor', 'weapon', 'name', 'thing', 'place']);

function classOfWord(word: string, vocabulary: Vocabulary, text: string, tokens: readonly Token[]): string {
  const own = tokens.filter((t) => t.norm === word.toLowerCase());
  const hit = vocabulary.counted.find(text, own).find((m) => m.entry.count !== undefined);
  return hit?.entry.count ?? own[0]?.stem ?? word.toLowerCase();
}

/** The class of a people quantity read by findQuantities: its noun, or the noun before "numbering". */
function peopleClass(q: Quantity, text: string, tokens: readonly Token[], vocabulary: Vocabulary): string {
  if (!q.vague) return classOfWord(q.unit, vocabulary, text, tokens.filter((t) => t.start >= q.start && t.end <= q.end));
  const of = /\bof\s+(\w+)$/.exec(q.text);
  if (of) return classOfWord(of[1]!, vocabulary, text, tokens.filter((t) => t.start >= q.start && t.end <= q.end));
  const before = tokens.filter((t) => t.end <= q.start).slice(-3);
  const hit = vocabulary.counted.find(text, before).find((m) => m.entry.count !== undefined);
  return hit?.entry.count ?? 'people';
}

function isNumberToken(t: Token | undefined): boolean {
  return !!t && (t.digits || AMOUNT_WORDS.has(t.norm));
}

/** "Nine children are among the 20 people killed": the whole's number after "among (the)" does not end the search for the part's role. */
function amongThe(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm;
  return prev === 'among' || (prev === 'the' && tokens[i - 2]?.norm === 'among');
}

/** Words that open the next clause: a role word after them is another count's ("… and injured 30"). */
const CLAUSE_JOINS = new Set(['and', 'while', 'but', 'whereas']);

/**
 * What happened to the people counted: the word just before the number ("killed at least 18 people
 * and injured several others"), else the nearest after it in its clause ("18 people have already been
 * killed", "another 36 are missing"), else before it ("the deaths of at least seven"), never past
 * another number.
 */
function roleOf(q: { start: number; end: number }, text: string, tokens: readonly Token[], vocabulary: Vocabulary): string | null {
  const first = tokens.findIndex((t) => t.start >= q.start);
  const last = tokens.findLastIndex((t) => t.end <= q.end);
  if (first < 0) return null;
  if (FATE_BEFORE.test(text.slice(Math.max(0, q.start - FATE_PEEK), q.start)) && FATE_UNKNOWN.test(text.slice(q.end, q.end + FATE_PEEK))) return 'missing';
  const roles = (from: number, to: number) => vocabulary.counted.find(text, tokens.slice(from, to)).filter((m) => m.entry.role !== undefined);
  // "killed 26": a role word right before the number; not across a comma ("66 were injured, 26 of whom were hospitalized").
  const adjoining = first > 0 && !/[,;:]/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start)) ? roles(first - 1, first)[0] : undefined;
  if (adjoining) return adjoining.entry.role!;
  // "7 people, including 1 child, were injured": the aside's own count does not end the search.
  const from = skipIncluding(text, tokens, last + 1);
  let after = from;
  let reach = from - 1 + ROLE_REACH_AFTER;
  // "two children and 11 adults have not been identified": counts joined by "and" share what follows.
  if (tokens[after]?.norm === 'and' && isNumberToken(tokens[after + 1]) && !/[,;:]/.test(text.slice(tokens[after - 1]!.end, tokens[after]!.start))) {
    after += 2;
    reach += 2;
  }
  while (after < tokens.length && after <= reach && !(tokens[after]!.digits && !amongThe(tokens, after)) && !CLAUSE_JOINS.has(tokens[after]!.norm)) after++;
  const found = roles(from, after);
  // "54 people injured by the attack remain hospitalized": the state they remain in is what is counted.
  const remaining = found.find((m, k) => k > 0 && tokens.slice(from + found[0]!.to, from + m.from).some((t) => STATE_VERBS.has(t.norm)));
  const next = remaining ?? found[0];
  if (next) return next.entry.role!;
  let before = first;
  while (before > 0 && before > first - ROLE_REACH_BEFORE && !tokens[before - 1]!.digits) before--;
  return roles(before, first).at(-1)?.entry.role ?? null;
}

/**
 * "the fate of 35 people is unknown", "the fate of another 20 remains unclear", "the fate of 35 residents
 * of the building is unknown": a count of the missing.
 */
const FATE_BEFORE = /\bfate\s+of\s+(?:(?:another|at\s+least|about|some|more\s+than|over)\s+)?$/i;
const FATE_UNKNOWN = /^\s+(?:[a-z]+\s+){0,4}?(?:is|are|remains?|was|were)\s+(?:still\s+|yet\s+)?(?:unknown|unclear|not\s+(?:yet\s+)?known|being\s+(?:established|investigated|clarified|determined))/i;
/** How far before and after a count the words of its fate are looked for. */
const FATE_PEEK = 40;

/**
 * "12 people died in hospital", "38 died right at the station", "killed on the spot": the dead of one
 * place or moment, a part of the toll, counted apart from it (and from each other). Plain "killed at
 * the station" is the toll itself.
 */
function partOfToll(text: string, end: number): 'hospital' | 'scene' | 'one-strike' | null {
  const after = text.slice(end, end + PART_PEEK);
  if (DIED_IN_HOSPITAL.test(after)) return 'hospital';
  if (DIED_IN_ONE_STRIKE.test(after)) return 'one-strike';
  return DIED_AT_SCENE.test(after) ? 'scene' : null;
}
/**
 * "Seven were killed in the first strike and five in the second": the dead of one strike of several, a
 * part of the toll like the dead of the hospital.
 */
const DIED_IN_ONE_STRIKE = new RegExp(String.raw`^[^.;,]{0,25}?\b(?:in|by|during)\s+the\s+(?:first|second|third|initial|earlier|later|last)\s+(?:strike|attack|explosion|blast|missile|wave)\b`, 'i');
const DIED = String.raw`^[^.;,]{0,25}?\b(?:died|were\s+killed|was\s+killed|killed|dead)\s+(?:later\s+)?`;
const DIED_IN_HOSPITAL = new RegExp(DIED + String.raw`(?:in\s+(?:(?:the|a)\s+)?(?:hospitals?|medical\s+facilit(?:y|ies)|intensive\s+care)|on\s+the\s+way\s+to\s+(?:the\s+)?hospital|in\s+ambulances?)\b`, 'i');
const DIED_AT_SCENE = new RegExp(DIED + String.raw`(?:(?:right|directly|immediately)\s+(?:at|on|in)\s+\S+|at\s+the\s+scene|on\s+the\s+spot|on\s+site)`, 'i');
/** How far after a count the words of where its dead died are looked for. */
const PART_PEEK = 80;

/** Verbs of a state that lasts: a role after them ("remain hospitalized", "are still missing") is what a count counts now. */
const STATE_VERBS = new Set(['remain', 'remains', 'remained', 'still', 'stay', 'stays', 'stayed']);

/** After ", including …,": the token after the aside's closing comma, else i unchanged. */
function skipIncluding(text: string, tokens: readonly Token[], i: number): number {
  if (tokens[i]?.norm !== 'including' || !/,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return i;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_ASIDE_WORDS; k++) if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) return k;
  return i;
}

/** An aside ("including 1 child") is at most this many words. */
const MAX_ASIDE_WORDS = 6;


/**
 * "Dnipro … . 75 people were wounded.": a toll, or a count of people there ("1,000 people were inside
 * the mall"), whose sentence names no place is of the places the story named before it. Children are
 * counted so only with a role: "including five children" is part of another count.
 */
function impliedPlaces(dimension: string, anchors: readonly Anchor[], story: readonly Anchor[], damageCount: () => boolean = () => false): string[] {
  // A count's own sentence names its place with a town or a name after a word of place ("in Hroza"):
  // "the Prosecutor General's Office said 49 deaths were known" names an office, not where they died.
  if (!(dimension === 'people' || isToll(dimension) || isInterceptCount(dimension) || damageCount()) || anchors.some((a) => isStoryPlace(a) || a.kind === 'territory')) return [];
  return [...new Set(story.filter(isStoryPlace).map((a) => a.id))].slice(0, STORY_PLACES);
}

/**
 * A toll counted over a period: since the war or a year began, this year, over the past month or year, or
 * what the UN has recorded or documented (its tallies are of the war).
 * Such tolls meet only each other, never one strike's. (A day's toll across the country is often the
 * strike's own story, as in a massive attack on several cities: it is left as the toll.)
 */
const OVER_A_PERIOD = /\b(?:since\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?(?:the\s+)?(?:russian\s+)?(?:full[- ]scale\s+)?(?:war|invasion|conflict)|since\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|since\s+(?:24\s+february|february\s+24|feb\.?\s+24)|(?:so\s+far\s+)?this\s+year|over\s+the\s+(?:past|last)\s+(?:month|year)|(?:UN|United\s+Nations|OHCHR|monitoring\s+mission)\b[^.;]{0,40}?\b(?:has|have)\s+(?:recorded|documented|verified))\b/i;

/**
 * "Air defences shot down 40 drones", "11 missiles were intercepted": weapons brought down, counted apart
 * from those launched ("Russia launched 70 drones"), which they never contradict.
 */
const INTERCEPTED = 'intercepted';
/** A count of weapons brought down ("missil:intercepted"): of the story's strike, whoever is named as bringing them down. */
export function isInterceptCount(dimension: string): boolean {
  return dimension.endsWith(`:${INTERCEPTED}`);
}
const INTERCEPT_BEFORE = /\b(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed|brought\s+down)\s+(?:(?:at\s+least|about|some|around|nearly|over|more\s+than|all|another|a\s+further)\s+)?$/i;
const INTERCEPT_AFTER = /^[^.;,]{0,30}?\b(?:were|was|have\s+been|had\s+been|been)\s+(?:(?:successfully|reportedly|also)\s+)?(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed)\b/i;
/** How far before a count the verb that brought its weapons down is looked for. */
const INTERCEPT_PEEK = 40;

/** Whether a count of weapons (a noun of things, reference-thing-nouns.json) counts those brought down. */
function intercepted(text: string, q: { start: number; end: number }, cls: string, vocabulary: Vocabulary): boolean {
  if (!vocabulary.thingStems.has(cls)) return false;
  return INTERCEPT_BEFORE.test(text.slice(Math.max(0, q.start - INTERCEPT_PEEK), q.start)) || INTERCEPT_AFTER.test(text.slice(q.end, q.end + INTERCEPT_PEEK));
}

/** The act of damage (reference-acts.json): "55 buildings were damaged" counts the damage of the story's strike. */
const DAMAGE_ACT = 'damage';
/** Counts of things, not of people, money, distance or time ("build", "vehicl"): what a strike can damage. */
function isCountOfThings(dimension: string): boolean {
  return !dimension.includes(':') && !NOT_THINGS.has(dimension);
}
const NOT_THINGS = new Set(['people', 'money', 'distance', 'population', 'troops', 'children', 'none']);

/** How many of a story's places (the latest first) a toll without its own place is taken to be of. */
export const STORY_PLACES = 3;

/** "The death toll … has risen to 15 people": the toll's role for a count of people read by findQuantities. */
function regexedToll(q: Quantity, text: string, tokens: readonly Token[], vocabulary: Vocabulary): string | undefined {
  if (q.base.unit !== 'people') return undefined;
  const i = tokens.findIndex((t) => t.start >= q.start && t.digits);
  return i < 0 ? undefined : (tollBefore(text, tokens, i, vocabulary) ?? undefined);
}

function countToQuantity(c: Count, text: string): Quantity {
  return {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    unit: c.noun.toLowerCase(),
    qualifier: c.qualifier,
    base: { value: c.value, unit: 'count' },
    ...(c.max !== undefined ? { range: { min: c.value, max: c.max } } : {}),
    ...(c.vague ? { vague: true, unit: `${text.slice(c.start, c.end).split(/\s+/)[0]!.toLowerCase()} of ${c.noun.toLowerCase()}` } : {}),
  };
}

/** Anchors that are things (a weapon, a name, a thing), not parties: a quantity's holder of this kind is a thing. */
const THING_KINDS = new Set(['weapon', 'name', 'thing']);

/** "aid to Ukraine", "sent to Kyiv": an anchor after "to" is where something goes. */
const RECIPIENT = /\bto\s+(?:the\s+)?$/i;
/** The words before an anchor that say it receives: "to", "to the". */
const RECIPIENT_PEEK = 8;

/**
 * A kind of weapon ("cruise missiles", id class:…) holds a number only where nothing more specific is
 * named: in "Taurus cruise missiles can hit targets 500 km away" the range is the Taurus's, not every
 * cruise missile's.
 */
function specificFirst(anchors: readonly Anchor[]): readonly Anchor[] {
  const specific = anchors.filter((a) => !isWeaponKind(a.id));
  return specific.length < anchors.length && specific.some((a) => THING_KINDS.has(a.kind)) ? specific : anchors;
}

/** The anchor a quantity belongs to: a thing named inside it ("31 M1 Abrams tanks"), else the nearest suitable one before it that does not receive it, else after it. */
/** Whether the anchor's words stand alone in brackets: "(MLRS)". */
function inBrackets(text: string, a: Anchor): boolean {
  return text[a.start - 1] === '(' && text[a.end] === ')';
}

function holderOf(text: string, q: Quantity, dimension: string, anchors: readonly Anchor[], recent: readonly Anchor[]): Anchor | null {
  // People killed or hurt, or simply there ("1,000 people were inside the mall"), belong to an event,
  // not to whoever is named near the number (the attacker, the official who gave the toll, the
  // Telegram post that told it): the event is matched by its place and wording (relate.ts).
  if (peopleOfAnEvent(dimension)) return null;
  const kinds = dimension === 'distance' ? HOLDER_KINDS_FOR_DISTANCE : HOLDER_KINDS;
  // "told Reuters", "on its Telegram channel": who reported the number is not whose it is.
  const fit = specificFirst(anchors.filter((a) => kinds.has(a.kind) && !a.speaker));
  const inside = fit.filter((a) => a.start >= q.start && a.end <= q.end && HOLDER_KINDS_FOR_DISTANCE.has(a.kind)).at(-1);
  // "31 Abrams": the name is what is counted, not who holds it.
  if (inside && `${inside.id}` !== dimension) return inside;
  // "U.S. aid to Ukraine totals $175 billion": the party it goes to is not the one whose it is.
  // "HIMARS is a multiple launch rocket system (MLRS) that fires rockets 30 km": a name in brackets
  // after a phrase is that phrase's abbreviation, not another holder; it holds only where none else does.
  const named = fit.filter((a) => a.start < q.end);
  const unbracketed = named.filter((a) => !inBrackets(text, a));
  const preceding = unbracketed.length > 0 ? unbracketed : named;
  const before = preceding.filter((a) => !RECIPIENT.test(text.slice(Math.max(0, a.start - RECIPIENT_PEEK), a.start))).at(-1) ?? preceding.at(-1);
  const after = fit.find((a) => a.start >= q.end);
  // "These missiles…": the weapon of the sentences before, if they name only one.
  const weapons = new Set(specificFirst(recent).filter((a) => a.kind === 'weapon').map((a) => a.id));
  const carried = dimension === 'distance' && weapons.size === 1 ? recent.find((a) => a.kind === 'weapon') : undefined;
  return before ?? after ?? carried ?? null;
}

/**
 * "the village's population of about 300 people", "a city of 370,000", "home to 1,000 people": how many
 * live there, never a toll, whatever word of killing follows ("a sixth of its population of 300 was killed").
 */
function isPopulation(q: { start: number; end: number }, text: string): boolean {
  return POPULATION_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) || POPULATION_AFTER.test(text.slice(q.end, q.end + 30));
}
/** "where just over 300 people live", "1,000 residents lived there"; before: "population of 300", "the village population was around 300", "its total population before the strike was 330". */
const POPULATION_AFTER = /^\s+(?:(?:people|residents|inhabitants)\s+)?(?:live|lived|living|reside|resided)\b/i;
const POPULATION_BEFORE = /(?:\bpopulation(?:(?:\s+[\w’'()]+){0,3}?\s+(?:of|was|is|stood\s+at|numbered|totall?ed))?|\b(?:a|the)\s+(?:city|town|village|settlement|community)\s+of|\bhome\s+to|\binhabitants\s+of)\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|over|just\s+over|more\s+than|fewer\s+than|less\s+than|under)\s+)?$/i;

/** "including five children", "among them two children", "of whom 14 are children": a part of the count before. */
const PART_BEFORE = /\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:at\s+least\s+|some\s+|about\s+)?$/i;
/** "14 of them children": likewise, said after the number. */
const PART_AFTER = /^[\w,.-]+\s+of\s+them\b/i;

/**
 * "killed 26 people, including three children": a count of people inside another's "including" aside,
 * with no word of its own for what happened to them, is of the same dead (or wounded).
 */
function inheritRoles<T extends { q: { start: number }; cls: string; role: string | null }>(measures: T[], text: string): T[] {
  return measures.map((m, i) => {
    if (m.role || !PEOPLE_CLASSES.has(m.cls) || !(PART_BEFORE.test(text.slice(Math.max(0, m.q.start - 30), m.q.start)) || PART_AFTER.test(text.slice(m.q.start, m.q.start + 30)))) return m;
    const whole = measures.slice(0, i).reverse().find((o) => o.role && PEOPLE_CLASSES.has(o.cls));
    return whole ? { ...m, role: whole.role } : m;
  });
}

/** A number followed by "more": "three more victims", "two more people died". */
const MORE_AFTER_NUMBER = /^(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)\s+more\b/i;

/**
 * "The bodies of three more victims were found, bringing the toll to 24": "three more" is what was added
 * to a count, never the count itself, so it is left out; after a count of another role it is a count of
 * its own ("40 were killed and 80 more injured").
 */
function withoutIncrements<T extends { q: { start: number }; cls: string; role: string | null }>(measures: T[], text: string): T[] {
  return measures.filter((m, i) => {
    if (!m.role || !MORE_AFTER_NUMBER.test(text.slice(m.q.start, m.q.start + 40))) return true;
    return measures.slice(0, i).some((o) => o.cls === m.cls && o.role && o.role !== m.role);
  });
}

/** Words that state an amount without digits; a sentence with none of them and no digit states no quantity. */
export const AMOUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'millions']);

/**
 * Whether a sentence may state a count: a number or an amount in words. Plain loops rather than
 * `some` with a closure: asked of every page sentence, at every token.
 */
function mayCount(text: string, tokens: readonly Token[], vocabulary: Vocabulary): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "$2.5bn", "$400m": a number written together with its scale is one token that starts with a digit.
    if (t.digits || startsWithDigit(t.norm) || AMOUNT_WORDS.has(t.norm) || (t.norm === 'one' && countsOnePerson(text, tokens, i, vocabulary))) return true;
  }
  return false;
}

function hasWordIn(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  for (let i = 0; i < tokens.length; i++) if (words.has(tokens[i]!.norm)) return true;
  return false;
}

export function findMeasures(text: string, from: number, to: number, tokens: readonly Token[], anchors: readonly Anchor[], recent: readonly Anchor[], vocabulary: Vocabulary, storyPlaces: readonly Anchor[] = recent): Measure[] {
  const onBoard = hasWordIn(tokens, ON_BOARD);
  const noneLead = hasWordIn(tokens, NONE_LEADS);
  const counts = mayCount(text, tokens, vocabulary);
  // Most sentences have none of them: no arrays made for them.
  if (!onBoard && !noneLead && !counts) return [];
  const safe = [...(onBoard ? allSafe(text, from, to, anchors, storyPlaces) : []), ...(noneLead ? noneHurt(text, from, to, anchors, storyPlaces) : [])];
  if (!counts) return safe;
  const counted = countedMeasures(text, from, to, tokens, anchors, recent, vocabulary, storyPlaces);
  return [...safe.filter((z) => !counted.some((m) => m.dimension === z.dimension)), ...counted];
}

/** Words one of which ALL_SAFE needs, tested per token before the regex runs on a sentence. */
const ON_BOARD = new Set(['crew', 'passengers', 'sailors', 'board']);

/** The tolls "the entire crew was evacuated" says are none: no one dead, no one missing. */
const NONE_OF = ['people:killed', 'people:missing'];
/**
 * "The entire crew was evacuated", "all passengers survived", "the crew was evacuated safely": no one
 * on board died, a toll of none, which a later count of the dead or missing overtakes. Only for those
 * on board a ship or aircraft: "all residents were evacuated" from a struck building says nothing of
 * those killed in it.
 */
const ALL_SAFE = /\b(?:(?:entire|whole)\s+(?:ship['’]s\s+)?crew|all\s+(?:of\s+(?:the|its)\s+)?(?:crew(?:\s+members)?|passengers|sailors)|(?:everyone|all|those|people)\s+on\s+board|the\s+(?:ship['’]?s?\s+)?crew(?=\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:safely\s+)?evacuated))\b[^.;:?!]{0,60}?\b(?:evacuated|evacuate|rescued|survived|safe|safely|unharmed|unhurt)\b/i;

function allSafe(text: string, from: number, to: number, anchors: readonly Anchor[], storyPlaces: readonly Anchor[]): Measure[] {
  const m = ALL_SAFE.exec(text.slice(from, to));
  if (!m) return [];
  const start = from + m.index;
  return NONE_OF.map((dimension) => {
    const quantity: Quantity = { text: m[0], start, end: start + m[0].length, value: 0, unit: 'people', qualifier: 'exact', base: { value: 0, unit: 'count' }, dimension };
    const implied = impliedPlaces(dimension, anchors, storyPlaces);
    return { quantity, dimension, holder: null, ...(implied.length > 0 ? { places: implied } : {}) };
  });
}

/** Words one of the no-toll phrases starts with, tested per token before the matcher runs on a sentence. */
const NONE_LEADS = new Set(['no', 'nobody', 'no-one', 'without']);
interface NoTollEntry extends LexiconEntry {
  roles: string[];
}
const NO_TOLL = new PhraseMatcher(noToll.entries as NoTollEntry[]);

/**
 * "No one was killed", "there were no casualties" (reference-no-toll.json): a toll of none for each
 * role the phrase names, as told at the time; a later count overtakes it, a page's count conflicts.
 */
function noneHurt(text: string, from: number, to: number, anchors: readonly Anchor[], storyPlaces: readonly Anchor[]): Measure[] {
  const out: Measure[] = [];
  for (const m of NO_TOLL.find(text, from, to)) {
    for (const role of (m.entry as NoTollEntry).roles) {
      const dimension = `people:${role}`;
      if (out.some((o) => o.dimension === dimension)) continue;
      const quantity: Quantity = { text: m.text, start: m.start, end: m.end, value: 0, unit: 'people', qualifier: 'exact', base: { value: 0, unit: 'count' }, dimension };
      const implied = impliedPlaces(dimension, anchors, storyPlaces);
      out.push({ quantity, dimension, holder: null, ...(implied.length > 0 ? { places: implied } : {}) });
    }
  }
  return out;
}

function countedMeasures(text: string, from: number, to: number, tokens: readonly Token[], anchors: readonly Anchor[], recent: readonly Anchor[], vocabulary: Vocabulary, storyPlaces: readonly Anchor[]): Measure[] {
  const regexed = findQuantities(text, from, to);
  // "shot down 11 of 13 missiles": a part is a count of its own only as the weapons brought down.
  const counts = findCounts(text, tokens, vocabulary, regexed)
    .map((c) => ({ q: countToQuantity(c, text), cls: c.count, role: c.role, partOf: c.partOf }))
    .filter((c) => !c.partOf || intercepted(text, c.q, c.cls, vocabulary));
  const all = [
    ...regexed.map((q) => ({ q, cls: q.base.unit === 'km' ? 'distance' : q.base.unit === 'usd' ? 'money' : peopleClass(q, text, tokens, vocabulary), role: regexedToll(q, text, tokens, vocabulary) })),
    ...counts,
  ];
  const roled = all
    .map(({ q, cls, role: stated }) => (isPopulation(q, text) ? { q, cls: 'population', role: null } : { q, cls, role: PEOPLE_CLASSES.has(cls) ? (stated ?? roleOf(q, text, tokens, vocabulary)) : null }))
    .sort((a, b) => a.q.start - b.q.start);
  // Whether the sentence tells of damage ("55 buildings were damaged"): asked only of counts of things.
  let damage: boolean | undefined;
  let overPeriod: boolean | undefined;
  const damaged = () => (damage ??= vocabulary.acts.find(text, tokens).some((m) => m.entry.act === DAMAGE_ACT));
  return withoutIncrements(inheritRoles(roled, text), text)
    .map(({ q, cls, role }) => {
      const part = role === 'killed' ? partOfToll(text, q.end) : null;
      // "Russian strikes have killed 12,000 civilians since February 2022": a toll of a period, not of the
      // story's strike.
      const period = role !== null && !part && isToll(`${cls}:${role}`) && (overPeriod ??= OVER_A_PERIOD.test(text.slice(from, to)));
      const dimension = role ? `${cls}:${role}${part ? `:${part}` : period ? ':period' : ''}` : intercepted(text, q, cls, vocabulary) ? `${cls}:${INTERCEPTED}` : cls;
      const quantity = { ...q, dimension };
      const holder = holderOf(text, quantity, dimension, anchors, recent);
      const implied = impliedPlaces(dimension, anchors, storyPlaces, () => !holder && isCountOfThings(dimension) && damaged());
      return {
        quantity,
        dimension,
        holder: holder?.id ?? null,
        ...(holder ? { holderKind: THING_KINDS.has(holder.kind) ? ('thing' as const) : ('party' as const) } : {}),
        ...(implied.length > 0 ? { places: implied } : {}),
      };
    })
    .sort((a, b) => a.quantity.start - b.quantity.start);
}
