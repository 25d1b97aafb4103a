import { analyze, type Analysis } from './analyze';
import markers from './genre-markers.json';
import { wordRuns } from './lexicon';
import { judgementScore, SCORER_RULES } from './scorer/judgement';
import { overlapping } from './scorer/sentence';
import { GENRE_LABELS, isOpinion } from './opinion';
import type { Genre } from './types';

export { GENRE_LABELS, isOpinion, OPINION_GENRES } from './opinion';

/**
 * What kind of page this is: news, or an opinion genre (a reader's letter, the paper's editorial, a
 * column, an analysis, a blog), with the reasons, so that the reader can be told "Opinion piece: …"
 * and analyze() can read the writer's argument as editorial (rule opinion-argument). Two sources:
 * the page's metadata, as the caller found it (PageMeta; src/dom/page-meta.ts reads it from a
 * document), and the text itself (how many sentences carry the writer's judgement, first person).
 * Pure: no DOM here.
 */
export interface PageMeta {
  /** The page's address (its path: /opinion/letters/…). */
  url?: string;
  title?: string;
  /** Open Graph `article:section` ("Opinion", "Letters to the Editor"). */
  section?: string;
  /** schema.org types of the page's article (`@type` in JSON-LD, `itemtype` in microdata). */
  types?: readonly string[];
  /** schema.org `genre` values ("opinion"). */
  genres?: readonly string[];
  /** Bylines and author names ("The Editorial Board"). */
  authors?: readonly string[];
}

export interface TextFigures {
  /** Sentences counted (of at least MIN_SENTENCE_WORDS words). */
  sentences: number;
  /** Of those, how many carry the writer's judgement: an editorial flag, or the scorer at TEXT_JUDGEMENT_SCORE or more. */
  judged: number;
  /** How many speak in the first person singular outside quotations. */
  firstPerson: number;
  /** How many report what someone said ("said", "told", "according to"). */
  attributed: number;
}

export interface GenreReading {
  genre: Genre;
  /** True for the genres in which the writer argues throughout (isOpinion). */
  opinion: boolean;
  /** Why, each a short phrase a reader can check ("the address is under /opinion/letters/"). */
  reasons: string[];
  /** Where the decision came from. */
  basis: 'metadata' | 'text' | 'none';
  text: TextFigures;
}

interface Marker {
  term: string;
  genre: string;
  reason: string;
}

/**
 * From the most specific genre to the least: a path /opinion/letters/ is a letter, /opinion/ alone a
 * column. Metadata hits of a more specific genre win.
 */
const SPECIFICITY: readonly Genre[] = ['letter', 'editorial', 'blog', 'analysis', 'column'];

/** Sentences shorter than this are headings, datelines or captions, not the writer's sentences. */
const MIN_SENTENCE_WORDS = 5;
/** A page with fewer sentences than this says too little about its genre to decide from the text. */
const MIN_TEXT_SENTENCES = 5;
/**
 * A sentence whose judgement score reaches this leans towards judgement more than towards reporting
 * (the scorer's own even odds).
 */
const TEXT_JUDGEMENT_SCORE = 0.5;
/**
 * A page without opinion metadata argues rather than reports when its share of judging sentences
 * exceeds its share of attributed ones by this much. News attributes sentence after sentence and
 * judges here and there (a share of a fifth is common in wire copy); an opinion piece judges in
 * a third or more of its sentences and rarely says who said what.
 */
const OPINION_TEXT_MARGIN = 0.25;
/**
 * A blog path or host alone is weak (company news pages sit under /blog/ too, and blog hosts repost
 * wire copy): the text must judge in at least this share of its sentences, and in no fewer sentences
 * than it attributes, to agree.
 */
const WEAK_MARKER_TEXT_SHARE = 0.3;
/** How far into the text a letter's opening ("To the editor", "Re:") is looked for, in sentences. */
const OPENING_SENTENCES = 3;
/** A share of first-person sentences above which an opinion piece without metadata reads as personal writing (a blog or a letter). */
const PERSONAL_SHARE = 0.3;

