/**
 * Rules whose flag makes a reference sentence an opinion rather than a claim: a view laundered through
 * an unnamed group ("analysts speculate that …"), the writer's forecast, motive, verdict on a person,
 * stance, prescription or rhetorical question. Loaded words alone do not: "Biden had covertly lifted
 * restrictions" still states a fact.
 */
export const LANGUAGE_RULES_OF_OPINION: ReadonlySet<string> = new Set([
  'vague-attribution',
  'writer-prediction',
  'motive-speculation',
  'characterisation',
  'stance-marker',
  'prescriptive-statement',
  'rhetorical-question',
  'first-person-plural',
  'reader-address',
  'certainty-marker',
  'learned-judgement',
  'opinion-argument',
]);

/**
 * A vague attribution of reporting ("it was reported that …", "it has been announced") passes on a
 * claim, not a view: the claim is still checked.
 */
const REPORTING_CUE = /\b(?:according|report|reported|reports|announced|stated|said|confirmed)\b/i;

function ofOpinion(f: { rule: string; cue?: string }): boolean {
  return LANGUAGE_RULES_OF_OPINION.has(f.rule) && !(f.rule === 'vague-attribution' && REPORTING_CUE.test(f.cue ?? ''));
}

/** The sentences (by index) in which a rule of opinion fired: a page's opinions are not checked against the set either. */
export function opinionSentences(sentences: readonly { start: number; end: number }[], flags: readonly { rule: string; start: number; end: number; cue?: string }[]): Set<number> {
  const of = flags.filter(ofOpinion);
  const out = new Set<number>();
  sentences.forEach((s, i) => {
    if (of.some((f) => f.start < s.end && s.start < f.end)) out.add(i);
  });
  return out;
}
