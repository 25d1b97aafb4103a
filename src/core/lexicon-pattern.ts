/**
 * The pattern language of the word lists (src/core/lexicons/*.json). A pattern is a row of slots
 * separated by single spaces:
 *
 *   - a word: `tightrope`; matching is case-insensitive, on whole words, and a space matches any run
 *     of white space;
 *   - single-word alternatives: `profit|profits`; `|` binds tighter than a space, so `a|b c` is
 *     (a or b) then c;
 *   - alternatives of several words, in parentheses: `in it for (themselves|the money)`; inside a group
 *     a space separates the words of one alternative;
 *   - a trailing `?` makes a word, an alternation or a group optional: `not yet? confirmed`,
 *     `(the|big)? oil`;
 *   - a trailing `+` inflects a verb: `walk+` matches walk, walks, walked, walking.
 *
 * Forms that read as one thing and match another are refused with a LexiconPatternError (see
 * ambiguities below): most often a phrase written inside a one-word alternation, which matched
 * something its author never meant and nothing that they did.
 */

/** One word of a pattern, without its marks. */
export interface PatternWord {
  text: string;
  optional: boolean;
  /** `+`: the word is a verb, matched in its regular inflections. */
  inflected: boolean;
}

/** One slot: a word, an alternation of single words, or a group of alternatives of several words. */
export interface PatternSlot {
  alternatives: PatternWord[][];
  optional: boolean;
  /** Written in parentheses. */
  grouped: boolean;
}

export class LexiconPatternError extends Error {
  constructor(
    readonly term: string,
    readonly problem: string,
  ) {
    super(`lexicon pattern "${term}": ${problem}`);
  }
}

const CONSONANT_END = /[^aeiouwxy][aeiou][^aeiouwxy]$/;