const FIRST_PERSON = /^(?:i|me|my|mine|myself)$/;
/** Words of reporting: who said what ("according" stands for "according to"). */
const ATTRIBUTING = /^(?:said|says|told|tells|according|announced|stated|reported|added|confirmed)$/;

function lists(name: keyof typeof markers): Marker[] {
  return (markers as unknown as Record<string, Marker[]>)[name] ?? [];
}

interface Hit {
  genre: Genre;
  reason: string;
  /** Weak hits count only when the text agrees. */
  weak: boolean;
}

/** The metadata's hits, with reasons worded for the reader. */
export function metadataHits(meta: PageMeta): Hit[] {
  const hits: Hit[] = [];
  const add = (m: Marker, reason: string, weak = false) => hits.push({ genre: m.genre as Genre, reason, weak });
  if (meta.url) {
    let path = '';
    let host = '';
    try {
      const u = new URL(meta.url);
      path = u.pathname.toLowerCase();
      host = u.hostname.toLowerCase();
    } catch {
      path = meta.url.toLowerCase();
    }
    const segments = path.split('/').filter(Boolean);
    for (const m of lists('paths')) {
      const i = segments.findIndex((s) => s === m.term);
      // A slug that opens with the marker ("/2022/04/08/letter-ukrainians-need-…", "editorial-the-…").
      const slug = segments.findIndex((s) => (m.term === 'letter' || m.term === 'editorial') && s.startsWith(`${m.term}-`));
      if (i >= 0) add(m, `the address is under /${segments.slice(0, i + 1).join('/')}/ (${m.reason})`, m.genre === 'blog');
      else if (slug >= 0) add(m, `the address names it a ${m.term} ("${segments[slug]!.slice(0, 40)}")`);
    }
    if (/^blog\.|\.blogspot\.|\.wordpress\.com$|\.substack\.com$/.test(host)) hits.push({ genre: 'blog', reason: `the site is a blog host (${host})`, weak: true });
  }
  if (meta.section) {
    const s = meta.section.toLowerCase();
    for (const m of lists('sections')) if (s.includes(m.term)) add(m, `the page's section is “${meta.section.trim()}”`);
  }
  for (const t of meta.types ?? []) {
    const type = t.toLowerCase().replace(/^https?:\/\/schema\.org\//, '');
    for (const m of lists('types')) if (type === m.term) add(m, `the page declares itself ${t.replace(/^https?:\/\/schema\.org\//, '')} (${m.reason})`, m.genre === 'blog');
  }
  for (const g of meta.genres ?? []) {
    const genre = g.toLowerCase().trim();
    for (const m of lists('genres')) if (genre === m.term) add(m, `the page's genre is “${g.trim()}”`);
  }
  if (meta.title) {
    const title = meta.title.toLowerCase();
    for (const m of lists('titles')) if (title.includes(m.term)) add(m, `the title says “${m.term.replace(/^[|-]\s*|\s*[|:]$/g, '')}”`);
  }
  for (const a of meta.authors ?? []) {
    const author = a.toLowerCase();
    for (const m of lists('bylines')) if (author.includes(m.term)) add(m, `the byline is “${a.trim()}”`);
  }
  return hits;
}

/** The text's own hits: a letter's opening ("To the editor", "Re: the article …"). */
function openingHits(text: string, analysis: Analysis): Hit[] {
  const hits: Hit[] = [];
  for (const s of analysis.sentences.slice(0, OPENING_SENTENCES)) {
    // The collection's excerpts and some extractions put a date before the first words.
    const opening = text.slice(s.start, s.end).toLowerCase().replace(/^\s*(?:date\s+)?\d{4}-\d{2}-\d{2}\s+/, '');
    for (const m of lists('openings')) if (opening.startsWith(m.term)) hits.push({ genre: m.genre as Genre, reason: `the text opens “${text.slice(s.start, s.end).trim().slice(0, 30)}…” (${m.reason})`, weak: false });
  }
  return hits;
}

/** How much of the text carries the writer's judgement, from an analysis read as news. */
export function textFigures(text: string, analysis: Analysis): TextFigures {
  const figures: TextFigures = { sentences: 0, judged: 0, firstPerson: 0, attributed: 0 };
  let fi = 0;
  const flags = analysis.flags;
  for (const s of analysis.sentences) {
    const runs = wordRuns(text, s.start, s.end);
    if (runs.length < MIN_SENTENCE_WORDS) continue;
    figures.sentences++;
    while (fi < flags.length && flags[fi]!.end <= s.start) fi++;
    const here = [];
    for (let i = fi; i < flags.length && flags[i]!.start < s.end; i++) if (flags[i]!.end > s.start) here.push(flags[i]!);
    const editorial = here.some((f) => f.category === 'editorial' && !SCORER_RULES.has(f.rule));
    const rules = [...new Set(here.filter((f) => !SCORER_RULES.has(f.rule)).map((f) => f.rule))];
    const quotes = overlapping(analysis.quotations, s.start, s.end);
    if (editorial || judgementScore({ text, start: s.start, end: s.end, runs, quotations: quotes, rules }) >= TEXT_JUDGEMENT_SCORE) figures.judged++;
    if (runs.some((r) => FIRST_PERSON.test(r.lower) && !quotes.some((q) => q.start <= r.start && r.start < q.end))) figures.firstPerson++;
    if (runs.some((r) => ATTRIBUTING.test(r.lower))) figures.attributed++;
  }
  return figures;
}

/**
 * The page's genre from its metadata and its text. `analysis` is the text's analysis read as news
 * (analyze's default); given, it is not computed again.
 */
export function detectGenre(meta: PageMeta | undefined, text: string, analysis: Analysis = analyze(text)): GenreReading {
  const figures = textFigures(text, analysis);
  const enough = figures.sentences >= MIN_TEXT_SENTENCES;
  const share = enough ? figures.judged / figures.sentences : 0;
  const margin = enough ? (figures.judged - figures.attributed) / figures.sentences : 0;
  const textLine = `the writer judges in ${figures.judged} of ${figures.sentences} sentences and attributes ${figures.attributed}`;
  const agrees = share >= WEAK_MARKER_TEXT_SHARE && figures.judged >= figures.attributed;
  const hits = [...(meta ? metadataHits(meta) : []), ...openingHits(text, analysis)].filter((h) => !h.weak || agrees);
  const reading = (genre: Genre, reasons: string[], basis: GenreReading['basis']): GenreReading => ({ genre, opinion: isOpinion(genre), reasons, basis, text: figures });
  if (hits.length > 0) {
    const genre = SPECIFICITY.find((g) => hits.some((h) => h.genre === g))!;
    const reasons = [...new Set(hits.filter((h) => h.genre === genre).map((h) => h.reason))];
    if (enough) reasons.push(textLine);
    return reading(genre, reasons, 'metadata');
  }
  if (margin >= OPINION_TEXT_MARGIN) {
    const personal = figures.firstPerson / figures.sentences >= PERSONAL_SHARE;
    const reasons = [textLine];
    if (personal) reasons.push(`and speaks as “I” in ${figures.firstPerson} of them`);
    return reading(personal ? 'blog' : 'column', reasons, 'text');
  }
  return reading('news', enough ? [textLine] : [], enough ? 'text' : 'none');
}

/**
 * One line for the reader, or null for news: "Opinion piece (reader letter): the address is under
 * /opinion/letters/ (a letters section); the writer judges in 6 of 9 sentences and attributes 0."
 */
export function genreSummary(reading: GenreReading): string | null {
  if (reading.genre === 'news') return null;
  const label = GENRE_LABELS[reading.genre];
  const head = reading.opinion ? `Opinion piece (${label.toLowerCase()})` : label;
  return `${head}: ${reading.reasons.join('; ')}.`;
}
