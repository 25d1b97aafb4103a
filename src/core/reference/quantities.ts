import { countsPeople as countsPeopleDimension } from './dimensions';

/**
 * Quantities in a sentence: value, unit and qualifier, normalised to base units (kilometres, US
 * dollars, people), so that "190 miles" can be compared with "about 300 km" and "10,000 troops" with
 * "thousands".
 */
export type Qualifier = 'exact' | 'about' | 'up to' | 'at least' | 'more than' | 'nearly' | 'less than';
/** km and usd convert between units; people and counts are counted as they are. */
export type BaseUnit = 'km' | 'usd' | 'people' | 'count';

export interface Quantity {
  /** As written: "approximately 190 miles". */
  text: string;
  start: number;
  end: number;
  value: number;
  /** The unit as written, normalised: "miles", "km", "usd", "troops", "people". */
  unit: string;
  qualifier: Qualifier;
  base: { value: number; unit: BaseUnit };
  /** For vague amounts ("thousands") and stated ranges ("10,000 to 12,000"): the range covered, in base units. */
  range?: { min: number; max: number };
  /** True for vague amounts ("thousands"): they agree with precise values but never decide against one. */
  vague?: boolean;
  /** What the quantity measures (see measures.ts): "distance", "money", "troops", "people:killed", "tank"… */
  dimension?: string;
}

/** One statute mile in kilometres. */
export const KM_PER_MILE = 1.609344;
/** A number stated plainly still carries rounding: 190 miles may be 186 or 194. */
export const EXACT_TOLERANCE = 0.05;
/** "about", "approximately": reporters round (190 miles is "about 300 km"), but not by a seventh ("about 43 miles" is not "up to 50"). */
export const ABOUT_TOLERANCE = 0.1;
/** "nearly 10,000": somewhat below the number, not above it. */
export const NEARLY_TOLERANCE = 0.15;
/** "thousands" of people: from two thousand to the tens of thousands a reporter would name as such. */
export const THOUSANDS_RANGE = { min: 2_000, max: 99_999 };
/** "hundreds": from two hundred to just under a thousand. */
export const HUNDREDS_RANGE = { min: 200, max: 999 };
/** "tens of thousands". */
export const TENS_OF_THOUSANDS_RANGE = { min: 20_000, max: 99_999 };

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 };

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(?:approximately|about|around|roughly|some|an estimated|estimated|approx\.)$/i, 'about'],
  [/^(?:up to|as many as|as far as|as much as|a maximum of)$/i, 'up to'],
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, 'at least'],
  [/^(?:more than|over|upwards of|in excess of|beyond)$/i, 'more than'],
  [/^(?:nearly|almost|close to|just under)$/i, 'nearly'],
  [/^(?:less than|fewer than|under|below)$/i, 'less than'],
];
const QUALIFIER_SOURCE =
  '(?:approximately|about|around|roughly|some|an estimated|estimated|up to|as many as|as far as|as much as|a maximum of|at least|no fewer than|no less than|a minimum of|more than|over|upwards of|in excess of|nearly|almost|close to|just under|less than|fewer than|under)';
