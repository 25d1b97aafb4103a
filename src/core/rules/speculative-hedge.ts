import lexicon from '../lexicons/speculative-hedges.json';
import { phraseRule } from './helpers';

/** `unverified` (broad sensitivity): hedges that mark a statement of fact as a guess ("may have been"). */
export const speculativeHedge = phraseRule({
  id: 'speculative-hedge',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; look for who has established it.`,
});
