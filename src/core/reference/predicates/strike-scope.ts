import { cover, ids, makeFinding, type Predicate } from './types';

const REGION = `(?:Russia[’']s\\s+)?(?:the\\s+)?(\\p{Lu}\\p{L}+)\\s+(?:region|oblast|province)`;
const INSIDE = new RegExp(`\\b(?:inside|in|within|limited\\s+(?:\\w+\\s+){0,3}?to|restricted\\s+(?:\\w+\\s+){0,3}?to|confined\\s+(?:\\w+\\s+){0,3}?to)\\s+${REGION}`, 'u');
const OUTSIDE = new RegExp(`\\b(?:outside|beyond)\\s+(?:of\\s+)?${REGION}`, 'u');
/** Only about where strikes may go: the sentence must speak of using or striking with the weapons. */
const STRIKE_CONTEXT = /\b(?:strikes?|striking|target|targets|use|using|missiles|weapons|limited|authori[sz]ed)\b/i;

/** Where the authorised strikes may go: inside a Russian region, or outside it. */
export const strikeScope: Predicate = {
  id: 'strike-scope',
  kind: 'stance',
  find(ctx) {
    const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
    if (!STRIKE_CONTEXT.test(sentence)) return [];
    const out = OUTSIDE.exec(sentence);
    const inn = out ? null : INSIDE.exec(sentence);
    const m = out ?? inn;
    if (!m) return [];
    const region = m[1]!.toLowerCase();
    const span = { start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + m[0].length };
    return [
      makeFinding(ctx, {
        predicate: 'strike-scope',
        subject: region,
        kind: 'stance',
        value: out ? 'outside' : 'inside',
        ...cover(span),
        places: [...new Set([...ids(ctx.entities, 'place'), region])].sort(),
      }),
    ];
  },
};
