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

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
