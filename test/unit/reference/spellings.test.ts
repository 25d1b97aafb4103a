import { describe, expect, it } from 'vitest';
import { oneEdit, spellingClusters, spellingsOf } from '../../../src/core/reference/text/spellings';
import { categoriesAgainstSources } from '../../support/reference-sets';

describe('one name in other spellings', () => {
  it.each([
    ['okhmatdyt', 'okhmadyt', true],
    ['klymenko', 'klimenko', true],
    ['vinnytsia', 'vinitsia', false],
    ['marchuk', 'marchuk', false],
    ['kovalenko', 'kovalchuk', false],
  ])('%s and %s are one letter apart: %s', (a, b, apart) => expect(oneEdit(a, b)).toBe(apart));
  it('a set spells a name the way its sources do most often; a page’s spelling one letter away is read as it', () => {
    const canon = spellingClusters(new Map([['okhmatdyt', 3], ['okhmadyt', 1], ['mary', 2]]));
    expect(canon.get('okhmadyt')).toBe('okhmatdyt');
    const spell = spellingsOf(canon);
    expect(spell('okhmatdit')).toBe('okhmatdyt');
    expect(spell('marx')).toBe('marx');
    expect(spell('kramatorsk')).toBe('kramatorsk');
  });
  it('a page that spells a place otherwise meets the set’s claim about it', () => {
    const src = { id: 'a', title: 'a', outlet: null, published: '2024-07-08', url: null, text: 'A Russian missile struck the Okhmadyt children’s hospital in Kyiv on Monday.' };
    const categories = categoriesAgainstSources('spell', [src]);
    expect(categories('A Russian missile struck the Okhmatdyt children’s hospital in Kyiv on Monday.')).toEqual(['supported']);
  });
});
