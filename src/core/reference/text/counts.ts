import { TEN_WORDS, UNIT_WORDS, type Qualifier } from '../quantities';
import { isDeterminer } from './token-matcher';
import { nameKey } from './anchors';
import { monthOf } from './calendar';
import type { Token } from './tokens';
import type { CountedEntry, Vocabulary } from './vocabulary';

/**
 * Counts of things that are not distances or money: "31 Abrams tanks", "120 missiles and 90 drones",
 * "killing seven", "10,000 to 12,000 troops". What is counted is the noun phrase after the number
 * (its class from reference-counted.json, else its head noun), so "10,000 soldiers" and "10,000 troops"
 * meet and "31 tanks" is never compared with "31 drones".
 */
export interface Count {
  start: number;
  end: number;
  value: number;
  /** For "10,000 to 12,000": the upper end. */
  max?: number;
  /** "thousands of": agrees with any number in its range, never decides against a precise one. */
  vague?: boolean;
  /** What happened to the people counted, when the sentence says it apart from the number ("the death toll rose to 57"). */
  role?: string;
  qualifier: Qualifier;
  /** "11 of 13 missiles": a part of the count after it. */
  partOf?: true;
  /** What is counted: a class ("troops", "people") or the stem of the head noun ("tank"). */
  count: string;
  /** The noun as written ("tanks"), for explanations. */
  noun: string;
}

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
/** Words that multiply the number before them ("two dozen" is 24, "three thousand" 3,000). */
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
/** Tens that a unit may follow ("fifty-seven"). */
const TENS = new Set(TEN_WORDS.map((w) => WORD_NUMBERS[w]!));
/** "2023-01-25": a date written in digits; none of its parts is a count. */
const ISO_DATE = /\d{4}-\d{2}-\d{2}/g;
/** Years are dates, not counts, unless a counted noun follows ("2000 troops"). */
const YEAR = /^(?:19|20)\d\d$/;
/** A counted noun phrase is at most this many words ("North Korean special forces troops"). */
export const MAX_NOUN_PHRASE = 4;
/** "killing at least seven": the word saying what happened may stand this many words before the number. */
const ROLE_WINDOW = 3;

