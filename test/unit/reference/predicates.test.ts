import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../src/core/reference/claims';
import { segment } from '../../../src/core/segment';

const claims = (text: string) =>
  findClaims(text, segment(text)).map((c) => `${c.finding.predicate}:${c.finding.subject}=${c.finding.polarity ?? c.finding.value ?? c.finding.quantity?.base.value.toFixed(0)}`);

describe('claim predicates', () => {
  it.each([
    ['ATACMS can hit targets 500 kilometers away.', 'weapon-range:atacms=500'],
    ['The rocket systems are known as High Mobility Artillery Rockets. They can hit a target from as many as 50 miles away.', 'weapon-range:himars=80'],
    ['North Korea has sent more than 15,000 troops to Kursk.', 'troop-deployment:north-korea=15000'],
    ['The Pentagon announced a $2 billion aid package on Tuesday.', 'aid-package:us=2000000000'],
    ['U.S. aid amounting to $175 billion has kept Kyiv going.', 'aid-total:us=175000000000'],
    ['A Russian missile attack killed at least seven people.', 'attack-casualties:russia=7'],
    ['Biden has authorized Ukraine to strike targets inside Russia with U.S. missiles.', 'strike-authorisation:us=positive'],
    ['The United States still bars Ukraine from striking inside Russia with American weapons.', 'strike-authorisation:us=negative'],
    ['Biden told reporters that “we’re not going to send Ukraine rocket systems that strike into Russia.”', 'strike-authorisation:us=negative'],
    ['The White House has not yet confirmed reports that Biden approved strikes inside Russia.', 'strike-authorisation:us=positive'],
    ['Biden limited the strikes to the Kursk region.', 'strike-scope:kursk=inside'],
    ['Ukraine may only use the missiles outside the Kursk region.', 'strike-scope:kursk=outside'],
  ])('%s -> %s', (text, expected) => {
    expect(claims(text)).toContain(expected);
  });
  it.each([
    'The U.S. had previously restricted strikes inside Russia.',
    'The front line is 600 miles long.',
    'Experts warn that any strike inside Russian territory might provoke retaliation.',
    'Hundreds of people gathered in Kyiv.',
    'The city council approved a $4 million budget for bicycle lanes.',
  ])('finds no claim in: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
