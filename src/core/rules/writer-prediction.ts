import lexicon from '../lexicons/writer-predictions.json';
import { insideSpeech, phraseRule } from './helpers';

/**
 * A sentence that reports someone's words or expectations: the forecast in it is theirs ("officials
 * have emphasised that the shift is unlikely to…"), and who made it is the attribution rules' business.
 */
const REPORTED = /\b(?:said|says|saying|told|tells|according\s+to|expects?|expected|expecting|predicts?|predicted|forecasts?|forecasted|projects|projected|estimates?|estimated|warned|warns|emphasi[sz]ed|stressed|concede[sd]?|admit(?:s|ted)?|acknowledged?|believes?|believed|thinks?|argued|argues|suggested|suggests|noted|added|wrote|writes|reported|reports|poll|polls|survey|analysts|economists|experts)\b/i;

/**
 * `editorial`: the writer forecasts ("will probably", "is bound to", "seems likely"). A report says who
 * predicts what; a forecast in the text's own voice is the writer's speculation, however plausible.
 * Hedged reports of what already happened ("probably killed") are the speculative-hedge rule's.
 */
export const writerPrediction = phraseRule({
  id: 'writer-prediction',
  category: 'editorial',
  lexicon,
  explain: (cue, entry) => `"${cue}": ${entry.reason}; a forecast in the writer's voice is speculation, not a report.`,
  skip: (ctx, start, end) => REPORTED.test(ctx.sentence.text) || insideSpeech(ctx, start, end),
});