const QUALIFIER_WORDS: [string, Qualifier][] = [
  ['approximately', 'about'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['some', 'about'], ['estimated', 'about'],
  ['nearly', 'nearly'], ['almost', 'nearly'],
  ['least', 'at least'], ['over', 'more than'], ['than', 'more than'], ['upwards', 'more than'],
  ['many', 'up to'], ['to', 'up to'],
  ['fewer', 'less than'], ['under', 'less than'],
];

function numberAt(tokens: readonly Token[], i: number): { value: number; used: number } | null {
  const t = tokens[i]!;
  let value: number;
  if (t.digits) value = Number.parseFloat(t.norm.replace(/,/g, ''));
  else if (t.norm in WORD_NUMBERS) value = WORD_NUMBERS[t.norm]!;
  else return null;
  if (!Number.isFinite(value)) return null;
  // "fifty-seven", "twenty one": a ten and a unit are one number.
  const unit = !t.digits && TENS.has(value) ? UNIT_WORDS[tokens[i + 1]?.norm ?? ''] : undefined;
  if (unit !== undefined) return { value: value + unit, used: 2 };
  const scale = tokens[i + 1] && SCALES[tokens[i + 1]!.norm];
  return scale ? { value: value * scale, used: 2 } : { value, used: 1 };
}

function qualifierBefore(text: string, tokens: readonly Token[], i: number): Qualifier {
  const prev = tokens[i - 1]?.norm;
  const prev2 = tokens[i - 2]?.norm;
  if (!prev) return 'exact';
  // "more than", "less than", "fewer than", "as many as", "up to", "at least", "close to"
  if (prev === 'than') return prev2 === 'less' || prev2 === 'fewer' ? 'less than' : 'more than';
  if (prev === 'as' && prev2 === 'many') return 'up to';
  if (prev === 'to' && prev2 === 'up') return 'up to';
  if (prev === 'to' && prev2 === 'close') return 'nearly';
  if (prev === 'least' && prev2 === 'at') return 'at least';
  if (prev === 'to' || prev === 'than' || prev === 'many') return 'exact';
  return QUALIFIER_WORDS.find(([w]) => w === prev)?.[1] ?? 'exact';
}

/** No punctuation but spaces between two tokens: they belong to one phrase. */
function joined(text: string, a: Token, b: Token): boolean {
  return /^[\s-]*$/.test(text.slice(a.end, b.start));
}

/**
 * "3:30 p.m.", "a nine-story building", "a 10-year-old": a time of day, or a number joined by a hyphen
 * to the word after it (an adjective), is not a count.
 */
function notACount(text: string, tokens: readonly Token[], i: number, used: number): boolean {
  const t = tokens[i]!;
  const last = tokens[i + used - 1]!;
  const before = text.charAt(t.start - 1);
  const after = text.slice(last.end, (tokens[i + used]?.start ?? last.end) + 0);
  return before === ':' || after.startsWith(':') || (after === '-' && !tokens[i + used]?.digits) || anAge(tokens, i) || aFamily(tokens, i) || ofThoseCounted(text, t.start);
}

/** "Of those killed, 12 were women": a part of a toll said before, not a toll. */
const OF_THOSE_COUNTED = /\bof\s+(?:the|those)\s+(?:[a-z]+\s+){0,2}?(?:killed|dead|victims|injured|wounded|hurt)\s*,\s*$/i;
/** How far back "of those killed," is looked for. */
const OF_THOSE_CHARS = 40;
function ofThoseCounted(text: string, start: number): boolean {
  return OF_THOSE_COUNTED.test(text.slice(Math.max(0, start - OF_THOSE_CHARS), start));
}

/** Words before a number that make it an age ("aged 45 and 60", "ages 5 to 12"). */
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
/** Words that join a list of ages ("aged 45 and 60", "aged 5, 7 and 9"). */
const AGE_JOINERS = new Set(['and', 'to', 'or', 'between']);

/** "aged 45 and 60": the number is an age, as is each number in a list after "aged". */
function anAge(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_AGE_LIST); k--) {
    const w = tokens[k]!;
    if (AGE_WORDS.has(w.norm)) return true;
    if (!w.digits && !AGE_JOINERS.has(w.norm)) return false;
  }
  return false;
}
/** How many words back the word "aged" is looked for over a list of ages. */
const MAX_AGE_LIST = 6;

/** "a family of five was killed": the members of one family, a part of the toll, not the toll. */
function aFamily(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.norm === 'of' && tokens[i - 2]?.norm === 'family';
}

/** A number that is part of a name ("Leopard 2", "Su-34", "F-16"), not a count. */
function partOfName(text: string, tokens: readonly Token[], i: number, vocabulary: Vocabulary): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.cap && !vocabulary.functionStems.has(prev.stem) && joined(text, prev, tokens[i]!) && monthOf(prev.norm) === undefined;
}

