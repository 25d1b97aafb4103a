import { anonymousSource } from '../rules/anonymous-source';
import { unconfirmedReport } from '../rules/unconfirmed-report';
import type { Sentence } from '../types';

const HEDGE_RULES = [unconfirmedReport, anonymousSource];

/** True when the sentence hedges its claim or rests it on anonymous sources (the source's own stance). */
export function isHedged(text: string, sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentences[index]!;
  return HEDGE_RULES.some((r) => r.run({ text, sentence, index, sentences, quotations: [], genre: 'news', earlier: [] }).length > 0);
}
