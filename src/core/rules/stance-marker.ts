import markers from '../lexicons/stance-markers.json';
import voice from '../lexicons/writer-voice.json';
import { insideSpeech, phraseRule } from './helpers';

/** Stance adverbs and phrases, and the writer's sarcasm, irony and appeals to the reader, matched as one. */
export const STANCE_LEXICONS = [markers, voice] as const;

/** `editorial`: the writer tells the reader how to feel or speaks in their own person ("sadly", "we must"). */
export const stanceMarker = phraseRule({
  id: 'stance-marker',
  category: 'editorial',
  lexicon: { about: 'stance markers and the writer’s voice', entries: STANCE_LEXICONS.flatMap((l) => l.entries) },
  explain: (cue, entry) => `"${cue}": ${entry.reason}; a reporter shows the facts and lets you judge.`,
  // First person inside someone's quoted speech is theirs, not the writer's.
  skip: insideSpeech,
});
