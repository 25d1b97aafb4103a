import lexicon from '../lexicons/loaded-words.json';
import { phraseRule } from './helpers';

/** `editorial`: loaded or judgemental wording in the writer's voice ("disastrous", "foisting"). */
export const loadedLanguage = phraseRule({
  id: 'loaded-language',
  category: 'editorial',
  lexicon,
  explain: (cue, entry) => `"${cue}" ${entry.reason}: a judgement by the writer, not a neutral description.`,
});
