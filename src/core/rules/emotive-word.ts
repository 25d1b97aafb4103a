// Through the package's CommonJS entry: its JSON keys include reserved words that ESM loaders reject.
import en from 'sentiment/languages/en/index.js';
import exclusions from '../lexicons/emotive-exclusions.json';
import additions from '../lexicons/emotive-additions.json';
import feelings from '../lexicons/feeling-states.json';
import feelingVerbs from '../lexicons/feeling-verbs.json';
import namedPhrases from '../lexicons/emotive-named-phrases.json';
import { isWordCode, PhraseMatcher, starterBit, WORD_CHAR, wordSet } from '../lexicon';
import type { Flag, Rule, RuleContext } from '../types';
import { isCapitalized, RUNS_MAY_DIFFER, words } from '../words';
import { makeFlag, negatedAt, sentenceRuns } from './helpers';

/** AFINN scores run from -5 to 5; 3 and above are the strongly charged words ("horrific", "heroic"). */
export const EMOTIVE_MIN_AFINN = 3;

const AFINN = en.labels;
const EXCLUDED = wordSet(exclusions);
const ADDED = wordSet(additions);
const FEELINGS = wordSet(feelings);
const FEELING_VERBS = wordSet(feelingVerbs);
const NAMED_PHRASES = new PhraseMatcher(namedPhrases.entries);
/** Verbs that link a subject to its state: "investors were pleased", "she felt betrayed". */
const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'feel', 'feels', 'felt', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked', 'became', 'become', 'becomes', 'remain', 'remains', 'remained', 'grew', 'got', 'appeared']);
/** Degree adverbs that may stand between the verb and the feeling: "was visibly angry". */
const DEGREE = new Set(['very', 'so', 'too', 'deeply', 'visibly', 'clearly', 'obviously', 'really', 'quite', 'extremely', 'particularly', 'especially', 'genuinely', 'not', 'more', 'less', 'most', 'also', 'still']);
/** The writer speaking of their own feelings is the writer's voice. */
const FIRST_PERSON = new Set(['i', 'we']);

/** "Investors were pleased": a feeling reported as someone else's state, not the writer's word. */
function reportedFeeling(ws: readonly { lower: string }[], i: number): boolean {
  if (!FEELINGS.has(ws[i]!.lower)) return false;
  let j = i - 1;
  while (j >= 0 && DEGREE.has(ws[j]!.lower)) j--;
  if (j < 0 || !LINKING.has(ws[j]!.lower)) return false;
  const subject = ws[j - 1]?.lower;
  return subject === undefined || !FIRST_PERSON.has(subject);
}

/** Between a subject and its verb of feeling: "has long admired", "openly loves". */
const VERB_PRELUDE = new Set(['has', 'have', 'had', 'long', 'openly', 'publicly', 'privately', 'always', 'never', 'once', 'still', 'also', 'reportedly', 'clearly', 'really', 'genuinely', 'deeply', 'did', 'does', 'do']);
/** Before a verb-of-feeling form these make it an adjective or an infinitive: "the hated regime", "to love". */
const NOT_A_SUBJECT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'much', 'most', 'more', 'to', 'of', 'by', 'with', 'for', 'in', 'on', 'at', 'from', 'as', 'and', 'or', 'be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** "Trump has long admired Putin": a feeling someone else has, reported with a verb. */
function reportedFeelingVerb(ws: readonly { lower: string }[], i: number): boolean {
  // "leftists who love to tout …": a habit the writer mocks, not a feeling reported.
  if (!FEELING_VERBS.has(ws[i]!.lower) || ws[i + 1]?.lower === 'to') return false;
  let j = i - 1;
  while (j >= 0 && VERB_PRELUDE.has(ws[j]!.lower)) j--;
  const subject = ws[j]?.lower;
  return subject !== undefined && !NOT_A_SUBJECT.has(subject) && !FIRST_PERSON.has(subject);
}

export function emotiveScore(lower: string): number | null {
  if (EXCLUDED.has(lower)) return null;
  const score = AFINN[lower];
  if (score !== undefined && Math.abs(score) >= EMOTIVE_MIN_AFINN) return score;
  if (ADDED.has(lower)) return score ?? 0;
  return null;
}