/** The counted noun phrase after a number, its class and head. */
function nounPhrase(text: string, tokens: readonly Token[], from: number, vocabulary: Vocabulary): { to: number; entry: CountedEntry | null; head: Token } | null {
  let to = from;
  while (to < tokens.length && to - from < MAX_NOUN_PHRASE) {
    const t = tokens[to]!;
    // "57, including five children": a comma after the number ends it; the noun must follow directly.
    if (!joined(text, tokens[to - 1] ?? t, t)) break;
    // "Leopard 2 tanks": a number right after a capitalised word is part of a name.
    const namePart = t.digits && to > from && tokens[to - 1]!.cap;
    if ((vocabulary.functionStems.has(t.stem) && !t.cap) || (t.digits && !namePart)) break;
    to++;
    // "two ballistic missiles hit the plant": a noun of things ends the phrase, unless another follows ("rocket systems").
    if (vocabulary.thingStems.has(t.stem) && !vocabulary.thingStems.has(tokens[to]?.stem ?? '')) break;
  }
  if (to === from) return null;
  const phrase = tokens.slice(from, to);
  const hits = vocabulary.counted.find(text, phrase);
  // "seven killed": what happened to them, right after the number, says they are people.
  // …and only when it ends the phrase: "29 body fragments" counts fragments.
  // A verb of what happened may be followed by its adverb: "two died later", "five killed instantly".
  const role = hits[0]?.from === 0 && hits[0].entry.role && (hits[0].to === phrase.length || hits[0].entry.term.endsWith('ed')) ? hits[0] : undefined;
  if (role) return { to: from + role.to, entry: role.entry, head: phrase[role.to - 1]! };
  // "claimed 12 innocent lives", "eight civilian deaths": a noun of what happened ends the phrase after its adjectives.
  const roleNoun = hits.find((m) => m.entry.role && m.to === phrase.length && m.from > 0 && !m.entry.term.endsWith('ed') && hits.every((h) => h === m || h.entry.count === undefined));
  if (roleNoun) return { to: from + roleNoun.to, entry: roleNoun.entry, head: phrase[roleNoun.to - 1]! };
  // "24 F-16 fighter jets": a counted noun right before a noun of things modifies it; the thing is counted.
  const hit = hits.find((m) => m.entry.count !== undefined && !vocabulary.thingStems.has(phrase[m.to]?.stem ?? ''));
  if (hit) return { to: from + hit.to, entry: hit.entry, head: phrase[hit.to - 1]! };
  return { to, entry: null, head: phrase.at(-1)! };
}

/** "killing seven", "killed at least seven": a word of what happened to people just before the number. */
function roleBefore(text: string, tokens: readonly Token[], i: number, vocabulary: Vocabulary): boolean {
  const span = tokens.slice(Math.max(0, i - ROLE_WINDOW), i);
  return vocabulary.counted.find(text, span).some((m) => m.entry.role !== undefined);
}

/** Classes of counted people ("one person", "one sailor"). */
const PEOPLE = new Set(['people', 'children', 'troops']);
/** What happened to one person stands at most this many words after the noun ("one person is still missing"). */
const ONE_ROLE_REACH = 4;

/**
 * "One person died in hospital", "one child is still missing": "one" counts only a person to whom the
 * sentence says something happened; elsewhere it is a pronoun or an article ("one of the missiles",
 * "one official said").
 */
function onePerson(text: string, tokens: readonly Token[], i: number, vocabulary: Vocabulary): { value: number; used: number } | null {
  return tokens[i]!.norm === 'one' && countsOnePerson(text, tokens, i, vocabulary) ? { value: 1, used: 1 } : null;
}

/** Whether "one" at i counts a person: a counted noun of people right after it, and a role within reach. */
export function countsOnePerson(text: string, tokens: readonly Token[], i: number, vocabulary: Vocabulary): boolean {
  const noun = vocabulary.counted.find(text, tokens.slice(i + 1, i + 1 + ONE_NOUN_WORDS))[0];
  if (!noun || noun.from !== 0 || !PEOPLE.has(noun.entry.count ?? '')) return false;
  const after = tokens.slice(i + 1 + noun.to, i + 1 + noun.to + ONE_ROLE_REACH);
  return vocabulary.counted.find(text, after).some((m) => m.entry.role !== undefined);
}
/** The noun after "one" is at most this many words ("one crew member"). */
const ONE_NOUN_WORDS = 2;

/**
 * Forms of "to be" and "to have", and "still" and "remain", that lead to what happened to a bare
 * number ("two were killed", "five have died", "with 21 still missing", "another 21 remain missing").
 */
const BE_FORMS = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'still', 'remain', 'remains', 'remained']);
/** A role word stands at most this many words after a bare number ("two have been killed"). */
const BARE_ROLE_REACH = 3;

