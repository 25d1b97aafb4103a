import { cover, makeFinding, type Predicate } from './types';
import type { Polarity } from '../types';

/** Striking Russia itself: "strike targets inside Russia", "strikes within Russian territory". */
const INSIDE_RUSSIA =
  /\b(?:strike|strikes|striking|target|targets|targeting|attack|attacks|hit)\b[^.;]{0,60}?\b(?:inside|into|within|deep\s+into|deeper\s+into)\s+(?:Russia|Russian\s+territory|Russian\s+soil)\b/i;
/** Cues that the sentence tells the earlier state of affairs, not the claim of its day. */
const HISTORICAL = /\b(?:previously|prior\s+to|initially|earlier\s+move|had\s+been|before\s+this|until\s+now|than\s+previously)\b/i;
/** Hedges are not denials: "have not yet confirmed reports that Biden approved". */
const HEDGES = /\b(?:ha(?:s|ve|d)\s+not\s+(?:yet\s+)?(?:officially\s+)?confirmed|not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)|if\s+confirmed)\b/gi;
const NEGATIVE =
  /\b(?:not|n[’']t|never|no\s+longer)\s+(?:\w+\s+){0,4}?(?:send|use|allow|authori[sz]e|permit|approve|let|strike|attack|provide|initiate)\b|\b(?:bars?|barred|barring|prohibits?|prohibited|forbids?|forbade|bans?|banned|ruled\s+out|rules\s+out|refus(?:es|ed|e))\b/i;
const POSITIVE =
  /\b(?:authori[sz](?:ed|es|e|ing|ation)|approv(?:ed|es|e|al|ing)|allow(?:s|ed|ing)?|permit(?:s|ted)?|green\s*light|greenlight|lift(?:ed|s|ing)?\s+(?:the\s+)?restrictions|eas(?:es|ed|ing)\s+(?:the\s+)?restrictions|granted\s+authority|newly\s+granted)\b/i;
/** The grantor must be the United States (or its weapons): another country's policy is another fact. */
const US_CONTEXT = /\b(?:U\.S\.|US|United States|American|Biden|White House|Pentagon|Washington|ATACMS|HIMARS)\b/;

/** Whether Ukraine may strike inside Russia with U.S. weapons: allowed (positive) or not (negative). */
export const strikeAuthorisation: Predicate = {
  id: 'strike-authorisation',
  kind: 'stance',
  find(ctx) {
    const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
    const inside = INSIDE_RUSSIA.exec(sentence);
    if (!inside || HISTORICAL.test(sentence) || !US_CONTEXT.test(sentence)) return [];
    const plain = sentence.replace(HEDGES, (h) => ' '.repeat(h.length));
    const neg = NEGATIVE.exec(plain);
    const pos = POSITIVE.exec(plain);
    let polarity: Polarity;
    let cue: RegExpExecArray;
    if (neg) {
      polarity = 'negative';
      cue = neg;
    } else if (pos) {
      polarity = 'positive';
      cue = pos;
    } else return [];
    const at = (m: RegExpExecArray) => ({ start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + m[0].length });
    return [
      makeFinding(ctx, {
        predicate: 'strike-authorisation',
        subject: 'us',
        kind: 'stance',
        polarity,
        ...cover(at(cue), at(inside)),
      }),
    ];
  },
};
