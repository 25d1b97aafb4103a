import { cover, makeFinding, type Predicate } from './types';

/** Words that make a distance a weapon's reach rather than, say, a frontline length. */
const RANGE_WORDS = /\b(?:range|ranges|away|reach|reaches|strike|strikes|striking|hit|hitting|targets?|travel|fly|flies)\b/i;

/** "ATACMS ... a range of approximately 190 miles": a weapon system's range. */
export const weaponRange: Predicate = {
  id: 'weapon-range',
  kind: 'attribute',
  find(ctx) {
    const distance = ctx.quantities.find((q) => q.base.unit === 'km');
    if (!distance) return [];
    const sentenceText = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
    if (!RANGE_WORDS.test(sentenceText)) return [];
    const weapons = ctx.entities.filter((e) => e.kind === 'weapon');
    // The weapon nearest before the number, else after it, else one named just before ("They have...").
    const before = weapons.filter((w) => w.end <= distance.start).at(-1);
    const after = weapons.find((w) => w.start >= distance.end);
    const weapon = before ?? after ?? ctx.recentEntities.filter((e) => e.kind === 'weapon').at(-1);
    if (!weapon) return [];
    const inSentence = weapon.start >= ctx.sentence.start;
    const span = cover(inSentence ? weapon : null, distance);
    return [
      makeFinding(ctx, {
        predicate: 'weapon-range',
        subject: weapon.id,
        kind: 'attribute',
        quantity: distance,
        ...span,
        weapons: [weapon.id],
      }),
    ];
  },
};
