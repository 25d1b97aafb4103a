import { describe, expect, it } from 'vitest';
import { TokenMatcher } from '../../../src/core/reference/text/token-matcher';
import { termId, tokenize, UNNUMBERED } from '../../../src/core/reference/text/tokens';

// Its own file: it fills the module's table of word numbers, which no other test should see full.
describe('word numbers (termId) when the table is full', () => {
  it('numbers a text word while there is room, a matcher word always, and a full table matches only known words', () => {
    const early = tokenize('Kramatorsk station')[0]!;
    expect(early.normId).not.toBe(UNNUMBERED);
    expect(termId('kramatorsk')).toBe(early.normId);
    for (let i = 0; termId(`filler${i}`) !== UNNUMBERED; i++);
    // A word first seen now gets no number; one seen before keeps its own.
    const late = tokenize('Zubrivka Kramatorsk');
    expect(late[0]!.normId).toBe(UNNUMBERED);
    expect(late[1]!.normId).toBe(early.normId);
    // A matcher compiled now numbers its words, and the text's words find them.
    const matcher = new TokenMatcher([{ term: 'quorblat shipment', reason: 'a test entry' }]);
    expect(termId('quorblat')).not.toBe(UNNUMBERED);
    expect(matcher.find('the quorblat shipments', tokenize('the quorblat shipments')).map((m) => m.entry.term)).toEqual(['quorblat shipment']);
    // A word without a number matches no entry.
    const other = new TokenMatcher([{ term: 'vexillum', reason: 'a test entry' }]);
    expect(other.find('the zubrivka', tokenize('the zubrivka'))).toEqual([]);
  });
});