/** The words this rule can flag: AFINN's and ours that emotiveScore scores. */
export const EMOTIVE_WORDS: readonly string[] = [...Object.keys(AFINN), ...ADDED].filter((w) => emotiveScore(w) !== null);
/** Their scores, looked up once per word of a sentence (a look-up in AFINN's object and then emotiveScore cost more). */
const EMOTIVE_SCORES: ReadonlyMap<string, number> = new Map(EMOTIVE_WORDS.map((w) => [w, emotiveScore(w)!]));
/**
 * The first word run of each of them ("blood" of "blood-soaked"), marked by wordRuns: a sentence with
 * none of them has no word to flag, and skips the Unicode tokenizer (words()), the dearest part of
 * this rule. A word of ours that begins with no run would leave the test unsafe: then it is never made.
 */
const FIRST_RUNS = EMOTIVE_WORDS.map((w) => new RegExp(`^${WORD_CHAR}+`).exec(w)?.[0]);
const EMOTIVE_BIT = FIRST_RUNS.every((r) => r !== undefined) ? starterBit(FIRST_RUNS as string[]) : 0;

/**
 * True when the sentence may hold a word of EMOTIVE_WORDS (false only when it cannot): a run with the
 * bit that is such a word itself, or that a word of words() may go on past ("blood-soaked"). Most runs
 * with the bit are neither ("not", "best", "death" of "death-defying"): without the second test, nine
 * sentences in ten that reached words() had no word to flag (counted on the bench text).
 */
export function mayHoldEmotive(ctx: RuleContext): boolean {
  if (!EMOTIVE_BIT || RUNS_MAY_DIFFER.test(ctx.sentence.text)) return true;
  for (const r of sentenceRuns(ctx)) {
    if (r.marks & EMOTIVE_BIT && (EMOTIVE_SCORES.has(r.lower) || mayGoOn(ctx, r.start))) return true;
  }
  return false;
}

/**
 * Whether a word of words() starting at the run at `start` may go on past the run: the sentence goes
 * on with a sign that joins two runs in a word (. ' -) or with a character outside ASCII (’, or a
 * letter outside WORD_CHAR that words() still takes). ASCII letters and digits are the run's own.
 */
function mayGoOn(ctx: RuleContext, start: number): boolean {
  let end = start;
  while (end < ctx.sentence.end && isWordCode(ctx.text.charCodeAt(end))) end++;
  if (end >= ctx.sentence.end) return false;
  const c = ctx.text.charCodeAt(end);
  return c >= 0x80 || c === 0x2e || c === 0x27 || c === 0x2d;
}

/** `emotive`: strongly charged evaluative words chosen by the writer. */
export const emotiveWord: Rule = {
  id: 'emotive-word',
  category: 'emotive',
  run(ctx) {
    const flags: Flag[] = [];
    if (!mayHoldEmotive(ctx)) return flags;
    const ws = words(ctx.text, ctx.sentence.start, ctx.sentence.end);
    let names: { start: number; end: number }[] | undefined;
    ws.forEach((w, i) => {
      const score = EMOTIVE_SCORES.get(w.lower);
      if (score === undefined) return;
      // A capital inside a sentence marks a name ("Good Friday", "Hero City"), not wording.
      if (isCapitalized(w.text) && i > 0) return;
      if (reportedFeeling(ws, i) || reportedFeelingVerb(ws, i)) return;
      // "police brutality", "hate speech": the charged word is part of the name of an issue.
      names ??= NAMED_PHRASES.find(ctx.text, ctx.sentence.start, ctx.sentence.end, sentenceRuns(ctx));
      if (names.some((n) => n.start <= w.start && w.end <= n.end)) return;
      // "not disastrous": the writer denies the charge rather than making it.
      if (negatedAt(ctx, w.start)) return;
      const tone = score > 0 ? 'positive' : score < 0 ? 'negative' : 'strong';
      flags.push(
        makeFlag(ctx, emotiveWord, w.start, w.end, `"${w.text}" is a strongly ${tone} word chosen by the writer; it colours the facts.`),
      );
    });
    return flags;
  },
};
