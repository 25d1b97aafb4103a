import { analyze } from '../analyze';
import { opinionSentences } from './opinion';
import { segment } from '../segment';
import type { Sentence } from '../types';
import { isHedged } from './hedges';
import { assembleSet } from './assemble';
import type { StatementRecord } from './group';
import { storeStatement } from './stored';
import { isCheckable, readStatement, type Statement } from './text/statement';
import { isStoryPlace, type Anchor } from './text/anchors';
import { vocabularyWith, type VocabularyEntry } from './text/vocabulary';
import type { ClaimEvidence, ReferenceSet, ReferenceSource, StoredStatement } from './types';

/**
 * Builds a reference set from article texts, whatever their subject: every sentence that asserts a
 * checkable fact becomes a statement (text/statement.ts), statements of one fact across sources are
 * grouped into claims with a status (group.ts). A small curated file adds what one sentence at a time
 * cannot see; each correction carries its reason.
 */
export interface SourceText extends ReferenceSource {
  text: string;
}

export interface Curation {
  about?: string;
  entries: CurationEntry[];
}
/** Adds a sentence of one source as evidence of the claim another quoted sentence belongs to. */
export interface CurationEntry {
  action: 'add-evidence';
  source: string;
  quote: string;
  /** The claim to add to: the one holding this quote of this source. */
  like: { source: string; quote: string };
  stance?: 'reported' | 'unconfirmed';
  reason: string;
}

export type SkipReason = 'question' | 'opinion' | 'hypothetical' | 'fragment' | 'no checkable content';

export interface BuildReport {
  set: ReferenceSet;
  sentences: number;
  /** Sentences that became statements of a claim. */
  statements: number;
  skipped: Record<SkipReason, number>;
  /** Of the statements, sentences with no act or amount the vocabulary knows, kept for their wording (isDescription). */
  described: number;
  /** Claims made from the statements; fewer claims than statements means statements were grouped. */
  claims: number;
  groupedStatements: number;
  curatedEvidence: number;
}

/** How many sentences back "These missiles…" may find what it refers to. */
const CARRY_OVER_SENTENCES = 2;

function skipReason(text: string, s: Statement, sentence: Sentence, opinionated: boolean): SkipReason | null {
  if (s.question) return 'question';
  if (s.modality === 'hypothetical') return 'hypothetical';
  if (isFragment(text, sentence)) return 'fragment';
  if (opinionated && s.measures.length === 0) return 'opinion';
  return isCheckable(s) ? null : 'no checkable content';
}

/**
 * A sentence that begins in lower case right after another on the same line is the tail of one whose
 * start was lost when the page was copied ("…inside Russian territory. military assistance to Ukraine,
 * potentially expanding the scope of its attacks"): what it states has lost who does it, and read alone
 * it met every page sentence about attacks. At a line's start a lower-case word is a label ("by the
 * news desk", "date 2023-01-25 WASHINGTON (AP) — …") before a whole sentence, which is kept.
 */
