import { cover, makeFinding, type Predicate } from './types';

const DEATH = /\b(?:killed|killing|deaths?\s+of|dead|died|death\s+toll)\b/i;
const ATTACK = /\b(?:attack|strike|missile|missiles|drone|drones|shelling|bombardment)\b/i;

/** "a Russian missile attack ... the deaths of at least seven": the toll of one attack. */
export const attackCasualties: Predicate = {
  id: 'attack-casualties',
  kind: 'event',
  find(ctx) {
    const toll = ctx.quantities.find((q) => q.base.unit === 'people' && !['troops', 'soldiers', 'forces', 'personnel'].includes(q.unit));
    if (!toll) return [];
    const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
    const death = DEATH.exec(sentence);
    if (!death || !ATTACK.test(sentence)) return [];
    const attacker = ctx.entities.find((e) => e.kind === 'actor' && e.id !== 'ukraine');
    const word = { start: ctx.sentence.start + death.index, end: ctx.sentence.start + death.index + death[0].length };
    return [
      makeFinding(ctx, {
        predicate: 'attack-casualties',
        subject: attacker?.id ?? 'unknown',
        kind: 'event',
        quantity: toll,
        ...cover(word, toll),
      }),
    ];
  },
};
