import lexicon from '../lexicons/figures-of-speech.json';
import { phraseRule } from './helpers';

/** `editorial`: loaded figures of speech that frame events ("walk a tightrope"). */
export const figureOfSpeech = phraseRule({
  id: 'figure-of-speech',
  category: 'editorial',
  lexicon,
  explain: (cue, entry) => `"${cue}" ${entry.reason}; an image chosen by the writer, not a fact.`,
});
