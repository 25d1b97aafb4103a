import { describe, expect, it } from 'vitest';
import { segment } from '../../src/core/segment';

const texts = (t: string) => segment(t).map((s) => s.text);

describe('segment', () => {
  it('keeps abbreviations such as U.S. inside a sentence', () => {
    expect(texts('The U.S. sent rockets to Ukraine. Then Mr. Biden spoke.')).toEqual([
      'The U.S. sent rockets to Ukraine.',
      'Then Mr. Biden spoke.',
    ]);
  });
  it('ends a headline without a full stop at the line break', () => {
    expect(texts('Biden approves missiles\nThe decision came late. It surprised allies.')).toEqual([
      'Biden approves missiles',
      'The decision came late.',
      'It surprised allies.',
    ]);
  });
  it('splits after a closing quotation mark that ends a sentence', () => {
    expect(texts('He said “no.” She agreed.')).toEqual(['He said “no.”', 'She agreed.']);
  });
  it('keeps a quotation and its attribution together', () => {
    expect(texts('“We will not,” he said. Then he left.')).toEqual(['“We will not,” he said.', 'Then he left.']);
  });
  it('gives exact offsets', () => {
    const text = '  First one.  Second one?\n\nThird\n';
    for (const s of segment(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segment(text).length).toBe(3);
  });
  it('never fuses sentences across paragraphs', () => {
    expect(texts('No full stop here\n\nNext paragraph starts')).toEqual(['No full stop here', 'Next paragraph starts']);
  });
  it('returns nothing for empty or blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\n \t')).toEqual([]);
  });
});