/** Regular inflections of an English verb; enough for the verbs in our lists. */
export function inflect(base: string): string[] {
  const forms = new Set([base]);
  if (/(s|x|z|ch|sh)$/.test(base)) forms.add(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  if (base.endsWith('e')) {
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    forms.add(`${base}ed`);
    forms.add(`${base}ing`);
    // Short verbs ending consonant-vowel-consonant double the consonant: stop, stopped.
    if (base.length <= 4 && CONSONANT_END.test(base)) {
      const last = base.at(-1);
      forms.add(`${base}${last}ed`);
      forms.add(`${base}${last}ing`);
    }
  }
  return [...forms];
}

/** The forms a word matches: itself, or its inflections. */
export function formsOf(word: PatternWord): string[] {
  return word.inflected ? inflect(word.text) : [word.text];
}

/** A word with its marks: `walk+`, `yet?`, `walk+?`. */
function parseWord(term: string, raw: string, optionalAllowed: boolean): PatternWord {
  const m = /^([^?+|()\s]+)(\+?)(\??)$/.exec(raw);
  if (!m) {
    if (raw === '') throw new LexiconPatternError(term, 'an empty alternative (a space next to "|"?): write alternatives of several words in parentheses, (a b|c)');
    if (/[?+][^?+]|\?\+|\?\?|\+\+/.test(raw)) throw new LexiconPatternError(term, `"${raw}": marks go at the end of a word, "+" before "?" (walk+?)`);
    throw new LexiconPatternError(term, `"${raw}" is not a word`);
  }
  if (m[3] && !optionalAllowed) throw new LexiconPatternError(term, `"${raw}": "?" inside an alternation; put it after the whole alternation (a|b)? or use a group`);
  return { text: m[1]!, inflected: m[2] === '+', optional: m[3] === '?' };
}

/** Splits a pattern into its raw slots: words and alternations at the top level, groups in parentheses. */
function rawSlots(term: string): { body: string; grouped: boolean; optional: boolean }[] {
  if (term !== term.trim() || / {2}|[^\S ]/.test(term)) {
    throw new LexiconPatternError(term, 'words are separated by single spaces');
  }
  const slots: { body: string; grouped: boolean; optional: boolean }[] = [];
  let i = 0;
  while (i < term.length) {
    if (term[i] === '(') {
      const close = term.indexOf(')', i);
      const inner = close < 0 ? '' : term.slice(i + 1, close);
      if (close < 0) throw new LexiconPatternError(term, 'a "(" without its ")"');
      if (inner.includes('(')) throw new LexiconPatternError(term, 'groups do not nest');
      let end = close + 1;
      const optional = term[end] === '?';
      if (optional) end++;
      if (end < term.length && term[end] !== ' ') throw new LexiconPatternError(term, 'a group ends a slot: put a space after ")"');
      slots.push({ body: inner, grouped: true, optional });
      i = end + 1;
    } else {
      const space = term.indexOf(' ', i);
      const end = space < 0 ? term.length : space;
      const body = term.slice(i, end);
      if (/[()]/.test(body)) throw new LexiconPatternError(term, `"${body}": parentheses go around a whole slot`);
      const optional = body.endsWith('?') && body.includes('|');
      slots.push({ body: optional ? body.slice(0, -1) : body, grouped: false, optional });
      i = end + 1;
    }
  }
  return slots;
}

/** Parses a pattern into slots; throws LexiconPatternError for a malformed or ambiguous one. */
export function parsePattern(term: string): PatternSlot[] {
  const slots = rawSlots(term).map(({ body, grouped, optional }): PatternSlot => {
    if (grouped) {
      if (body.trim() === '') throw new LexiconPatternError(term, 'an empty group');
      const alternatives = body.split('|').map((alt) => {
        if (alt === '' || alt !== alt.trim()) throw new LexiconPatternError(term, `an empty alternative in "(${body})" (a space next to "|"?)`);
        const words = alt.split(' ').map((w) => parseWord(term, w, true));
        if (words.at(-1)!.optional) throw new LexiconPatternError(term, `"${alt}" ends on an optional word: write both alternatives, (${alt.replace(/\?$/, '')}|${alt.split(' ').slice(0, -1).join(' ')})`);
        return words;
      });
      return { alternatives, optional, grouped: true };
    }
    const single = !body.includes('|');
    const alternatives = body.split('|').map((w) => [parseWord(term, w, single)]);
    // A single word carries its own "?"; an alternation's "?" was taken off above.
    if (single && alternatives[0]![0]!.optional) return { alternatives: [[{ ...alternatives[0]![0]!, optional: false }]], optional: true, grouped: false };
    return { alternatives, optional, grouped: false };
  });
  checkAmbiguities(term, slots);
  return slots;
}

/** Articles begin a phrase: in a bare alternation next to a word of another kind, they are the first word of one. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that may stand in one alternation with an article: the slot before a noun. */
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'these', 'those', 'any', 'no', 'some', 'every', 'each', 'another', 'all', 'both', 'either', 'neither']);
/** Contractions that are never a possessive: "i'm", "we're", "you've", "i'd", "i'll", "couldn't". */
const CONTRACTION = /^(.+?)(?:['’](?:m|re|ve|d|ll)|n['’]t)$/;
/** "'s" is a contraction (it's, here's, let's) when the next slot spells it out, else often a possessive. */
const S_CONTRACTION = /^(.+)['’]s$/;
const SPELLED_OUT_S = new Set(['is', 'has', 'us']);

/**
 * The forms that read as one thing and match another. Each is a phrase written inside a bare
 * alternation: `|` binds tighter than a space, so `herself|the money` is (herself or the) then money.
 */
function checkAmbiguities(term: string, slots: readonly PatternSlot[]): void {
  slots.forEach((slot, i) => {
    if (slot.grouped || slot.alternatives.length < 2) return;
    const words = slot.alternatives.map((a) => a[0]!.text);
    const next = slots[i + 1];
    const nextWords = next ? next.alternatives.map((a) => a[0]!.text) : [];
    const phrase = (why: string): never => {
      throw new LexiconPatternError(term, `"${words.join('|')}" ${why}; "|" joins single words, so write alternatives of several words in parentheses, (a b|c)`);
    };
    const article = words.find((w) => ARTICLES.has(w));
    const other = words.find((w) => !DETERMINERS.has(w));
    if (article && other) phrase(`puts the article "${article}" beside "${other}", as if it began a phrase (if single words are meant, group them: (${words.join('|')}))`);
    for (const w of words) {
      const stem = CONTRACTION.exec(w)?.[1] ?? (nextWords.some((n) => SPELLED_OUT_S.has(n)) ? S_CONTRACTION.exec(w)?.[1] : undefined);
      if (stem && words.includes(stem)) phrase(`holds "${w}" and "${stem}", as if "${stem} …" were spelled out after it`);
      for (const start of words) {
        if (start !== w && nextWords.some((n) => w === `${start}${n}` || w === `${start}-${n}`)) phrase(`holds "${w}" and "${start}", as if "${start} ${w.slice(start.length).replace(/^-/, '')}" were one alternative`);
      }
    }
    if (next && !next.grouped && !next.optional && next.alternatives.length === 1 && words.includes(nextWords[0]!)) {
      phrase(`is followed by "${nextWords[0]}" again, as if "… ${nextWords[0]}" ended one alternative`);
    }
  });
  // A compound beside its parts across two slots: `net zero|net-zero`, `world view|worldview`.
  slots.forEach((slot, i) => {
    const before = slots[i - 1];
    if (!before || before.grouped || slot.grouped || slot.alternatives.length < 2) return;
    const words = slot.alternatives.map((a) => a[0]!.text);
    for (const first of before.alternatives.map((a) => a[0]!.text)) {
      for (const second of words) {
        const compound = words.find((w) => w === `${first}${second}` || w === `${first}-${second}`);
        if (compound) {
          throw new LexiconPatternError(
            term,
            `"${words.join('|')}" holds "${compound}" beside "${second}", as if "${first} ${second}" were one alternative; "|" joins single words, so write alternatives of several words in parentheses, (${first} ${second}|${compound})`,
          );
        }
      }
    }
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Apostrophes are typed both ways in news text. */
function wordSource(word: string): string {
  return escapeRegExp(word).replace(/['\u2019]/g, "['\u2019]");
}

/** A word's forms as one alternation. */
function wordBody(word: PatternWord): string {
  return `(?:${formsOf(word).map(wordSource).join('|')})`;
}

/** The words of one alternative of a group, white space between them. */
function alternativeSource(words: readonly PatternWord[]): string {
  return words.map((w, i) => (i === words.length - 1 ? wordBody(w) : w.optional ? `(?:${wordBody(w)}\\s+)?` : `${wordBody(w)}\\s+`)).join('');
}

function slotBody(slot: PatternSlot): string {
  if (slot.grouped) return `(?:${slot.alternatives.map(alternativeSource).join('|')})`;
  return `(?:${slot.alternatives.flatMap((a) => formsOf(a[0]!)).map(wordSource).join('|')})`;
}

/** The regular-expression source for one pattern (without word boundaries). */
export function patternSource(term: string): string {
  return sourceOf(parsePattern(term));
}

function sourceOf(slots: readonly PatternSlot[]): string {
  return slots
    .map((slot, i) => {
      const body = slotBody(slot);
      if (slot.optional) return `(?:${body}\\s+)?`;
      // The white space belongs between slots only.
      return i === slots.length - 1 ? body : `${body}\\s+`;
    })
    .join('');
}

/** The forms a pattern can start with: the first slot's first words, and the next slot's where it is optional. */
export function startingForms(term: string): string[] {
  return startsOf(parsePattern(term));
}

function startsOf(slots: readonly PatternSlot[]): string[] {
  const forms = new Set<string>();
  for (const slot of slots) {
    for (const alternative of slot.alternatives) {
      for (const word of alternative) {
        for (const form of formsOf(word)) forms.add(form);
        if (!word.optional) break;
      }
    }
    // An optional slot may be absent: the pattern can also start with the next one.
    if (!slot.optional) break;
  }
  return [...forms];
}

/** How many words of a pattern's start openings() spells out: the word a match starts with and the next. */
const OPENING_WORDS = 2;

/**
 * Every way a pattern's match can begin: its first two word forms in order, or one where the pattern
 * can end after it. PhraseMatcher reads from them which word may follow the first one.
 */
export function openings(term: string): string[][] {
  return openingsOf(parsePattern(term), 0, OPENING_WORDS);
}

function openingsOf(slots: readonly PatternSlot[], i: number, n: number): string[][] {
  if (n === 0 || i === slots.length) return [[]];
  const slot = slots[i]!;
  const out: string[][] = [];
  const heads = slot.alternatives.flatMap((words) => wordsOpening(words, 0, n));
  // An optional slot may be absent: the match can begin with the next one.
  if (slot.optional) heads.push([]);
  for (const head of heads) {
    if (head.length === n) out.push(head);
    else for (const rest of openingsOf(slots, i + 1, n - head.length)) out.push([...head, ...rest]);
  }
  return out;
}

/** The first n forms (fewer when the words run out) of one alternative of a slot. */
function wordsOpening(words: readonly PatternWord[], j: number, n: number): string[][] {
  if (n === 0 || j === words.length) return [[]];
  const word = words[j]!;
  const out = formsOf(word).flatMap((form) => wordsOpening(words, j + 1, n - 1).map((rest) => [form, ...rest]));
  if (word.optional) out.push(...wordsOpening(words, j + 1, n));
  return out;
}

/** How many slots of a pattern offer a choice: alternations and groups of two or more alternatives. */
export function alternationSlots(term: string): number {
  return parsePattern(term).filter((s) => s.alternatives.length > 1).length;
}

/** A pattern parsed once: its regular-expression source and the forms it can start with. */
export function compilePattern(term: string): { source: string; starts: string[] } {
  const slots = parsePattern(term);
  return { source: sourceOf(slots), starts: startsOf(slots) };
}
