/** A word of the text with its offsets. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Words, keeping abbreviations ("U.S."), hyphens ("long-range") and apostrophes ("Ukraine’s") inside. */
const WORD_RE = /[\p{L}\p{N}]+(?:(?:[.'\u2019\-](?=[\p{L}\p{N}]))[\p{L}\p{N}]+)*(?:\.(?<=\b\p{L}\.\p{L}\.))?/gu;

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/**
 * Where words() and wordRuns (lexicon.ts) may cut or lower-case a word differently: signs inside
 * WORD_CHAR's ranges that are not letters or digits (×, ÷, Greek and Cyrillic signs: the whole blocks,
 * for brevity), and letters outside it that lower-case into it (the Kelvin sign into "k"). In a
 * sentence without them, a word of words() spelled in WORD_CHAR and . ' ’ - begins with a whole word
 * run, so a rule may first look for its words' first runs among the sentence's runs (a unit test
 * derives these characters from the two definitions).
 */
export const RUNS_MAY_DIFFER = /[\u00D7\u00F7\u0370-\u04FF\u1E9E\u2126\u212A\u212B\u2C7E\u2C7F\uA7DC]/;

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
