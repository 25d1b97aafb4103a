import { analyze } from '../../src/core/analyze';
import { wordRuns } from '../../src/core/lexicon';
import { RULES } from '../../src/core/rules';
import { featureName, visitFeatures } from '../../src/core/scorer/features';
import { SCORER_RULES } from '../../src/core/scorer/judgement';

/** The rules whose flags are features: every rule but the scorer's own (they do not exist yet when it trains). */
const BASE_RULES = RULES.filter((r) => !SCORER_RULES.has(r.id));

/**
 * The named features of one training sentence, as the analysis would see them: the whole text as one
 * span (a training row is one sentence, even where our splitter cuts it in two), its quotations, and the
 * rules that flag it after the analysis has left named speakers' words to them.
 */
export function featuresOf(text: string): string[] {
  const analysis = analyze(text, { rules: BASE_RULES });
  const rules = [...new Set(analysis.flags.map((f) => f.rule))].sort();
  const names: string[] = [];
  visitFeatures({ text, start: 0, end: text.length, runs: wordRuns(text), quotations: analysis.quotations, rules }, (family, a, b) => names.push(featureName(family, a, b)));
  return names;
}
