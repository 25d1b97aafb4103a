import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { bundledReference } from '../../../src/core/reference/bundled';

/**
 * Families of wording for the bundled set's facts, in our own words (no collection's sentence): each
 * row is one way coverage states a fact the set holds, with the relation a reader should see.
 */
const reference = bundledReference();
const relations = (text: string) => [...new Set(analyze(text, { reference }).flags.filter((f) => ['conflict', 'supported', 'uncovered'].includes(f.category)).map((f) => f.category))];

describe('the bundled set against our own paraphrases', () => {
  it.each([
    'In November 2024 Biden refused to let Ukraine fire ATACMS into Russia.',
    'The ATACMS can reach targets 500 kilometres away.',
    'North Korea has sent some 3,000 troops to Russia.',
    'The U.S. still bars Kyiv from using American long-range missiles on Russian soil.',
    'Washington has never allowed Ukraine to strike inside Russia with U.S. weapons.',
    'Kyiv promised not to fire the rocket launchers at Russian territory.',
    'The HIMARS can hit targets 150 miles away.',
    'Biden gave Ukraine the green light to hit targets anywhere in Russia.',
    'The Pentagon has not allowed Ukraine to use ATACMS against targets inside Russia.',
    'Ukraine will not be allowed to hit Russian territory with the long-range missiles.',
    'Biden kept the ban on Ukraine striking Russia with ATACMS in place.',
    'The administration rejected Kyiv’s request to use ATACMS inside Russia.',
    'Ukraine has been cleared to use the missiles only in the Kursk region.',
    'The ATACMS has a range of 100 miles.',
    'Some 50,000 North Korean soldiers are fighting for Russia.',
    'Biden decided against sending advanced rocket systems to Ukraine.',
    'Biden said the U.S. would not send rocket systems that can strike into Russia.',
    'Ukraine assured Washington it would not use the rockets against targets in Russia.',
    'The United States will send troops to fight in Ukraine.',
  ])('conflict: %s', (text) => {
    expect(relations(text)).toContain('conflict');
  });
  it.each([
    'ATACMS missiles have a range of about 300 km.',
    'Biden OKs Ukraine’s use of long-range U.S. missiles inside Russia.',
    'Washington cleared Kyiv to fire ATACMS at targets in Russia.',
    'Kremlin spokesman Dmitry Peskov said the move added fuel to the fire.',
    'North Korea has deployed some 10,000 soldiers to help Russia.',
    'The United States lifted its ban on Ukraine using ATACMS inside Russia.',
    'Biden has given Kyiv permission to strike Russian territory with American long-range weapons.',
    'The HIMARS can strike targets about 80 km away.',
    'The U.S. aid to Ukraine totals $175 billion.',
  ])('supported, not conflict: %s', (text) => {
    expect(relations(text)).toEqual(['supported']);
  });
  it('a number of the thing the sentence before names is checked: "The missiles can hit targets roughly 300 km away"', () => {
    const flags = analyze('Biden approved the use of ATACMS. The missiles can hit targets roughly 300 km away.', { reference }).flags;
    const second = flags.filter((f) => f.start > 'Biden approved the use of ATACMS.'.length && f.category === 'supported');
    expect(second.map((f) => f.cue)).toContain('roughly 300 km');
  });
  it.each([
    'Some columnists have advocated for sending as many as 60 HIMARS to Ukraine.',
    'Republicans in Congress have soured on sending more aid to Ukraine.',
    // what someone fears will happen
    'Moscow is concerned that Kyiv will use the rocket launchers to strike inside Russian territory.',
    // a further delivery is not the first one
    'Washington will send Ukraine four more advanced rocket systems.',
    // firing the missiles is not asking for them
    'Ukrainian troops fired missile systems that strike from longer ranges at Russian positions.',
    // granting money is no leave to use missiles
    'Congress approved a $40 billion aid package to Ukraine.',
    // using the missiles is not being allowed to, however alike the words
    'Ukraine fired a series of ATACMS missiles inside Russia for the first time.',
  ])('an act argued for or about is not stated, so not supported: %s', (text) => {
    expect(relations(text)).not.toContain('supported');
  });
});
