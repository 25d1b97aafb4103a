import { describe, expect, it } from 'vitest';
import { opinionSentences } from '../../../src/core/reference/opinion';

const sentences = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
  { start: 21, end: 30 },
];

describe('the sentences a rule of opinion fired in', () => {
  it.each([
    [[{ rule: 'writer-prediction', start: 12, end: 15 }], [1]],
    [[{ rule: 'stance-marker', start: 5, end: 25 }], [0, 1, 2]],
    [[{ rule: 'prescriptive-statement', start: 20, end: 21 }], []],
    [[{ rule: 'loaded-language', start: 0, end: 5 }], []],
    [[{ rule: 'vague-attribution', start: 22, end: 28, cue: 'critics warn' }], [2]],
    [[{ rule: 'vague-attribution', start: 22, end: 28, cue: 'it was reported' }], []],
  ])('%o → sentences %o', (flags, expected) => {
    expect([...opinionSentences(sentences, flags)].sort()).toEqual(expected);
  });
});
