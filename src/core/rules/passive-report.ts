import lexicon from '../lexicons/passive-reports.json';
import { phraseRule } from './helpers';

/**
 * `unverified`: a passive of hearsay passes on a fact without saying who makes the claim ("the general
 * is said to have fled", "the drones are believed to have come from Iran"): flags.md's "reportedly" in
 * other words. Who holds the view is hidden too, which the vague-attribution rule marks on the same words.
 */
export const passiveReport = phraseRule({
  id: 'passive-report',
  category: 'unverified',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; ask who says so and how they know.`,
});
