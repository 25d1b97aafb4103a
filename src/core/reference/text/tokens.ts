import stem from 'wink-porter2-stemmer';
import irregular from '../../lexicons/reference-irregular-verbs.json';

/**
 * Words of a sentence for the reference check: offsets, the lower-cased form, its Porter2 stem (so
 * "authorized", "authorizes" and "authorization" meet) and whether it was capitalised. Hyphenated
 * compounds split ("U.S.-supplied" is "U.S." and "supplied"), possessives lose their "'s".
 */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased, without a possessive "'s" and without dots ("u.s." is "us"). */
  norm: string;
  stem: string;
  /** Written with a capital first letter (or all capitals). */
  cap: boolean;
  /** A number written in digits ("10,000", "2.5"). */
  digits: boolean;
}

const TOKEN = /[A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+(?:[.'’,][A-Za-z0-9\u00C0-\u024F\u0400-\u04FF]+)*\.?/g;
/** A possessive or a clitic ("Russia's", "we're", "they've"); "n't" stays, it is a negation. */
const POSSESSIVE = /['’](?:s|re|ve|ll|d|m)$/;
const DIGITS = /^\d[\d,.]*$/;

/** Stems are looked up far more often than there are distinct words: kept per word, bounded. */
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

/** "struck" is a form of "strike": the stemmer knows regular endings only. */
const IRREGULAR = new Map(irregular.entries.map((e) => [e.term, e.base]));

/** Whether a word is an irregular past form of a verb ("struck", "sent"). */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR.has(word);
}

export function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    s = /^\d/.test(word) ? word : stem(IRREGULAR.get(word) ?? word);
    stems.set(word, s);
  }
  return s;
}

function normalise(raw: string): string {
  let w = raw.toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(POSSESSIVE, '');
  if (!w.includes('.')) return w;
  // "u.s." and "u.s" are "us"; a sentence's full stop is not part of its last word.
  return /^[a-z](?:\.[a-z])+\.?$/.test(w) ? w.replace(/\./g, '') : w.replace(/\.$/, '');
}

/** A word's forms, which depend on its spelling alone: kept per spelling, like stems. */
type Forms = Pick<Token, 'norm' | 'stem' | 'cap' | 'digits'>;
const forms = new Map<string, Forms | null>();

function formsOf(raw: string): Forms | null {
  let f = forms.get(raw);
  if (f === undefined) {
    if (forms.size >= STEM_CACHE_LIMIT) forms.clear();
    const norm = normalise(raw);
    f = norm ? { norm, stem: stemOf(norm), cap: /^[A-Z\u00C0-\u00DE\u0400-\u042F]/.test(raw), digits: DIGITS.test(norm) } : null;
    forms.set(raw, f);
  }
  return f;
}

/** Tokens of text[from, to), offsets into text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let raw = m[0];
    // A sentence-final full stop after a word is punctuation, except in abbreviations ("U.S.").
    if (raw.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(raw)) raw = raw.slice(0, -1);
    // "10,000" keeps its comma; "Kursk,Russia" (no space) does not join two words.
    if (raw.includes(',') && !DIGITS.test(raw)) raw = raw.slice(0, raw.indexOf(','));
    if (raw.length === 0) continue;
    const f = formsOf(raw);
    if (!f) continue;
    out.push({ start: m.index, end: Math.min(m.index + raw.length, to), norm: f.norm, stem: f.stem, cap: f.cap, digits: f.digits });
  }
  return out;
}
