import { describe, expect, it } from 'vitest';
import { isWordCode, WORD_CHAR, wordRuns } from '../../src/core/lexicon';

describe('wordRuns', () => {
  it('isWordCode is WORD_CHAR on every UTF-16 code unit', () => {
    const re = new RegExp(`^${WORD_CHAR}$`);
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWordCode(c) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('finds the maximal runs of word characters inside [from, to), lower-cased, cut at both ends', () => {
    const text = 'Kyiv’s long-range ATACMS, 300 km; Łódź Ωmega Москва!';
    expect(wordRuns(text).map((r) => [r.start, r.lower])).toEqual([
      [0, 'kyiv'], [5, 's'], [7, 'long'], [12, 'range'], [18, 'atacms'], [26, '300'], [30, 'km'], [34, 'łódź'], [39, 'ωmega'], [45, 'москва'],
    ]);
    // A stretch that starts and ends inside words: the runs are cut to it.
    expect(wordRuns(text, 2, 10).map((r) => [r.start, r.lower])).toEqual([[2, 'iv'], [5, 's'], [7, 'lon']]);
    expect(wordRuns(text, 10, 10)).toEqual([]);
  });
});
