import { describe, expect, it } from 'vitest';
import { countsPeople, isRunningToll, isToll, peopleOfAnEvent } from '../../../src/core/reference/dimensions';

describe('what a dimension says about its quantity', () => {
  it.each([
    ['people:killed', true, true, true, true],
    ['children:injured', true, true, true, true],
    ['people:missing', true, false, true, true],
    ['people', false, false, true, true],
    ['troops', false, false, true, false],
    ['tank', false, false, false, false],
    ['distance', false, false, false, false],
  ])('%s: toll %s, running toll %s, people %s, people of an event %s', (d, toll, running, people, event) => {
    expect([isToll(d), isRunningToll(d), countsPeople(d), peopleOfAnEvent(d)]).toEqual([toll, running, people, event]);
  });
});
