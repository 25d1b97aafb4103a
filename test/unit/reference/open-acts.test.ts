import { describe, expect, it } from 'vitest';
import { readStatement, isCheckable } from '../../../src/core/reference/text/statement';
import { vocabularyWith } from '../../../src/core/reference/text/vocabulary';

const vocabulary = vocabularyWith([{ term: 'arestovych', id: 'arestovych', kind: 'actor', reason: 'test' }]);
const read = (text: string) => readStatement(text, 0, text.length, vocabulary);
const acts = (text: string) => read(text).acts.map((a) => a.act);

describe('acts outside the vocabulary (open-acts.ts)', () => {
  it.each([
    ['Arestovych resigned on Tuesday.', 'v:resign'],
    ['Arestovych apologized for his remarks.', 'v:apolog'],
    ['Arestovych will resign.', 'v:resign'],
    ['Arestovych is conducting an inquiry.', 'v:conduct'],
    ['Arestovych was evacuated from Dnipro.', 'v:evacu'],
    ['Arestovych will soon resign.', 'v:resign'],
    ['Arestovych was quickly evacuated from Dnipro.', 'v:evacu'],
  ])('a verb is an act when the vocabulary names none: %s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });
  it.each([
    ['Arestovych said the building collapsed.', 'v:say'],
    ['Arestovych expected a hundred people.', 'v:expect'],
    ['Arestovych spoke to the injured relatives.', 'v:injur'],
    ['Arestovych continued his speech.', 'v:continu'],
    ['Arestovych will not resign.', 'v:not'],
    ['Arestovych will also resign.', 'v:also'],
  ])('speech, expectation, adjectives and aspect are not acts: %s (not %s)', (text, act) => {
    expect(acts(text)).not.toContain(act);
  });
  it('a sentence with an act of the vocabulary keeps only that act', () => {
    expect(acts('Arestovych decided that Russia struck the city.')).toEqual(['strike']);
  });
  it('a negation denies an open act', () => {
    expect(read('Arestovych has not resigned.').polarity).toBe('negative');
  });
  it('makes a sentence that names someone checkable', () => {
    expect(isCheckable(read('Arestovych resigned on Tuesday.'))).toBe(true);
    expect(isCheckable(read('Arestovych spoke on Tuesday.'))).toBe(false);
  });
  it('is the verb\'s word among the terms ("resigned" meets "resignation")', () => {
    expect(read('Arestovych resigned.').terms).toContain('w:resign');
  });
});
