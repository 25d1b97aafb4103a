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
 * Of those, the rules of a view of what will or should be, or whose view it is: such a sentence's
 * facts are not the writer's to be supported either ("analysts speculate that Biden will authorize …").
 */
export const VIEW_RULES: ReadonlySet<string> = new Set(['vague-attribution', 'writer-prediction', 'prescriptive-statement', 'rhetorical-question']);

/**
 * A vague attribution of reporting ("it was reported that …", "it has been announced") passes on a
 * claim, not a view: the claim is still checked.
 */
const REPORTING_CUE = /\b(?:according|report|reported|reports|announced|stated|said|confirmed)\b/i;

function ofOpinion(f: { rule: string; cue?: string }, rules: ReadonlySet<string>): boolean {
  return rules.has(f.rule) && !(f.rule === 'vague-attribution' && REPORTING_CUE.test(f.cue ?? ''));
}

/** The sentences (by index) in which a rule of opinion (or of `rules`) fired: a page's opinions are not checked against the set either. */
export function opinionSentences(sentences: readonly { start: number; end: number }[], flags: readonly { rule: string; start: number; end: number; cue?: string }[], rules: ReadonlySet<string> = LANGUAGE_RULES_OF_OPINION): Set<number> {
  const out = new Set<number>();
  // Each flag marks the sentences it overlaps, found by binary search (sentences are in text order):
  // comparing every sentence with every flag grew with the square of a long page.
  for (const f of flags) {
    if (!ofOpinion(f, rules)) continue;
    for (let i = firstEndingAfter(sentences, f.start); i < sentences.length && sentences[i]!.start < f.end; i++) out.add(i);
  }
  return out;
}

/** The index of the first sentence that ends after `pos`. */
function firstEndingAfter(sentences: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
