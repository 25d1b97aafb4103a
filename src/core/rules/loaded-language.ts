import words from '../lexicons/loaded-words.json';
import verbs from '../lexicons/loaded-verbs.json';
import evaluative from '../lexicons/evaluative-words.json';
import labels from '../lexicons/contentious-labels.json';
import hyperbole from '../lexicons/hyperbole.json';
import framing from '../lexicons/partisan-framing.json';
import critical from '../lexicons/critical-evaluation.json';
import people from '../lexicons/people-descriptions.json';
import conduct from '../lexicons/political-conduct.json';
import outcomes from '../lexicons/outcome-verdicts.json';
import { negatedAt, phraseRule } from './helpers';

/** The word lists of judgement in the writer's voice, kept apart by what they hold, matched as one. */
export const LOADED_LEXICONS = [words, verbs, evaluative, labels, hyperbole, framing, critical, people, conduct, outcomes] as const;

/** `editorial`: loaded or judgemental wording in the writer's voice ("disastrous", "foisting", "bogus"). */
export const loadedLanguage = phraseRule({
  id: 'loaded-language',
  category: 'editorial',
  lexicon: { about: 'loaded words, verbs, evaluative words, contentious labels, hyperbole, partisan framing, critical evaluation, descriptions of people and of their conduct, and verdicts on outcomes', entries: LOADED_LEXICONS.flatMap((l) => l.entries) },
  explain: (cue, entry) => `"${cue}" ${entry.reason}: a judgement by the writer, not a neutral description.`,
  // "not disastrous", "hardly a fiasco": the writer denies the verdict rather than passing it.
  skip: (ctx, start) => negatedAt(ctx, start),
});
