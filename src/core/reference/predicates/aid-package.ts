import { cover, ids, type Predicate } from './types';

const PACKAGE = /\b(?:package|tranche|security assistance|drawdown)\b/i;

/** "the $700 million weapons package": one aid package, identified by its amount. */
export const aidPackage: Predicate = {
  id: 'aid-package',
  kind: 'event',
  find(ctx) {
    const money = ctx.quantities.find((q) => q.base.unit === 'usd');
    if (!money) return [];
    const m = PACKAGE.exec(ctx.text.slice(ctx.sentence.start, ctx.sentence.end));
    if (!m) return [];
    const word = { start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + m[0].length };
    return [
      {
        predicate: 'aid-package',
        subject: 'us',
        kind: 'event',
        quantity: money,
        polarity: null,
        value: null,
        ...cover(money, word),
        actors: ids(ctx.entities, 'actor'),
        places: ids(ctx.entities, 'place'),
        weapons: ids(ctx.entities, 'weapon'),
      },
    ];
  },
};