/** "two were killed", "five have been injured": what happened to the people a bare number counts, from its verb (null when none). */
function roleAfterVerb(text: string, tokens: readonly Token[], next: number, vocabulary: Vocabulary): string | null {
  if (!BE_FORMS.has(tokens[next]?.norm ?? '')) return null;
  let to = next + 1;
  while (to < tokens.length && to - next <= BARE_ROLE_REACH && BE_FORMS.has(tokens[to - 1]!.norm)) to++;
  return vocabulary.counted.find(text, tokens.slice(next + 1, to)).find((m) => m.entry.role !== undefined)?.entry.role ?? null;
}

/** Words that make a number after "to" or "at" a toll: "the death toll rose to 57", "the number of injured stands at 300". */
const TOLL_VERBS = new Set(['to', 'at', 'reached', 'hit', 'topped', 'exceeded', 'exceed', 'exceeds', 'surpassed', 'passed']);
/** A toll's noun may stand this many words before its number ("the death toll from an attack by Russian forces on the central Ukrainian city of Vinnytsia has risen to 22"). */
const TOLL_REACH = 24;
/**
 * Farther back, the toll's noun must carry its role itself ("The death toll from the Oct. 5 Russian
 * Iskander ballistic missile strike on a grocery store and a nearby café in Hroza village has risen to
 * 52"; "The number of people killed as a result of the Russian missile attack on the city of Kyiv on
 * the morning of July 8 has increased to 7"): a long phrase of where and how stands between them.
 */
const TOLL_NOUN_REACH = 48;
/** Words before a toll's noun that may name its role ("death toll", "civilian death toll"). */
const ROLE_BEFORE_NOUN = 2;
/** Words after a toll's noun that may name its role ("number of people killed", "toll of the dead"). */
const ROLE_AFTER_NOUN = 4;
/** The nouns a toll is told by; a role's own plural nouns tell it too ("casualties had already risen to 30"). */
const TOLL_NOUNS = new Set(['toll', 'number', 'count', 'tally', 'total', 'casualties', 'deaths', 'fatalities', 'injuries']);
/** "An earlier toll had stood at 30": a toll that names no role is of the dead, as news uses the word. */
const BARE_TOLL_ROLE = 'killed';

export function tollBefore(text: string, tokens: readonly Token[], i: number, vocabulary: Vocabulary): string | null {
  if (!TOLL_VERBS.has(tokens[i - 1]?.norm ?? '')) return null;
  const span = tokens.slice(Math.max(0, i - TOLL_REACH), i);
  if (span.some((t) => TOLL_NOUNS.has(t.norm))) {
    const role = vocabulary.counted.find(text, span).find((m) => m.entry.role !== undefined)?.entry.role;
    if (role) return role;
  }
  return nounRole(text, tokens, i, vocabulary);
}

/** The role a toll's noun carries in its own words, the nearest noun back within TOLL_NOUN_REACH and the clause. */
function nounRole(text: string, tokens: readonly Token[], i: number, vocabulary: Vocabulary): string | null {
  for (let j = i - 2; j >= Math.max(0, i - TOLL_NOUN_REACH); j--) {
    // A sentence's full stops are abbreviations ("Oct. 5"): only a semicolon ends the clause.
    if (text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes(';')) return null;
    if (!TOLL_NOUNS.has(tokens[j]!.norm)) continue;
    const own = tokens.slice(Math.max(0, j - ROLE_BEFORE_NOUN), Math.min(i, j + 1 + ROLE_AFTER_NOUN));
    const role = vocabulary.counted.find(text, own).find((m) => m.entry.role !== undefined)?.entry.role;
    return role ?? (tokens[j]!.norm === 'toll' ? BARE_TOLL_ROLE : null);
  }
  return null;
}

/** "10,000 to 12,000", "10,000-12,000": the upper end, if the next words give one. */
function rangeEnd(text: string, tokens: readonly Token[], i: number): { max: number; used: number } | null {
  const sep = tokens[i];
  const next = tokens[i + 1];
  if (sep?.norm === 'to' && next) {
    const n = numberAt(tokens, i + 1);
    if (n) return { max: n.value, used: 1 + n.used };
  }
  if (sep && /^\s*[-–]\s*$/.test(text.slice(tokens[i - 1]!.end, sep.start))) {
    const n = numberAt(tokens, i);
    if (n) return { max: n.value, used: n.used };
  }
  return null;
}

