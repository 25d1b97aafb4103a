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
]);
