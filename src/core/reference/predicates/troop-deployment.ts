import { cover, makeFinding, type Predicate } from './types';

const DEPLOY_WORDS = /\b(?:deploy(?:ed|s|ing|ment)?|sent|sends?|sending|dispatch(?:ed|es)?|arriv(?:al|ed)|troops|soldiers|forces)\b/i;
/** Counts of people that are soldiers, not casualties. */
const MILITARY_UNITS = new Set(['troops', 'soldiers', 'personnel', 'forces', 'thousands', 'hundreds', 'tens of thousands']);

/** "North Korea’s deployment of 10,000 elite troops": how many troops a state has sent. */
export const troopDeployment: Predicate = {
  id: 'troop-deployment',
  kind: 'attribute',
  find(ctx) {
    const count = ctx.quantities.find((q) => q.base.unit === 'people' && MILITARY_UNITS.has(q.unit));
    if (!count) return [];
    if (!DEPLOY_WORDS.test(ctx.text.slice(ctx.sentence.start, ctx.sentence.end))) return [];
    if (/\b(?:killed|dead|died|deaths|wounded|casualties)\b/i.test(ctx.text.slice(ctx.sentence.start, ctx.sentence.end))) return [];
    // The sender: a state named before the count ("North Korea has sent"), else the nearest one.
    const actors = ctx.entities.filter((e) => e.kind === 'actor' && e.id !== 'ukraine');
    const sender = actors.filter((a) => a.end <= count.start).at(-1) ?? actors[0];
    if (!sender) return [];
    return [
      makeFinding(ctx, {
        predicate: 'troop-deployment',
        subject: sender.id,
        kind: 'attribute',
        quantity: count,
        ...cover(sender, count),
      }),
    ];
  },
};
