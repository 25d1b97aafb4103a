import lexicon from '../lexicons/unconfirmed-phrases.json';
import { phraseRule } from './helpers';

/** `unverified`: the text itself says the claim is not (yet) confirmed, or rests on unnamed reports. */
export const unconfirmedReport = phraseRule({
  id: 'unconfirmed-report',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}, so treat the claim as not yet established.`,
});
