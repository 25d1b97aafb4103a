import sourceModifiers from '../lexicons/source-modifiers.json';
import groupModifiers from '../lexicons/group-modifiers.json';
import { leadingWords, marksOf, PhraseMatcher, starterBit, WORD_CHAR, wordRuns, type Lexicon, type LexiconEntry, type WordRun } from '../lexicon';
import { UNNAMED_HEADS } from '../quotes';
import { Recent } from '../recent';
import { reportedSpeech } from '../reported';
import type { CategoryId, Flag, Rule, RuleContext } from '../types';
import { isCapitalized, words } from '../words';

export function makeFlag(
  ctx: RuleContext,
  rule: { id: string; category: CategoryId },
  start: number,
  end: number,
  explanation: string,
): Flag {
  return { category: rule.category, start, end, cue: ctx.text.slice(start, end), rule: rule.id, explanation };
}

/** Lower-case words that make a following noun specific ("the official", "his aides"). */
export const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'whose', 'our', 'my']);

/** The word immediately before `index` in text, lower-cased ('' at the start). */
export function wordBefore(text: string, index: number, floor = 0): string {
  const m = /([\p{L}\p{N}.'\u2019-]+)[\s,]*$/u.exec(text.slice(Math.max(floor, index - 40), index));
  return m ? m[1]! : '';
}

/**
 * The determiner right before `index` ("the official", "these analysts"), or ''. Only white space may stand
 * between: in "Despite this, analysts say" the "this" ends a phrase and determines nothing.
 */
export function determinerBefore(text: string, index: number, floor = 0): string {
  const w = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(floor, index - 20), index))?.[1]?.toLowerCase() ?? '';
  return DETERMINERS.has(w) ? w : '';
}

/**
 * Contexts whose word runs and starts are kept: the sentence being read, and one a rule reads beside it
 * (unnamed-reference.ts reads the sentences before through a context of their own).
 */
const RECENT_CONTEXTS = 2;
const runsOf = new Recent<RuleContext, WordRun[]>(RECENT_CONTEXTS);

/** The sentence's word runs, found once and shared by every lexicon that searches it. */
export function sentenceRuns(ctx: RuleContext): WordRun[] {
  let runs = runsOf.get(ctx);
  if (!runs) runsOf.set(ctx, (runs = wordRuns(ctx.text, ctx.sentence.start, ctx.sentence.end)));
  return runs;
}

/** A rule that flags every match of a lexicon in a sentence. */
export function phraseRule(options: {
  id: string;
  category: CategoryId;
  lexicon: Lexicon;
  explain: (cue: string, entry: LexiconEntry) => string;
  /** Optional veto for a match, e.g. a manner adverb rather than a stance adverb. */
  skip?: (ctx: RuleContext, start: number, end: number) => boolean;
}): Rule {
  const matcher = new PhraseMatcher(options.lexicon.entries);
  const rule: Rule = {
    id: options.id,
    category: options.category,
    run(ctx) {
      const flags: Flag[] = [];
      for (const m of matcher.find(ctx.text, ctx.sentence.start, ctx.sentence.end, sentenceRuns(ctx))) {
        if (options.skip?.(ctx, m.start, m.end)) continue;
        flags.push(makeFlag(ctx, rule, m.start, m.end, options.explain(m.text, m.entry)));
      }
      return flags;
    },
  };
  return rule;
}

/** Runs a global regular expression over the sentence and returns absolute match spans. */
export function matchAll(re: RegExp, ctx: RuleContext): { start: number; end: number; groups: RegExpExecArray }[] {
  const slice = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  const out: { start: number; end: number; groups: RegExpExecArray }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + m[0].length, groups: m });
  }
  return out;
}

/** Wraps a regular-expression source in whole-word boundaries. */
export function wholeWords(source: string): string {
  return `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
}

/** Quotations of this many words or more are someone's speech, not scare quotes. */
const SPEECH_MIN_WORDS = 4;

/** True when [start, end) lies inside a quotation of someone's speech (named or not). */
export function insideSpeech(ctx: RuleContext, start: number, end: number): boolean {
  return ctx.quotations.some(
    (q) => q.start <= start && end <= q.end && ctx.text.slice(q.start, q.end).split(/\s+/).length >= SPEECH_MIN_WORDS,
  );
}

/** How many words back a negation cancels a judgement: "not disastrous", "hardly a fiasco". */
export const NEGATION_WINDOW = 2;
const NEGATED = new RegExp(
  `(?:^|[^\\w'\u2019])(?:not|never|no|hardly|nor|without|\\w+n['\u2019]t)(?:\\s+[\\w'\u2019-]+){0,${NEGATION_WINDOW - 1}}\\s+$`,
  'i',
);

/** True when a negation stands within NEGATION_WINDOW words before `start` in its sentence. */
export function negatedAt(ctx: RuleContext, start: number): boolean {
  return NEGATED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start));
}

