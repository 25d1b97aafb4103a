import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { unmaskedCount } from '../../src/core/lexicon';
import { bundledReference } from '../../src/core/reference/bundled';
import { unmaskedTokenMatchers } from '../../src/core/reference/text/token-matcher';

/**
 * Every phrase matcher and word set skips a sentence none of its words can start by one integer test,
 * with a bit of its own; one made after the bits ran out still works but looks every word of every
 * sentence up, a cost no other test would notice. (This file runs in a module graph of its own: the
 * matchers counted are the analysis's, not other tests'.)
 */
describe('matcher bits', () => {
  it('every matcher and word set the analysis makes has a bit of its own', () => {
    const text = 'Biden allowed Ukraine to strike inside Russia, officials said. Critics warn the move is reckless. At least 12 people were killed, the governor said.';
    analyze(text, { reference: bundledReference() });
    expect(unmaskedCount()).toBe(0);
    expect(unmaskedTokenMatchers()).toBe(0);
  });
});
