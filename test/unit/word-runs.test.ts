import { describe, expect, it } from 'vitest';
import { isWordCode, WORD_CHAR, wordRuns } from '../../src/core/lexicon';
import { EMOTIVE_WORDS, mayHoldEmotive } from '../../src/core/rules/emotive-word';
import type { RuleContext } from '../../src/core/types';
import { RUNS_MAY_DIFFER, words } from '../../src/core/words';

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

  it('reads a word seen before as it read it the first time, whatever its case or where it is cut', () => {
    // Words are kept by a hash of their letters (knownWord): each reading must equal a fresh one.
    const fresh = (text: string, from = 0, to = text.length) =>
      [...text.slice(from, to).matchAll(new RegExp(`${WORD_CHAR}+`, 'g'))].map((m) => [from + m.index, m[0].toLowerCase()]);
    const text = 'The the THE tHe Said said SAID saidx xsaid Sai aid Łódź ŁÓDŹ İstanbul said, they said.';
    for (let round = 0; round < 2; round++) {
      expect(wordRuns(text).map((r) => [r.start, r.lower])).toEqual(fresh(text));
      expect(wordRuns(text, 1, 30).map((r) => [r.start, r.lower])).toEqual(fresh(text, 1, 30));
    }
    // The same word in any case starts the same phrases.
    const starts = new Map(wordRuns(text).map((r) => [r.lower, r.starts]));
    expect(wordRuns('SAID Said said').map((r) => r.starts)).toEqual([starts.get('said'), starts.get('said'), starts.get('said')]);
  });
});

describe('RUNS_MAY_DIFFER: where words() and wordRuns may disagree', () => {
  it('holds every code unit where the two cut or lower-case a word differently', () => {
    const letterOrDigit = /^[\p{L}\p{N}]$/u;
    const missing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      // A word character that words() does not take (×), or a letter of words() that lower-cases into WORD_CHAR (K).
      // Other letters outside WORD_CHAR stay outside it: a word that has one is none of the words runs look for.
      const cutsDiffer = isWordCode(c) && !letterOrDigit.test(ch);
      const foldsInto = !isWordCode(c) && letterOrDigit.test(ch) && [...ch.toLowerCase()].some((l) => isWordCode(l.charCodeAt(0)));
      if ((cutsDiffer || foldsInto) && !RUNS_MAY_DIFFER.test(ch)) missing.push(c.toString(16));
    }
    expect(missing).toEqual([]);
  });

  it('lets the emotive rule skip a sentence only when it has none of its words', () => {
    const ctxOf = (text: string): RuleContext => {
      const sentence = { start: 0, end: text.length, text };
      return { text, sentence, index: 0, sentences: [sentence], quotations: [], genre: 'news', earlier: [] };
    };
    // Every word the rule scores, however the text capitalises it and whatever stands around it, is looked at.
    // Entries of several words ("fed up") are none that words() reads, so none the rule can flag.
    const missed = EMOTIVE_WORDS.filter((w) => words(w).length === 1).filter((w) => {
      const cap = w[0]!.toUpperCase() + w.slice(1);
      return [`It was ${w} again.`, `${cap}, again.`, `“${w.toUpperCase()}”`, `(${w})`].some((s) => !mayHoldEmotive(ctxOf(s)));
    });
    expect(missed).toEqual([]);
    expect(mayHoldEmotive(ctxOf('The convoy reached the town on Monday.'))).toBe(false);
    // "best" is the first run of an entry ("best damn") and no emotive word itself: only a sign after it may make one.
    expect(mayHoldEmotive(ctxOf('It was the best offer on the table.'))).toBe(false);
    expect(mayHoldEmotive(ctxOf('It was the best-known offer.'))).toBe(true);
    expect(mayHoldEmotive(ctxOf('It was the best’s offer.'))).toBe(true);
    // A sign that the two tokenizers read differently: the rule looks at the sentence in full.
    expect(mayHoldEmotive(ctxOf('The convoy reached the town on Monday × 2.'))).toBe(true);
  });
});