/** Amounts said in words only: the range a reporter means by them. */
const VAGUE_AMOUNTS: Record<string, { min: number; max: number }> = {
  dozens: { min: 24, max: 199 },
  hundreds: { min: 200, max: 999 },
  thousands: { min: 2_000, max: 99_999 },
};

/** "Thousands of North Korean troops", "dozens of drones": a vague count, agreeing with any number in its range. */
function vagueCount(text: string, tokens: readonly Token[], i: number, vocabulary: Vocabulary): Count | null {
  const t = tokens[i]!;
  const range = VAGUE_AMOUNTS[t.norm];
  if (!range) return null;
  if (tokens[i + 1]?.norm !== 'of') return vagueToll(text, tokens, i, range, vocabulary);
  // "tens of thousands of": the larger amount.
  let from = i + 2;
  let r = range;
  if (tokens[i - 1]?.norm === 'of' && tokens[i - 2]?.norm === 'tens') r = { min: 20_000, max: 99_999 };
  while (tokens[from] && isDeterminer(tokens[from]!)) from++;
  const np = nounPhrase(text, tokens, from, vocabulary);
  if (!np || np.entry?.count === 'none' || np.entry?.role) return null;
  return {
    start: (r === range ? t : tokens[i - 2]!).start,
    end: tokens[np.to - 1]!.end,
    value: r.min,
    max: r.max,
    vague: true,
    qualifier: 'at least',
    count: np.entry?.count ?? (np.head.cap ? `name:${nameKey([np.head])}` : np.head.stem),
    noun: text.slice(np.head.start, np.head.end),
  };
}

/**
 * "Dozens killed in a strike on a train station", "leaves dozens dead", "dozens are still missing": an
 * amount in words with no noun, whose role follows it (as "two were killed" for a number), is a vague
 * toll of people.
 */
function vagueToll(text: string, tokens: readonly Token[], i: number, range: { min: number; max: number }, vocabulary: Vocabulary): Count | null {
  const next = i + 1;
  const direct = vocabulary.counted.find(text, tokens.slice(next, next + 1)).find((m) => m.entry.role !== undefined)?.entry.role;
  const role = direct ?? roleAfterVerb(text, tokens, next, vocabulary);
  if (!role) return null;
  const t = tokens[i]!;
  return { start: t.start, end: t.end, value: range.min, max: range.max, vague: true, qualifier: 'at least', count: 'people', noun: 'people', role };
}

function punctuationBetween(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && /[,;:()]/.test(text.slice(a.end, b.start));
}

/** Determiners after "of" that make a number a part of a group: "95 of its soldiers". */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'these', 'those']);

