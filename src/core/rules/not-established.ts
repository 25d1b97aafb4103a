import lexicon from '../lexicons/not-established.json';
import { phraseRule } from './helpers';

/**
 * `unverified`: the writer says that something is not known or not established yet ("it was not clear
 * whether", "the military had not said what was hit", "without specifying the source"): the claim next to
 * it rests on weak or missing support, in the text's own words (flags.md: "explicitly unconfirmed").
 * A named speaker's own doubt ("it was too early to say, the minister said") is the speaker's: analyze
 * leaves the rule out of named quotations and reported speech.
 */
export const notEstablished = phraseRule({
  id: 'not-established',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; treat what is said here as not yet established.`,
});
