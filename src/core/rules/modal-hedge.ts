import lexicon from '../lexicons/modal-hedges.json';
import { phraseRule } from './helpers';

/** `unverified` (broad sensitivity): bare modals that may mark a statement as a guess ("may be"). */
export const modalHedge = phraseRule({
  id: 'modal-hedge',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; if it states something as possibly true, look for who has established it.`,
});