/** "Kleymenov: How would you respond …": a transcript or interview line, the named speaker's words. */
export const TRANSCRIPT_LINE = /^[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+){0,3}:\s/u;

/** What may stand before a capitalised word that still starts a phrase: an opening quote, a colon, a dash. */
const PHRASE_START = /(?:^|[“"‘(\[:—–-])\s*$/;

/**
 * True when the word at `start` is capitalised inside its sentence, not where a phrase starts: part of a
 * title or a name ("Who We Are", "Where Do You Go Now"), not a pronoun of the text.
 */
export function capitalisedInTitle(ctx: RuleContext, start: number): boolean {
  return /^[A-Z]/.test(ctx.text[start]!) && !PHRASE_START.test(ctx.text.slice(ctx.sentence.start, start));
}

/** Words of a name phrase after "according to" that describe a group without naming it ("Western", "U.S."). */
const GENERIC_QUALIFIERS: ReadonlySet<string> = new Set([
  ...(sourceModifiers as Lexicon).entries.map((e) => e.term),
  ...(groupModifiers as Lexicon).entries.map((e) => e.term),
]);
const ACCORDING_TO_LEAD = /^[\s"“'‘(]*according\s+to\s+([^,;:.!?]{1,80})/i;
/** How far into a sentence its opening "according to" may start (after white space and quotation marks). */
const OPENING_CHARS = 16;

/**
 * True when the sentence opens by crediting what follows to a named person or institution ("According to
 * Maxim Samorukov, the government will most likely …"): its hedges are that speaker's, as in a quotation.
 * Unnamed holders ("according to Western officials", "according to politicians") are not named.
 */
export function namedLead(ctx: RuleContext): boolean {
  // Most sentences do not open with "according to": a cheap look at their first words first.
  const t = ctx.sentence.text;
  if (!/ccording/i.test(t.slice(0, OPENING_CHARS))) return false;
  const m = ACCORDING_TO_LEAD.exec(t);
  if (!m) return false;
  let named = false;
  for (const w of words(m[1]!)) {
    if (UNNAMED_HEADS.has(w.lower)) return false;
    if (isCapitalized(w.text) && !GENERIC_QUALIFIERS.has(w.lower)) named = true;
  }
  return named;
}

/** "…, according to the estimates of Yulia Zhdanova": the sentence names who holds the view or makes the claim. */
/** Words that describe a group without naming it ("Western", "Russian"); "Pentagon" and "NATO" still name a holder. */
const GROUP_QUALIFIERS: ReadonlySet<string> = new Set((groupModifiers as Lexicon).entries.map((e) => e.term));
const ACCORDING_TO_ANYWHERE = /\baccording\s+to\s+([^.;!?]{1,200})/i;

/**
 * True when the sentence credits what it says to a named holder with "according to", wherever it stands
 * ("Over 15,000 foreigners are believed to have fought, according to estimates by Yulia Zhdanova"): the
 * passive's hidden holder is named after all. Generic qualifiers ("Western", "U.S.") name nobody.
 */
export function namedHolder(ctx: RuleContext): boolean {
  const m = ACCORDING_TO_ANYWHERE.exec(ctx.sentence.text);
  if (!m) return false;
  return words(m[1]!).some((w, i) => i > 0 && isCapitalized(w.text) && !GROUP_QUALIFIERS.has(w.lower) && !UNNAMED_HEADS.has(w.lower));
}

/**
 * A passive's agent that names someone, right after the verb or after its complement, in the same clause
 * ("is considered by the Pentagon a threat", "were reported in the city by the governor").
 */
const NAMED_AGENT = /^[^,;:.()]*?\bby\s+(?:the\s+)?[A-Z]/;
/** How far after a passive its agent is looked for. */
const AGENT_CHARS = 80;

/** True when a "by" after the passive ending at `end` names its agent, in the same clause. */
export function namedAgentAfter(ctx: RuleContext, end: number): boolean {
  return NAMED_AGENT.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + AGENT_CHARS)));
}

