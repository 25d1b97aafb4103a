import { cover, makeFinding, type Predicate } from './types';

const AID = /\b(?:aid|assistance|support)\b/i;
const PACKAGE = /\bpackage\b/i;

/** "U.S. aid amounting to $175 billion": an amount of aid in total, not a single package. */
export const aidTotal: Predicate = {
  id: 'aid-total',
  kind: 'event',
  find(ctx) {
    const money = ctx.quantities.find((q) => q.base.unit === 'usd');
    if (!money) return [];
    const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
    const m = AID.exec(sentence);
    if (!m || PACKAGE.test(sentence)) return [];
    const word = { start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + m[0].length };
    return [
      makeFinding(ctx, {
        predicate: 'aid-total',
        subject: 'us',
        kind: 'event',
        quantity: money,
        ...cover(word, money),
      }),
    ];
  },
};
