import lexicon from '../lexicons/stance-markers.json';
import { insideSpeech, phraseRule } from './helpers';

/** `editorial`: the writer tells the reader how to feel or speaks in their own person ("sadly", "we must"). */
export const stanceMarker = phraseRule({
  id: 'stance-marker',
  category: 'editorial',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; a reporter shows the facts and lets you judge.`,
  // First person inside someone's quoted speech is theirs, not the writer's.
  skip: insideSpeech,
});
