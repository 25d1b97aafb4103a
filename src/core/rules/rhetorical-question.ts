import type { Flag, Rule, RuleContext } from '../types';
import { insideSpeech, makeFlag, TRANSCRIPT_LINE } from './helpers';

/** Questions shorter than this many characters are usually real ones ("Why?") or list labels. */
const MIN_QUESTION_CHARS = 25;
const SAYING = /\b(?:asked|asks|asking|wondered|wonders|said|says|told|according to)\b/i;
/** Explainers head their sections with short questions ("What is ATACMS?") that the section then answers. */
const HEADING_MAX_WORDS = 10;
const WH_START = /^(?:what|why|how|which|when|where|who)\b/i;
/** Words that turn a question into an argument: "How can anyone …?", "Why would they not …?". */
const LOADED_QUESTION = /n['\u2019]t\b|\b(?:not|never|really|ever|would|could|should|can|must|dare|possibly|anyone|anybody)\b/i;

/** A short, plain wh-question on a line of its own: a section heading, not rhetoric. */
function isHeading(ctx: RuleContext, text: string): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', ctx.sentence.start - 1) + 1;
  const newline = ctx.text.indexOf('\n', ctx.sentence.start);
  const lineEnd = newline === -1 ? ctx.text.length : newline;
  const line = ctx.text.slice(lineStart, lineEnd).trim();
  return line === text.trim() && text.split(/\s+/).length <= HEADING_MAX_WORDS && WH_START.test(text) && !LOADED_QUESTION.test(text);
}

/**
 * `editorial`: a question in the writer's own voice. News reports answer questions; a question put to
 * the reader ("Is this really a defensive step?") steers them towards an answer the text never argues.
 */
export const rhetoricalQuestion: Rule = {
  id: 'rhetorical-question',
  category: 'editorial',
  run(ctx) {
    const s = ctx.sentence;
    const text = s.text.trimEnd();
    if (!text.endsWith('?') || text.length < MIN_QUESTION_CHARS || SAYING.test(text)) return [];
    // Not a question someone is quoted asking.
    if (insideSpeech(ctx, s.start + text.length - 1, s.start + text.length)) return [];
    // An interview: "Name: question?" is the interviewer's question, reported.
    if (TRANSCRIPT_LINE.test(text)) return [];
    if (isHeading(ctx, text)) return [];
    const flags: Flag[] = [makeFlag(ctx, rhetoricalQuestion, s.start, s.start + text.length, 'A question in the writer’s own voice steers you towards an answer the text does not argue for.')];
    return flags;
  },
};
