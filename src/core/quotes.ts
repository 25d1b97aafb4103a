import speechVerbs from './lexicons/speech-verbs.json';
import sourceNouns from './lexicons/source-nouns.json';
import unnamedGroups from './lexicons/unnamed-groups.json';
import { verbForms, type Lexicon } from './lexicon';
import { isCapitalized, words, type Word } from './words';
import type { Quotation, Sentence } from './types';

/**
 * Quotation awareness: where the text quotes someone, and whether that someone is named.
 * A named speaker's words are that speaker's claim, not the outlet's voice (flags.md), so the
 * language rules never fire inside them.
 */

const OPENERS: Record<string, string> = { '\u201C': '\u201D', '"': '"', '\u00AB': '\u00BB', '\u201E': '\u201C' };

/**
 * A straight quotation mark closes when it follows a word or punctuation and is followed by a space,
 * punctuation or the end of the line: `…any more," said Olga` (typewriter quotes have one shape for both).
 */
const STRAIGHT_CLOSE = /(?<=[^\s"])"(?=[\s,.;:!?)\]]|$)/;

/** The first closing mark of a line, curly or straight, when it comes before any opening one; else -1. */
function leadingClose(s: string): number {
  const curly = s.indexOf('\u201D');
  const firstStraight = s.indexOf('"');
  const straight = firstStraight >= 0 && STRAIGHT_CLOSE.exec(s)?.index === firstStraight ? firstStraight : -1;
  if (curly === -1) return straight;
  return straight === -1 ? curly : Math.min(curly, straight);
}

/** A closing single quotation mark: ’ with no letter or digit after it (an apostrophe has one: "Kyiv’s"). */
const SINGLE_CLOSE = /\u2019(?![\p{L}\p{N}])/gu;

/** ‘ opens a quotation at the start of a word ("‘We will win’"), not before a digit ("the ‘90s"). */
function isSingleOpener(s: string, i: number): boolean {
  return (i === 0 || !/[\p{L}\p{N}]/u.test(s[i - 1]!)) && /\p{L}/u.test(s[i + 1] ?? '');
}

/** The marks that may open a quotation: OPENERS and ‘ (isSingleOpener). */
const QUOTE_MARK = new RegExp(`[${Object.keys(OPENERS).join('')}\u2018]`, 'g');

/**
 * How many lines without any quotation mark a quotation may run through, between a line that opens it
 * and leaves it open and a line that begins by closing it: a speaker's words of several sentences, one
 * per line ('Quote from X: "The enemy … / This is done to … / … in both cities."').
 */
const MAX_INNER_LINES = 4;
/** Any mark that opens or closes a quotation (double, curly, guillemet). */
const ANY_DOUBLE_MARK = /["\u201C\u201D\u00AB\u00BB\u201E]/;

/**
 * Quotation marks never span paragraphs here, with one exception: an unclosed quote runs to the end of
 * its line, unless the lines after it carry no quotation mark until one begins by closing it; then
 * the quotation is one span over those lines.
 */
export function findQuoteSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const lineRe = /[^\n]+/g;
  /** The span left open at the end of its line, and how many mark-free lines have followed it. */
  let open: { span: { start: number; end: number }; inner: number } | null = null;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const s = line[0];
    let i = 0;
    // A line that begins inside a quotation (its opening mark lost to a paragraph or page break):
    // a closing mark, then attribution, before any opening mark.
    const firstClose = leadingClose(s);
    const firstOpen = s.search(/[\u201C\u00AB\u201E]/);
    if (firstClose > 0 && (firstOpen === -1 || firstClose < firstOpen)) {
      if (open) open.span.end = line.index + firstClose + 1;
      else spans.push({ start: line.index, end: line.index + firstClose + 1 });
      i = firstClose + 1;
      open = null;
    } else if (open && !ANY_DOUBLE_MARK.test(s) && open.inner < MAX_INNER_LINES) {
      open.inner++;
      continue;
    } else open = null;
    while (i < s.length) {
      // Only a mark can open a quotation: the characters up to the next one are skipped in one search.
      QUOTE_MARK.lastIndex = i;
      const mark = QUOTE_MARK.exec(s);
      if (!mark) break;
      i = mark.index;
      if (s[i] === '\u2018' && isSingleOpener(s, i)) {
        // British style: ‘…’. The closing mark is the first ’ that no letter follows (not "Ukraine’s"); a
        // plural possessive ("soldiers’ courage") ends the span early, which leaves the rest to the rules.
        SINGLE_CLOSE.lastIndex = i + 1;
        const m = SINGLE_CLOSE.exec(s);
        if (m) {
          const end = m.index + 1;
          if (end - i > 2) spans.push({ start: line.index + i, end: line.index + end });
          i = end;
          continue;
        }
      }
      const close = OPENERS[s[i]!];
      if (close === undefined) {
        i++;
        continue;
      }
      const j = s.indexOf(close, i + 1);
      const end = j === -1 ? s.length : j + 1;
      if (end - i > 2) {
        const span = { start: line.index + i, end: line.index + end };
        spans.push(span);
        // Left open at the end of its line: a later line may close it (MAX_INNER_LINES).
        if (j === -1) open = { span, inner: 0 };
      }
      i = end;
    }
  }
  return spans;
}

