import lexicon from '../lexicons/evidence-hedges.json';
import { phraseRule } from './helpers';
import { hedgeExplanation, hedgeNotTheTexts } from './speculative-hedge';

/**
 * `unverified`: a claim the text rests on evidence that only points to it ("the data suggest that",
 * "Western intelligence estimates suggest that") or calls unconfirmed. The writer's own hedges
 * ("probably", "appears to") are speculative-hedge's, shown only at the broad sensitivity.
 */
export const evidenceHedge = phraseRule({
  id: 'evidence-hedge',
  category: 'unverified',
  lexicon,
  explain: hedgeExplanation,
  skip: hedgeNotTheTexts,
});
