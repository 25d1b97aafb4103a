import { RULE_CONFIDENCE } from '../confidence';
import { reportedSpeech } from '../reported';
import { sentenceRuns } from '../rules/helpers';
import type { RuleContext, Span } from '../types';
import type { FeatureInput } from './features';
import { judgementCues, judgementScore, SCORER_RULES, type Cue } from './judgement';

/**
 * The scorer as the rules use it: one sentence of an analysis, scored once however many rules ask
 * (the learned-judgement and opinion-argument rules share the score), with the other rules' flags
 * as features.
 */
/**
 * The last sentence asked about: the two rules ask about the same sentence one after the other, so one
 * remembered sentence serves them both without a map.
 */
let last: { ctx: RuleContext; input: FeatureInput; score: number | undefined } | null = null;

function inputOf(ctx: RuleContext): FeatureInput {
  if (last?.ctx === ctx) return last.input;
  const rules: string[] = [];
  for (const f of ctx.earlier) if (!SCORER_RULES.has(f.rule) && !rules.includes(f.rule)) rules.push(f.rule);
  const { start, end } = ctx.sentence;
  const input = { text: ctx.text, start, end, runs: sentenceRuns(ctx), quotations: overlapping(ctx.quotations, start, end), rules };
  last = { ctx, input, score: undefined };
  return input;
}

/**
 * The quotations that overlap [start, end). Quotations come sorted and apart, so their ends are sorted
 * too: a binary search finds the first, instead of a walk through every quotation of the text for
 * every sentence (quadratic on a long live blog).
 */
export function overlapping<T extends Span>(quotations: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < quotations.length && quotations[i]!.start < end; i++) if (quotations[i]!.end > start) out.push(quotations[i]!);
  return out;
}

/**
 * True when another editorial rule has the sentence already, at a confidence the reader sees whenever
 * the scorer's rules are seen (medium or high): the scorer's rules then stay silent. A low-confidence
 * flag (a scare quote) does not silence them: at the default sensitivity it is not shown.
 */
export function editorialAlready(ctx: RuleContext): boolean {
  return ctx.earlier.some((f) => f.category === 'editorial' && !SCORER_RULES.has(f.rule) && (RULE_CONFIDENCE[f.rule] ?? 'medium') !== 'low');
}

/** The probability that the sentence is the writer's judgement. */
export function sentenceJudgement(ctx: RuleContext): number {
  const input = inputOf(ctx);
  const memo = last!;
  return (memo.score ??= judgementScore(input));
}

/** How many cues an explanation names: enough to check, few enough to read. */
const CUES_SHOWN = 3;
/** Shape features that describe every sentence somewhat (its length): true, but no help to a reader. */
const BLAND = /^o:len-/;

export function sentenceCues(ctx: RuleContext): Cue[] {
  return judgementCues(inputOf(ctx), CUES_SHOWN + 2)
    .filter((c) => !BLAND.test(c.feature))
    .slice(0, CUES_SHOWN);
}

/** "“only”, “should” and a question" */
export function cueList(cues: readonly Cue[]): string {
  const labels = cues.map((c) => c.label);
  return labels.length <= 1 ? (labels[0] ?? 'the sentence as a whole') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * The writer must own at least this share of a sentence's characters before a whole-sentence
 * judgement is theirs: the rest is a named speaker's quotation or reported words.
 */
const OWN_VOICE_MIN_SHARE = 0.5;

/**
 * The stretch of the sentence in the writer's own voice: the sentence less a named speaker's quotation
 * or reported words at either end; null when those take most of it ("Peskov said the move was reckless";
 * "“We will not retreat,” Zelensky said."). The language rules leave named speakers' words to them.
 */
export function writerSpan(ctx: RuleContext): Span | null {
  const s = ctx.sentence;
  const theirs: Span[] = [];
  for (const q of ctx.quotations) if (q.named && q.start < s.end && s.start < q.end) theirs.push({ start: Math.max(q.start, s.start), end: Math.min(q.end, s.end) });
  theirs.push(...reportedSpeech(ctx.text, s, true));
  theirs.sort((a, b) => a.start - b.start);
  let covered = 0;
  let reach = s.start;
  for (const t of theirs) {
    const from = Math.max(t.start, reach);
    if (t.end > from) covered += t.end - from;
    reach = Math.max(reach, t.end);
  }
  const length = s.end - s.start;
  if (length === 0 || (length - covered) / length < OWN_VOICE_MIN_SHARE) return null;
  let start = s.start;
  let end = s.end;
  // Trim their words off either end, then the white space and punctuation left behind.
  for (const t of theirs) if (t.start <= start && t.end > start) start = t.end;
  for (const t of [...theirs].reverse()) if (t.end >= end && t.start < end) end = t.start;
  while (start < end && /[\s,;:—–-]/.test(ctx.text[start]!)) start++;
  while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