const SPEECH_VERBS = verbForms(speechVerbs as Lexicon);
/** Heads of unnamed speakers: "officials", "a source", "critics". */
export const UNNAMED_HEADS: ReadonlySet<string> = new Set([
  ...(sourceNouns as Lexicon).entries.map((e) => e.term),
  ...(unnamedGroups as Lexicon).entries.map((e) => e.term),
]);
/** Words we skip between a speaker and the verb: "Putin has previously described". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'previously', 'later', 'then', 'again', 'once', 'was', 'were', 'is', 'repeatedly', 'publicly', 'might', 'may', 'would', 'could', 'will', 'can', 'did', 'does', 'do', 'often', 'always', 'reportedly']);
/** Lower-case words allowed inside a speaker's name phrase: "Secretary of State Antony Blinken". */
const NAME_JOINERS = new Set(['of', 'de', 'von', 'van', 'al', 'bin']);
const PRONOUNS_NAMED = new Set(['he', 'she']);
/** Capitalised words that begin sentences or phrases without being names. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'as', 'but', 'and', 'in', 'on', 'while', 'however', 'it', 'this', 'that', 'they', 'we', 'i', 'you', 'there', 'how', 'what', 'why', 'who', 'when', 'where', 'which', 'whether', 'if', 'so', 'yet', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'although', 'though', 'because', 'since', 'after', 'before', 'unless', 'once', 'even', 'also', 'still', 'meanwhile', 'moreover', 'instead', 'indeed', 'nevertheless', 'thus', 'then', 'now', 'today', 'here']);

/** How far around a quotation its speaker is looked for. */
const SPEAKER_WINDOW_CHARS = 300;
/** A quotation that goes on a speaker's words is a sentence's worth: at least this many words. */
const CONTINUED_MIN_WORDS = 5;

export interface Speaker {
  speaker: string;
  named: boolean;
}

/** True when only white space separates two neighbouring words (no comma, no quotation mark). */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^\s*$/.test(text.slice(a.end, b.start));
}

/** The speaker phrase ending at words[i] (inclusive), reading leftwards. */
function phraseEndingAt(text: string, ws: Word[], i: number): Word[] {
  const out: Word[] = [];
  for (let k = i; k >= 0 && out.length < 6; k--) {
    const w = ws[k]!;
    if (out.length > 0 && !adjacent(text, w, out[0]!)) break;
    if (isCapitalized(w.text) && !NOT_NAMES.has(w.lower)) out.unshift(w);
    else if (NAME_JOINERS.has(w.lower) && out.length > 0) out.unshift(w);
    else if (out.length === 0 && (UNNAMED_HEADS.has(w.lower) || PRONOUNS_NAMED.has(w.lower))) {
      out.unshift(w);
      // keep reading leftwards for modifiers of an unnamed head ("two U.S. officials")
      for (let m = k - 1; m >= 0 && out.length < 6 && adjacent(text, ws[m]!, out[0]!); m--) {
        if (['the', 'a', 'an', 'with', 'and', 'but', 'that', 'as', 'while', 'by', 'to'].includes(ws[m]!.lower)) break;
        out.unshift(ws[m]!);
      }
      break;
    } else break;
  }
  while (out.length && NAME_JOINERS.has(out[0]!.lower)) out.shift();
  return out;
}

/** The speaker phrase starting at words[i], reading rightwards ("said Kremlin spokesman Dmitry Peskov"). */
function phraseStartingAt(text: string, ws: Word[], i: number): Word[] {
  const out: Word[] = [];
  for (let k = i; k < ws.length && out.length < 6; k++) {
    const w = ws[k]!;
    if (out.length > 0 && !adjacent(text, out.at(-1)!, w)) break;
    if (isCapitalized(w.text) && !NOT_NAMES.has(w.lower)) out.push(w);
    else if (out.length > 0 && NAME_JOINERS.has(w.lower)) out.push(w);
    else if (['a', 'an', 'one', 'two', 'three', 'several', 'some', 'senior', 'spokesman', 'spokeswoman'].includes(w.lower)) out.push(w);
    else if (UNNAMED_HEADS.has(w.lower)) {
      out.push(w);
      // "spokesman Dmitry Peskov": a name may follow a title
      continue;
    } else break;
  }
  while (out.length && NAME_JOINERS.has(out.at(-1)!.lower)) out.pop();
  return out;
}

function judge(phrase: Word[]): Speaker | null {
  if (phrase.length === 0) return null;
  const head = phrase.at(-1)!;
  const speaker = phrase.map((w) => w.text).join(' ');
  if (PRONOUNS_NAMED.has(head.lower)) return { speaker, named: true };
  if (UNNAMED_HEADS.has(head.lower)) return { speaker, named: false };
  return { speaker, named: isCapitalized(head.text) };
}

