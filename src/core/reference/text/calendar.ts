import calendar from '../../lexicons/reference-calendar.json';

/**
 * Words of a date (reference-calendar.json): months, spelled out or shortened as news style does
 * ("Oct. 5"), and days of the week.
 */
const MONTH_OF = new Map(calendar.entries.filter((e) => 'month' in e).map((e) => [e.term, (e as { month: string }).month]));
const DATE_WORDS = new Set(calendar.entries.map((e) => e.term));

/** The month a lower-cased word names ("oct" and "october" are "october"), or undefined. */
export function monthOf(norm: string): string | undefined {
  return MONTH_OF.get(norm);
}

/** A month or a day of the week, spelled out or shortened. */
export function isDateWord(norm: string): boolean {
  return DATE_WORDS.has(norm);
}