/** Named speakers' words in the sentence: named quotations and reported speech. */
export function namedSpeech(ctx: RuleContext): { start: number; end: number }[] {
  const quotes = ctx.quotations.filter((q) => q.named && q.start < ctx.sentence.end && ctx.sentence.start < q.end);
  return [...quotes, ...reportedSpeech(ctx.text, ctx.sentence)];
}

/** Where a phrase may start in a sentence: the offset into the sentence and the (lower-case) word there. */
export interface Start {
  at: number;
  word: string;
}

/** A set of words that phrases end in (source nouns, unnamed groups), as startsBefore looks them up. */
export interface EndWords {
  /** The bit wordRuns marks these words with (0 when the matchers took every bit). */
  bit: number;
  words: ReadonlySet<string>;
}

/** Registers a word set for startsBefore, at module load. */
export function endWords(words: Iterable<string>): EndWords {
  const set = new Set(words);
  return { bit: starterBit(set), words: set };
}

/**
 * True when a word of `set` (from endWords) stands in the sentence. A regular expression that cannot
 * match without one of its words is not worth running over a sentence that has none: a look at the
 * sentence's word runs costs a fraction of a scan at every character.
 */
export function hasWordOf(ctx: RuleContext, set: EndWords): boolean {
  const { bit, words } = set;
  const runs = sentenceRuns(ctx);
  // A dozen rules ask of each sentence: the union of its runs' bits (kept for the latest runs) answers at once.
  if (bit) return (marksOf(runs) & bit) !== 0;
  for (const r of runs) if (words.has(r.lower)) return true;
  return false;
}

const startsOf = new Recent<RuleContext, Map<EndWords, Start[]>>(RECENT_CONTEXTS);

const NO_STARTS: Start[] = [];

/**
 * Where a phrase ending in one of the words of `set` (from endWords) may start in the sentence: the word
 * itself and up to `wordsBack` words before it. Trying a pattern only there (with `anchored`), instead of at
 * every character, keeps rules with long alternations cheap on long texts. Cached per sentence and set (each set is used with one `wordsBack`).
 */
export function startsBefore(ctx: RuleContext, set: EndWords, wordsBack: number): Start[] {
  let byCtx = startsOf.get(ctx);
  const cached = byCtx?.get(set);
  if (cached) return cached;
  const runs = sentenceRuns(ctx);
  const { bit, words } = set;
  let marked: Uint8Array | null = null;
  // A sentence with none of the words (the union of its runs' bits says so) has no starts: no scan.
  const none = bit !== 0 && !(marksOf(runs) & bit);
  for (let i = 0; i < runs.length && !none; i++) {
    if (bit ? !(runs[i]!.marks & bit) : !words.has(runs[i]!.lower)) continue;
    marked ??= new Uint8Array(runs.length);
    marked.fill(1, Math.max(0, i - wordsBack), i + 1);
  }
  let starts = NO_STARTS;
  if (marked) {
    starts = [];
    for (let k = 0; k < runs.length; k++) if (marked[k]) starts.push({ at: runs[k]!.start - ctx.sentence.start, word: runs[k]!.lower });
  }
  if (!byCtx) startsOf.set(ctx, (byCtx = new Map()));
  byCtx.set(set, starts);
  return starts;
}

/** The words a pattern can start with: the leading words of lexicon entries and of plain words. */
export function firstWords(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat().flatMap((t) => leadingWords(t)));
}

/**
 * Sticky matches of `re` (flags "iy") in `slice` at the given starts, left to right, none overlapping, as a
 * global scan finds them; only at starts whose word is in `first` (the words the pattern can start with).
 */
export function anchored(
  re: RegExp,
  slice: string,
  starts: readonly Start[],
  first?: ReadonlySet<string>,
): { start: number; end: number; text: string; groups: RegExpExecArray }[] {
  const out: { start: number; end: number; text: string; groups: RegExpExecArray }[] = [];
  let lastEnd = -1;
  for (const { at, word } of starts) {
    if (at < lastEnd || (first && !first.has(word))) continue;
    re.lastIndex = at;
    const m = re.exec(slice);
    if (!m || m[0].length === 0) continue;
    out.push({ start: at, end: at + m[0].length, text: m[0], groups: m });
    lastEnd = at + m[0].length;
  }
  return out;
}
