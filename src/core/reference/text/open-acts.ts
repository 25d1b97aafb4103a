import exclusions from '../../lexicons/reference-open-act-exclusions.json';
import speechVerbs from '../../lexicons/speech-verbs.json';
import beliefVerbs from '../../lexicons/belief-verbs.json';
import { inflect, verbForms } from '../../lexicon';
import type { Act } from './acts';
import { isIrregularPast, stemOf, type Token } from './tokens';

/**
 * Acts outside the vocabulary. A set about any event speaks of what its vocabulary never listed
 * ("Arestovych resigned", "the bodies have not been identified", "rescuers will search the rubble"):
 * when a sentence names none of the vocabulary's acts, its verbs are its acts, each the verb's stem
 * ("resigned", "resigns" and "will resign" are one act). A verb is read from its form alone, with no
 * tagger: a past tense ("-ed", or an irregular form), a participle after a form of "be", or a base form
 * after a modal. Speech, states of mind, aspect and light verbs are not facts of their own
 * (reference-open-act-exclusions.json, speech-verbs.json, belief-verbs.json).
 */
export const OPEN_ACT_PREFIX = 'v:';

/** A regular past tense is at least this long ("aimed"); shorter "-ed" words are mostly nouns ("bed", "red"). */
const MIN_PAST_LENGTH = 5;

/** The stems of every form ("added" stems to "ad", "add" to "add"): the exclusions list base verbs, the others "say+". */
const EXCLUDED = new Set(
  [...exclusions.entries.flatMap((e) => inflect(e.term)), ...verbForms(speechVerbs), ...verbForms(beliefVerbs)].map(stemOf),
);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall']);
/** Before these, an "-ed" word is an adjective or a noun ("the injured", "their detained relatives"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'no', 'every', 'each', 'of', 'and', 'or', 'newly', 'so']);

/** Words between a modal and its verb ("will not reach", "would also send", "could soon arrive"): never the verb. */
const ADVERBS_AFTER_MODAL = new Set(['not', 'never', 'also', 'still', 'soon', 'only', 'just', 'then', 'now', 'even', 'already', 'yet', 'again', 'ever', 'further', 'rather', 'instead']);

function isAdverbBetween(word: string): boolean {
  return ADVERBS_AFTER_MODAL.has(word) || (word.length > 4 && word.endsWith('ly'));
}

/** The token before i, skipping one "not", "never" or adverb ("will not resign", "will soon search", "was quickly identified"). */
function before(tokens: readonly Token[], i: number): Token | undefined {
  const prev = tokens[i - 1];
  if (prev && i >= 2 && isAdverbBetween(prev.norm)) return tokens[i - 2];
  return prev;
}

function isVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.cap || t.digits) return false;
  const prev = before(tokens, i)?.norm ?? '';
  if (MODALS.has(prev)) return /^[a-z]+$/.test(t.norm) && t.norm.length > 2 && !isAdverbBetween(t.norm);
  if (BE.has(prev) && t.norm.endsWith('ing')) return true;
  if (DETERMINERS.has(tokens[i - 1]?.norm ?? '')) return false;
  return isIrregularPast(t.norm) || (t.norm.length >= MIN_PAST_LENGTH && /^[a-z]+ed$/.test(t.norm));
}

/** The verbs of a sentence that names none of the vocabulary's acts, as open acts of the event family. */
export function openActs(tokens: readonly Token[], covered: ReadonlySet<number>): Act[] {
  const out: Act[] = [];
  tokens.forEach((t, i) => {
    if (covered.has(i) || !isVerb(tokens, i) || EXCLUDED.has(t.stem)) return;
    out.push({ act: `${OPEN_ACT_PREFIX}${t.stem}`, family: 'event', negative: false, start: t.start, end: t.end, from: i });
  });
  return out;
}
