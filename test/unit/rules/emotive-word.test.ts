import { describe, expect, it } from 'vitest';
import { EMOTIVE_MIN_AFINN, emotiveScore, emotiveWord } from '../../../src/core/rules/emotive-word';
import { ruleTable } from '../../support/rule-table';

ruleTable(emotiveWord, {
  flags: [
    ['The hated regime collapsed overnight.', 'hated'],
    ['The horrific attack shocked the city.', 'horrific'],
    ['Soldiers made a heroic stand at the bridge.', 'heroic'],
    ['The brutal shelling went on for hours.', 'brutal'],
    ['It was a reckless decision.', 'reckless'],
    ['The withdrawal was disastrous.', 'disastrous'],
    // the writer's own feeling, or a feeling word used to describe rather than report
    ['I was horrified by the decision.', 'horrified'],
    ['The town became a hellscape of ash and sadistic cruelty.', 'sadistic'],
    ['The brutality of the occupation shocked the inspectors.', 'brutality'],
    ['A thrilled crowd lined the streets.', 'thrilled'],
  ],
  ignores: [
    // the word reported as someone else's name for the thing
    'Zelensky called it a brutal and barbaric attack.',
    // a feeling someone else has, reported with a verb
    'Trump, who has long admired Putin, wants a quick deal.',
    'Residents hate the curfew.',
    'A Russian missile attack killed at least seven people.',
    'The strike resulted in the deaths of at least seven individuals.',
    'The withdrawal was not disastrous.',
    'The crisis deepened as the war went on.',
    // someone's reaction reported, a winner named
    'Kyiv praised the decision to send the missiles.',
    'The victor of the runoff takes office in May.',
    '“It was a horrific attack,” Mayor Vitali Klitschko said.',
    'The Good Friday agreement was cited by the envoy.',
    // someone's feeling, reported
    'Investors were pleased with the figures.',
    'The minister was visibly furious after the vote.',
    // legal terms, honours and names
    'The former aide pleaded guilty to perjury.',
    'The Supreme Court heard the case on Monday.',
    'Thousands marched against police brutality.',
  ],
});

describe('emotive scoring', () => {
  it('uses AFINN at the threshold and leaves event words out', () => {
    expect(EMOTIVE_MIN_AFINN).toBe(3);
    expect(emotiveScore('horrific')).toBe(-3);
    expect(emotiveScore('killed')).toBeNull();
    expect(emotiveScore('support')).toBeNull();
  });
});
