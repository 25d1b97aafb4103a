import { cover, makeFinding, type Predicate } from './types';

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
      makeFinding(ctx, {
        predicate: 'aid-package',
        subject: 'us',
        kind: 'event',
        quantity: money,
        ...cover(money, word),
      }),
    ];
  },
};