/** Counts in a sentence's tokens; `taken` are spans already read as distances or money. */
export function findCounts(text: string, tokens: readonly Token[], vocabulary: Vocabulary, taken: readonly { start: number; end: number }[]): Count[] {
  const out: Count[] = [];
  const from = tokens[0]?.start ?? 0;
  const to = tokens.at(-1)?.end ?? 0;
  const dates = [...text.slice(from, to).matchAll(ISO_DATE)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
  taken = [...taken, ...dates];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const vague = VAGUE_AMOUNTS[t.norm] ? vagueCount(text, tokens, i, vocabulary) : null;
    if (vague && !taken.some((s) => vague.start < s.end && s.start < vague.end)) {
      out.push(vague);
      continue;
    }
    const n = numberAt(tokens, i) ?? onePerson(text, tokens, i, vocabulary);
    if (!n || taken.some((s) => t.start < s.end && s.start < t.end) || partOfName(text, tokens, i, vocabulary) || notACount(text, tokens, i, n.used)) continue;
    if (monthOf(tokens[i - 1]?.norm ?? '') || monthOf(tokens[i + n.used]?.norm ?? '')) continue;
    let next = i + n.used;
    const range = rangeEnd(text, tokens, next);
    if (range) next += range.used;
    // "rose to 18, the city's mayor said": what a number counts stands in its own clause.
    const cut = punctuationBetween(text, tokens[next - 1], tokens[next]);
    const numberEnd = tokens[next - 1]!.end;
    // "95 of its soldiers", "two of the missiles": a part of a group counts its noun ("12 of the 40
    // people" counts twelve of a number, which the number after it tells). "Six of the dead were
    // identified" is a part of a toll, not a toll: no count.
    if (!cut && tokens[next]?.norm === 'of' && PARTITIVE_DETERMINERS.has(tokens[next + 1]?.norm ?? '') && !tokens[next + 2]?.digits) {
      if (nounPhrase(text, tokens, next + 2, vocabulary)?.entry?.role !== undefined) continue;
      next += 2;
    }
    // "shot down 11 of 13 missiles": the part is counted by the noun after the whole (which is counted
    // too); measures.ts keeps it only where it is told apart from the whole (weapons brought down).
    const whole = !cut && tokens[next]?.norm === 'of' ? numberAt(tokens, next + 1) : null;
    if (whole) {
      const np = nounPhrase(text, tokens, next + 1 + whole.used, vocabulary);
      if (!np || np.entry?.count === 'none' || np.entry?.role) continue;
      out.push({ start: t.start, end: tokens[next - 1]!.end, value: n.value, qualifier: qualifierBefore(text, tokens, i), count: np.entry?.count ?? np.head.stem, noun: text.slice(np.head.start, np.head.end), partOf: true });
      continue;
    }
    // "64 were injured, 14 of them children": a part of the count before, counted by its class; "two of
    // them died later" with no class is a part of a toll, not a toll.
    if (!cut && tokens[next]?.norm === 'of' && tokens[next + 1]?.norm === 'them') {
      const part = nounPhrase(text, tokens, next + 2, vocabulary)?.entry?.count;
      if (!part || part === 'people' || part === 'none') continue;
      next += 2;
    }
    // "killed 26, the governor said": the determiner after a comma is not the count's.
    while (!cut && tokens[next] && isDeterminer(tokens[next]!)) next++;
    // "21 remain missing": a verb after the number, not a noun it counts.
    const np = cut || BE_FORMS.has(tokens[next]?.norm ?? '') ? null : nounPhrase(text, tokens, next, vocabulary);
    const plain = !np || np.entry?.count === 'none' || (np.entry?.count === 'people' && !np.entry.role);
    const toll = plain ? tollBefore(text, tokens, i, vocabulary) : null;
    if (toll) {
      const end = np && np.entry?.count === 'people' ? tokens[np.to - 1]!.end : numberEnd;
      out.push({ start: t.start, end, value: n.value, qualifier: qualifierBefore(text, tokens, i), count: 'people', noun: 'people', role: toll });
      continue;
    }
    // "2 US officials" was cut at "US": a party is not a counted thing.
    if (np && !np.entry && vocabulary.entities.find(text, [np.head]).some((m) => m.entry.kind === 'country' || m.entry.kind === 'actor')) continue;
    const people = np?.entry?.role !== undefined || (!np && (roleBefore(text, tokens, i, vocabulary) || roleAfterVerb(text, tokens, next, vocabulary) !== null));
    if (!people && (!np || np.entry?.count === 'none')) continue;
    if (YEAR.test(t.norm) && !np?.entry) continue;
    const last = np && !np.entry?.role ? tokens[np.to - 1]! : tokens[next - 1]!;
    out.push({
      start: t.start,
      end: last.end,
      value: n.value,
      ...(range ? { max: range.max } : {}),
      qualifier: qualifierBefore(text, tokens, i),
      count: people ? 'people' : (np!.entry?.count ?? (np!.head.cap ? `name:${nameKey([np!.head])}` : np!.head.stem)),
      noun: people ? 'people' : text.slice(np!.head.start, np!.head.end),
    });
    i = tokens.indexOf(last);
  }
  return out;
}
