import { describe, expect, it } from 'vitest';
import { bundledReference } from '../../../src/core/reference/bundled';
import { sameMeasure } from '../../../src/core/reference/relate';
import { storeStatement } from '../../../src/core/reference/stored';
import { readStatement } from '../../../src/core/reference/text/statement';
import { tokenize } from '../../../src/core/reference/text/tokens';

describe('an acronym’s plural and a sum of money', () => {
  it.each([
    ['HIMARSes', 'himars'],
    ['HIMARSs', 'himars'],
    ['UAVs', 'uav'],
    ['ATACMS', 'atacms'],
  ])('%s is read as %s', (word, norm) => {
    expect(tokenize(`The ${word} arrived.`)[1]!.norm).toBe(norm);
  });
  it('a sum told beside a thing ("the HIMARS are the centerpiece of the $700 million package") is the party’s same sum', () => {
    const index = bundledReference();
    const side = (text: string) => {
      const reading = storeStatement(readStatement(text, 0, text.length, index.vocabulary));
      return { ...reading.measures[0]!, reading };
    };
    const page = side('The HIMARS launchers are the centerpiece of the $700 million deal, along with Javelins, radars and helicopters.');
    const set = side('It is all a part of the $700 million weapons package that the White House unveiled this week.');
    expect(page.holderKind).toBe('thing');
    expect(sameMeasure(page, set, index.weights)).toBe(true);
  });
});
