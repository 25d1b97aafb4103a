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

/** The sentences (by index) in which a rule of opinion fired: a page's opinions are not checked against the set either. */
export function opinionSentences(sentences: readonly { start: number; end: number }[], flags: readonly { rule: string; start: number; end: number }[]): Set<number> {
  const of = flags.filter((f) => LANGUAGE_RULES_OF_OPINION.has(f.rule));
  const out = new Set<number>();
  sentences.forEach((s, i) => {
    if (of.some((f) => f.start < s.end && s.start < f.end)) out.add(i);
  });
  return out;
}
