import { anonymousSource } from '../rules/anonymous-source';
import { unconfirmedReport } from '../rules/unconfirmed-report';
import type { Sentence } from '../types';
import { findEntities, type EntityMention } from './entities';
import { PREDICATES } from './predicates';
import type { ClaimFinding } from './predicates/types';
import { findQuantities } from './quantities';

export interface SentenceClaim {
  sentence: Sentence;
  /** Index of the sentence in the text's sentences. */
  index: number;
  finding: ClaimFinding;
}

/** How many sentences back a pronoun may point for its weapon or actor ("They have the ability..."). */
const CARRY_OVER_SENTENCES = 2;
const HEDGE_RULES = [unconfirmedReport, anonymousSource];

/** True when the sentence hedges its claim or rests it on anonymous sources (the source's own stance). */
export function isHedged(text: string, sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentences[index]!;
  return HEDGE_RULES.some((r) => r.run({ text, sentence, index, sentences, quotations: [], genre: 'news', earlier: [] }).length > 0);
}

/** Every claim stated in the text, sentence by sentence. */
export function findClaims(text: string, sentences: readonly Sentence[]): SentenceClaim[] {
  const out: SentenceClaim[] = [];
  const recent: EntityMention[][] = [];
  sentences.forEach((sentence, index) => {
    const prev = sentences[index - 1];
    // A new paragraph (or headline) forgets what the previous one was about.
    if (prev && text.slice(prev.end, sentence.start).includes('\n')) recent.length = 0;
    const quantities = findQuantities(text, sentence.start, sentence.end);
    const entities = findEntities(text, sentence.start, sentence.end);
    const ctx = { text, sentence, quantities, entities, recentEntities: recent.flat() };
    for (const predicate of PREDICATES) {
      for (const finding of predicate.find(ctx)) out.push({ sentence, index, finding });
    }
    recent.push(entities);
    if (recent.length > CARRY_OVER_SENTENCES) recent.shift();
  });
  return out;
}