/** The tens and the units of a compound number ("fifty-seven", "twenty one"), shared with counts.ts. */
export const TEN_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
export const UNIT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/** "fifty-seven", "twenty one": a ten and a unit, read as one number before the words alone. */
const COMPOUND_SOURCE = `(?:${TEN_WORDS.join('|')})[- ](?:${Object.keys(UNIT_WORDS).join('|')})`;
/** "two dozen", "3 dozen": a number of dozens, read as one number before the words alone. */
const DOZENS_SOURCE = `(?:\\d+|${Object.keys(UNIT_WORDS).join('|')}) dozen`;
const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?! dozen)|${DOZENS_SOURCE}|${COMPOUND_SOURCE}|${Object.keys(WORD_NUMBERS).join('|')}`;

const DISTANCE = new RegExp(
  `(?:(${QUALIFIER_SOURCE})\\s+)?(${NUMBER_SOURCE})[\\s-]*(miles?|mi|kilomet(?:er|re)s?|km|kms)(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF])`,
  'gi',
);
const MONEY = new RegExp(
  `(?:(${QUALIFIER_SOURCE})\\s+)?(?:US\\s?)?\\$\\s?(${NUMBER_SOURCE})(?:\\s*(trillion|billion|million|thousand|bn|m|k)\\b)?`,
  'gi',
);
const MONEY_WORDS = new RegExp(
  `(?:(${QUALIFIER_SOURCE})\\s+)?(${NUMBER_SOURCE})\\s+(trillion|billion|million)\\s+(?:US\\s+)?dollars`,
  'gi',
);
/** People counted: troops, soldiers, people killed. "elite", "North Korean" may sit between. */
const PEOPLE = new RegExp(
  `(?:(${QUALIFIER_SOURCE})\\s+)?(${NUMBER_SOURCE})\\s+(?:(?:elite|more|additional|north\\s+korean|russian|ukrainian|american|u\\.s\\.)\\s+){0,2}(troops|soldiers|personnel|forces|people|individuals|civilians|persons)\\b`,
  'gi',
);
/** "numbering in the thousands", "thousands of troops": vague counts of people, not "hundreds of miles". */
const VAGUE_PEOPLE =
  /\b(?:numbering\s+in\s+the\s+|numbering\s+)?(tens\s+of\s+thousands|thousands|hundreds)(?:\s+of\s+(?:troops|soldiers|people|civilians|personnel|fighters))?\b/gi;

function parseNumber(raw: string): number {
  const lower = raw.toLowerCase();
  if (lower in WORD_NUMBERS) return WORD_NUMBERS[lower]!;
  const [tens, unit] = lower.split(/[- ]/);
  if (unit === 'dozen') return parseNumber(tens!) * WORD_NUMBERS.dozen!;
  if (unit !== undefined && tens! in WORD_NUMBERS && unit in WORD_NUMBERS) return WORD_NUMBERS[tens!]! + WORD_NUMBERS[unit]!;
  return Number.parseFloat(raw.replace(/,/g, ''));
}

function qualifierOf(raw: string | undefined): Qualifier {
  if (!raw) return 'exact';
  for (const [re, q] of QUALIFIERS) if (re.test(raw.trim())) return q;
  return 'exact';
}

/** All quantities in text[from, to), offsets into text. */
/**
 * Every pattern below needs a number, in digits or words, or a vague amount: one plain scan says whether
 * a sentence has one, and most sentences are spared five scans with look-aheads at every character.
 */
const MAY_COUNT = new RegExp(`\\d|\\b(?:${Object.keys(WORD_NUMBERS).join('|')}|hundreds|thousands)\\b`, 'i');

/**
 * Words each pattern cannot match without (its unit or its noun): a sentence without them is spared
 * that pattern's scan, which tries its long alternation at every character (most sentences that pass
 * MAY_COUNT hold a date or "one", and no unit). A test (quantities.test.ts) holds each pattern's
 * matches to contain its words.
 */
export const NEEDS = new Map<RegExp, RegExp>([
  // The unit as DISTANCE ends it, not followed by a letter: "mi" alone is in most sentences ("military", "missile").
  [DISTANCE, /(?:miles?|mi|kilomet(?:er|re)s?|kms?)(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/i],
  [MONEY, /\$/],
  [MONEY_WORDS, /dollars/i],
  [PEOPLE, /troops|soldiers|personnel|forces|people|individuals|civilians|persons/i],
  [VAGUE_PEOPLE, /thousands|hundreds/i],
]);

/** The matches of a pattern in the slice, none where the words it needs are missing (NEEDS). */
function scan(slice: string, re: RegExp): Iterable<RegExpExecArray> {
  return NEEDS.get(re)!.test(slice) ? slice.matchAll(re) : [];
}

export function findQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const slice = text.slice(from, to);
  const out: Quantity[] = [];
  if (!MAY_COUNT.test(slice)) return out;
  const push = (m: RegExpExecArray, q: Omit<Quantity, 'text' | 'start' | 'end'>) => {
    const start = from + m.index;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && o.start < end)) return;
    out.push({ text: m[0], start, end, ...q });
  };
  for (const m of scan(slice, DISTANCE)) {
    const value = parseNumber(m[2]!);
    const miles = /^mi/i.test(m[3]!);
    push(m, { value, unit: miles ? 'miles' : 'km', qualifier: qualifierOf(m[1]), base: { value: miles ? value * KM_PER_MILE : value, unit: 'km' } });
  }
  for (const re of [MONEY, MONEY_WORDS]) {
    for (const m of scan(slice, re)) {
      const value = parseNumber(m[2]!);
      const scale = m[3] ? SCALE[m[3].toLowerCase()] ?? 1 : 1;
      push(m, { value: value * scale, unit: 'usd', qualifier: qualifierOf(m[1]), base: { value: value * scale, unit: 'usd' } });
    }
  }
  for (const m of scan(slice, PEOPLE)) {
    const value = parseNumber(m[2]!);
    push(m, { value, unit: m[3]!.toLowerCase(), qualifier: qualifierOf(m[1]), base: { value, unit: 'people' } });
  }
  for (const m of scan(slice, VAGUE_PEOPLE)) {
    // only as a count of people: "in the thousands" after a people noun, or "thousands of troops"
    const named = /\bof\s+\w+$/.test(m[0]) || /numbering/i.test(m[0]);
    if (!named) continue;
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const range = word === 'hundreds' ? HUNDREDS_RANGE : word === 'thousands' ? THOUSANDS_RANGE : TENS_OF_THOUSANDS_RANGE;
    push(m, { value: range.min, unit: word, qualifier: 'at least', base: { value: range.min, unit: 'people' }, range, vague: true });
  }
  out.sort((a, b) => a.start - b.start);
  // "190 miles (305.8 kilometers)": the conversion in brackets restates the same quantity.
  return out.filter((q, i) => {
    const prev = out[i - 1];
    return !(prev && prev.base.unit === q.base.unit && /^\s*\(\s*$/.test(text.slice(prev.end, q.start)));
  });
}

function countsPeople(q: Quantity): boolean {
  return q.base.unit === 'people' || q.base.unit === 'count';
}

/** The interval of base values a quantity allows, with the tolerance its qualifier implies. */
export function interval(q: Pick<Quantity, 'base' | 'qualifier' | 'range' | 'vague'>): { min: number; max: number } {
  if (q.range && q.vague) return q.range;
  // "10,000 to 12,000": both ends carry a plain number's rounding.
  if (q.range) return { min: q.range.min * (1 - EXACT_TOLERANCE), max: q.range.max * (1 + EXACT_TOLERANCE) };
  const v = q.base.value;
  switch (q.qualifier) {
    case 'about':
      return { min: v * (1 - ABOUT_TOLERANCE), max: v * (1 + ABOUT_TOLERANCE) };
    case 'nearly':
      return { min: v * (1 - NEARLY_TOLERANCE), max: v };
    case 'at least':
      return { min: v, max: Number.POSITIVE_INFINITY };
    case 'more than':
      return { min: v * (1 + Number.EPSILON), max: Number.POSITIVE_INFINITY };
    case 'less than':
      return { min: 0, max: v };
    // "up to 50 miles" states a maximum as a number: compared like a plain number.
    default:
      return { min: v * (1 - EXACT_TOLERANCE), max: v * (1 + EXACT_TOLERANCE) };
  }
}

/** Qualifiers that state one value with some rounding, compared value to value. */
const POINT_QUALIFIERS: ReadonlySet<Qualifier> = new Set(['exact', 'about', 'up to']);

/**
 * Below this, a plain count of things is exact: 30 tanks are not 31. Counts of people keep a plain
 * number's rounding (a toll of 20 is told of 21; 10,000 troops may be 10,300).
 */
export const SMALL_COUNT = 100;

function tolerance(q: Quantity): number {
  if (q.qualifier === 'about') return ABOUT_TOLERANCE;
  const things = q.base.unit === 'count' && !!q.dimension && !countsPeopleDimension(q.dimension);
  return things && q.base.value < SMALL_COUNT ? 0 : EXACT_TOLERANCE;
}

export function consistent(a: Quantity, b: Quantity): boolean {
  // Whether the two measure the same thing is for the caller (relate.ts): here only the units must meet.
  if (a.base.unit !== b.base.unit && !(countsPeople(a) && countsPeople(b))) return false;
  // Two stated values: within the looser one's tolerance of the larger ("about 12,000" is not 10,000,
  // "about 300 km" is 190 miles), not merely overlapping once both tolerances are stretched.
  if (POINT_QUALIFIERS.has(a.qualifier) && POINT_QUALIFIERS.has(b.qualifier) && !a.range && !b.range) {
    const [x, y] = [a.base.value, b.base.value];
    return Math.abs(x - y) <= Math.max(tolerance(a), tolerance(b)) * Math.max(x, y);
  }
  const x = interval(a);
  const y = interval(b);
  return x.min <= y.max && y.min <= x.max;
}

function formatNumber(n: number): string {
  if (n >= 1e9) return `$${+(n / 1e9).toFixed(1)} billion`;
  if (n >= 1e6) return `$${+(n / 1e6).toFixed(1)} million`;
  return `$${n.toLocaleString('en-US')}`;
}

/** "about 190 miles (306 km)", "10,000 troops", "$700 million". */
export function describeQuantity(q: Quantity): string {
  const qual = q.qualifier === 'exact' ? '' : `${q.qualifier} `;
  if (q.range && q.vague) return q.unit;
  if (q.range) return `${q.range.min.toLocaleString('en-US')} to ${q.range.max.toLocaleString('en-US')} ${q.unit}`;
  if (q.base.unit === 'km') {
    const shown = q.unit === 'miles' ? `${q.value.toLocaleString('en-US')} miles (${Math.round(q.base.value)} km)` : `${q.value.toLocaleString('en-US')} km`;
    return `${qual}${shown}`;
  }
  if (q.base.unit === 'usd') return `${qual}${formatNumber(q.value)}`;
  return `${qual}${q.value.toLocaleString('en-US')} ${q.unit}`;
}