/** "Quote from Dmytrashkivskyi:", "Quotes from the ministry:": a quotation's heading names its speaker after "from". */
const QUOTE_NOUN = /^quotes?$/;

/**
 * "said the office spokesman, Elizabeth Thresell, at a news conference": an office after the verb, then
 * the name of its holder set off by a comma.
 */
const TITLE_THEN_NAME = /^\s+the\s+(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*,\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+)/u;

function titledName(text: string, verb: Word): Speaker | null {
  const m = TITLE_THEN_NAME.exec(text.slice(verb.end, verb.end + TITLE_PEEK_CHARS));
  return m ? { speaker: m[1]!, named: true } : null;
}
/** How far after a verb of speech an office and its holder's name are looked for. */
const TITLE_PEEK_CHARS = 100;

/** Finds who speaks in a stretch of text that contains a speech verb outside the quotation. */
export function findSpeaker(text: string, context: Word[], quoteAt?: number): Speaker | null {
  const verbIdx = context.map((w, i) => (SPEECH_VERBS.has(w.lower) ? i : -1)).filter((i) => i >= 0);
  // The verb nearest the quotation speaks it: in "an official said …, a claim Psaki called “preposterous”" Psaki does.
  const nearest = quoteAt === undefined ? verbIdx : [...verbIdx].sort((a, b) => Math.abs(a - quoteAt + 0.5) - Math.abs(b - quoteAt + 0.5) || a - b);
  for (const v of nearest) {
    // Subject before the verb, skipping auxiliaries.
    let k = v - 1;
    while (k >= 0 && AUXILIARIES.has(context[k]!.lower)) k--;
    const before = k >= 0 ? judge(phraseEndingAt(text, context, k)) : null;
    if (before) return before;
    // Inverted attribution: "said Blinken", "according to officials"; the noun "Quote from Blinken:".
    const from = QUOTE_NOUN.test(context[v]!.lower) && context[v + 1]?.lower === 'from' ? v + 2 : v + 1;
    const after = judge(phraseStartingAt(text, context, from)) ?? titledName(text, context[v]!);
    if (after) return after;
  }
  if (verbIdx.length > 0) {
    // Participles ("..., stating it added") take the sentence's subject: its first name phrase.
    const first = context.findIndex((w) => isCapitalized(w.text) && !NOT_NAMES.has(w.lower));
    if (first >= 0 && first < verbIdx[0]!) return judge(phraseStartingAt(text, context, first));
  }
  return null;
}

/** All quotations with their speakers. Context is the sentence holding the quote, or the line
 * before a quote that stands alone after "As Biden wrote:". */
export function findQuotations(text: string, sentences: readonly Sentence[]): Quotation[] {
  const spans = findQuoteSpans(text);
  let si = 0;
  let prev: Quotation | null = null;
  return spans.map((q) => {
    while (si < sentences.length - 1 && sentences[si]!.end <= q.start) si++;
    let last = si;
    while (last < sentences.length - 1 && sentences[last]!.end < q.end) last++;
    let context: Word[] = [];
    let quoteAt: number | undefined;
    if (sentences.length > 0) {
      // The speaker is named near the quote: a bounded window keeps long sentences linear.
      const from = Math.max(Math.min(sentences[si]!.start, q.start), q.start - SPEAKER_WINDOW_CHARS);
      const to = Math.min(Math.max(sentences[last]!.end, q.end), q.end + SPEAKER_WINDOW_CHARS);
      const lead = words(text, from, q.start);
      quoteAt = lead.length;
      context = [...lead, ...words(text, q.end, to)];
      if (!context.some((w) => SPEECH_VERBS.has(w.lower))) {
        // A quote that fills its paragraph: look at the line before ("As Biden wrote:").
        const before = text.slice(0, from).trimEnd();
        if (before.endsWith(':')) {
          const lineStart = before.lastIndexOf('\n') + 1;
          context = words(text, lineStart, before.length);
          quoteAt = context.length;
        }
      }
    }
    const who = findSpeaker(text, context, quoteAt) ?? continuedFrom(text, prev, q);
    prev = { start: q.start, end: q.end, speaker: who?.speaker ?? null, named: who?.named ?? false };
    return prev;
  });
}

/**
 * '"…," Hochul said in a statement. "We condemn …"': a quotation with no speaker of its own, in the same
 * paragraph and soon after a quotation whose speaker is known, goes on in that speaker's words.
 */
function continuedFrom(text: string, prev: Quotation | null, q: { start: number; end: number }): { speaker: string | null; named: boolean } | null {
  if (!prev?.speaker || q.start - prev.end > SPEAKER_WINDOW_CHARS || text.slice(prev.end, q.start).includes('\n')) return null;
  // A word or two in quotation marks is the writer's scare quote or a term, not more of the speech.
  if (words(text, q.start, q.end).length < CONTINUED_MIN_WORDS) return null;
  return { speaker: prev.speaker, named: prev.named };
}