function isFragment(text: string, sentence: Sentence): boolean {
  if (!LOWER_START.test(sentence.text)) return false;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return text.slice(lineStart, sentence.start).trim().length > 0;
}
const LOWER_START = /^[\s"“‘'(]*[a-z]/;

/**
 * A sentence that names no act or amount the vocabulary knows still tells something ("The cafe was
 * obliterated", "DNA laboratories are working around the clock"). With this many content words it is
 * kept as a claim that only wording can meet: a page sentence worded much like it is supported
 * (check.ts wordedMatches, restatementMatches); having no act, it never meets a page statement as the
 * same position, so it never makes a conflict. Fewer words are a topic ("the attack"), not a fact.
 */
const DESCRIPTION_MIN_WORDS = 3;

function isDescription(reading: StoredStatement, sentence: string): boolean {
  if (!FULL_SENTENCE.test(sentence) || CREDIT_LINE.test(sentence)) return false;
  let words = 0;
  for (const t of reading.terms) if (t.startsWith('w:')) words++;
  return words >= DESCRIPTION_MIN_WORDS;
}
/** A sentence ends with its full stop (perhaps inside quotation marks): a byline, a heading or a menu ("ua en ru") does not. */
const FULL_SENTENCE = /[.!?]["”’')\]]*\s*$/;
/** "Photo by …", "Source: …", "(Video: …)": a credit line says who made a picture, not what happened. */
const CREDIT_LINE = /^\s*[(\[]?(?:photos?|images?|videos?|footage|source|credits?|copyright)\s*(?:by\b|:)/i;

/** Sentences of an article the language rules find to be opinion (a vague group's view, the writer's forecast…). */
function opinionOf(text: string, sentences: readonly Sentence[]): Set<number> {
  return opinionSentences(sentences, analyze(text).flags);
}

interface Read {
  records: StatementRecord[];
  skipped: BuildReport['skipped'];
  /** Sentences kept for their wording alone (isDescription). */
  described: number;
  sentences: number;
}

function readSource(source: SourceText, entries: readonly VocabularyEntry[]): Read {
  const vocabulary = vocabularyWith(entries);
  const sentences = segment(source.text);
  const opinion = opinionOf(source.text, sentences);
  const skipped: BuildReport['skipped'] = { question: 0, opinion: 0, hypothetical: 0, fragment: 0, 'no checkable content': 0 };
  const records: StatementRecord[] = [];
  let described = 0;
  const recent: Anchor[][] = [];
  const story: Anchor[] = [];
  sentences.forEach((sentence, index) => {
    const prev = sentences[index - 1];
    if (prev && source.text.slice(prev.end, sentence.start).includes('\n')) recent.length = 0;
    const s = readStatement(source.text, sentence.start, sentence.end, vocabulary, recent.flat(), story);
    recent.push(s.anchors);
    if (recent.length > CARRY_OVER_SENTENCES) recent.shift();
    story.unshift(...s.anchors.filter(isStoryPlace));
    const reason = skipReason(source.text, s, sentence, opinion.has(index));
    // Only a sentence with nothing checkable may still be kept, for its wording (isDescription).
    const reading = reason === null || reason === 'no checkable content' ? storeStatement(s) : null;
    if (!reading || (reason && !isDescription(reading, sentence.text))) {
      skipped[reason!]++;
      return;
    }
    if (reason) described++;
    const base: Omit<ClaimEvidence, 'measure'> = {
      source: source.id,
      start: sentence.start,
      end: sentence.end,
      quote: sentence.text,
      stance: isHedged(source.text, sentences, index) ? 'unconfirmed' : 'reported',
      origin: 'extracted',
      reading,
    };
    if (reason || s.acts.some((a) => a.family !== 'speech')) records.push({ evidence: base, date: source.published });
    s.measures.forEach((_, m) => records.push({ evidence: { ...base, measure: m }, date: source.published }));
  });
  return { records, skipped, described, sentences: sentences.length };
}

function locate(text: string, quote: string): { start: number; end: number } | null {
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

/** Curated evidence: the sentence, read as the claim it is added to. */
function curate(curation: Curation, sources: readonly SourceText[], records: StatementRecord[]): number {
  const bySource = new Map(sources.map((s) => [s.id, s]));
  curation.entries.forEach((entry, i) => {
    const source = bySource.get(entry.source);
    if (!source) throw new Error(`curation entry ${i}: unknown source ${entry.source}`);
    const where = locate(source.text, entry.quote);
    if (!where) throw new Error(`curation entry ${i}: quote not found in ${entry.source}`);
    const model = records.find((r) => r.evidence.source === entry.like.source && r.evidence.quote.includes(entry.like.quote) && r.evidence.measure === undefined);
    if (!model) throw new Error(`curation entry ${i}: no claim holds "${entry.like.quote}" in ${entry.like.source}`);
    records.push({
      date: source.published,
      evidence: { ...model.evidence, source: source.id, ...where, quote: entry.quote, stance: entry.stance ?? 'reported', origin: 'curated' },
    });
  });
  return curation.entries.length;
}

export function buildReferenceSet(name: string, sources: SourceText[], curation: Curation = { entries: [] }, vocabulary: VocabularyEntry[] = []): BuildReport {
  const reads = sources.map((s) => readSource(s, vocabulary));
  const records = reads.flatMap((r) => r.records);
  const statements = new Set(records.map((r) => `${r.evidence.source}:${r.evidence.start}`)).size;
  const curatedEvidence = curate(curation, sources, records);
  const set = assembleSet(name, sources, records, vocabulary);
  const { claims } = set;
  const skipped: BuildReport['skipped'] = { question: 0, opinion: 0, hypothetical: 0, fragment: 0, 'no checkable content': 0 };
  for (const r of reads) for (const k of Object.keys(skipped) as SkipReason[]) skipped[k] += r.skipped[k];
  return {
    set,
    sentences: reads.reduce((n, r) => n + r.sentences, 0),
    statements,
    skipped,
    described: reads.reduce((n, r) => n + r.described, 0),
    claims: claims.length,
    groupedStatements: claims.filter((c) => c.evidence.length > 1).reduce((n, c) => n + c.evidence.length, 0),
    curatedEvidence,
  };
}
