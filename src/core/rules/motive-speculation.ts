import lexicon from '../lexicons/motive-speculation.json';
import { phraseRule } from './helpers';

/** `editorial`: the writer speculates about motives or meaning ("apparently", "could purport"). */
export const motiveSpeculation = phraseRule({
  id: 'motive-speculation',
  category: 'editorial',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; this is interpretation, not a reported fact.`,
});
