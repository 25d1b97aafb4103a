import { analyze, type Analysis } from './analyze';
import markers from './genre-markers.json';
import { verbForms, wordRuns } from './lexicon';
import speechVerbs from './lexicons/speech-verbs.json';
import { judgementScore, SCORER_RULES } from './scorer/judgement';
import { overlapping } from './scorer/sentence';
import { reportedSpeech } from './reported';
import { NEWSROOM_VOICE_RULES } from './news-voice';
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
  /** When the page says it was published (YYYY-MM-DD): a party's reaction the set reports long after it is another reaction (check.ts). */
  published?: string;
}

export interface TextFigures {
  /** Sentences counted (of at least MIN_SENTENCE_WORDS words). */
  sentences: number;
  /** Of those, how many carry the writer's judgement: an editorial flag, or the scorer at TEXT_JUDGEMENT_SCORE or more. */
  judged: number;
  /**
   * Of the judging sentences, how many judge in the writer's own words: no quotation and no reported
   * speech in them ("the attack makes a mockery of …, officials say" is theirs, not the writer's).
   */
  own: number;
  /**
   * How many argue in the writer's own voice outside anyone's speech: a prescription, a stance, a
   * certainty marker (WRITER_VOICE_RULES), "I", or a "we", a "you", a question or an exclamation in a
   * sentence that also judges.
   */
  voice: number;
  /** How many speak in the first person singular outside quotations and reported speech. */
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
  /** Counts only when the text itself argues (a blog path, an opening a report can share). */
  weak?: boolean;
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
 * Without opinion metadata, a text argues only when the writer judges in their own words (outside
 * quotations and reported speech) in at least this share of its sentences, and in no fewer sentences
 * than it attributes. News judges here and there (a share of a fifth is common in wire copy); an
 * opinion piece judges in a third or more of its sentences.
 */
const OWN_JUDGED_SHARE = 0.25;
/**
 * Judging alone is not enough: an outlet's house style ("the dictator"), scene-setting in a live page
 * ("that hope has all but gone") and speech whose quotation marks an extraction lost all read as
 * judgement. An opinion piece also argues in the writer's voice, which news leaves to the people it
 * quotes: it prescribes, takes a stance, speaks for a "we" or to "you", asks. At least this many
 * sentences must do so…
 */
const VOICE_MIN_SENTENCES = 3;
/** …and at least this share of them (a long report can have three such sentences by chance; a column has one in five or more). */
const VOICE_MIN_SHARE = 0.15;
/** How far into the text a letter's opening ("To the editor", "Re:") is looked for, in sentences. */
const OPENING_SENTENCES = 3;
/** A share of first-person sentences above which an opinion piece without metadata reads as personal writing (a blog or a letter). */
const PERSONAL_SHARE = 0.3;

const FIRST_PERSON = /^(?:i|me|my|mine|myself)$/;
/** Words a closing speech tag may have before and after its verb (", the Kremlin's chief spokesman notes in a statement."). */
const TAG_WORDS = 5;
/** Words of reporting: who said what ("according" stands for "according to"; "say" for "officials say"). */
const ATTRIBUTING = /^(?:said|say|says|told|tells|according|announced|stated|reported|added|confirmed)$/;
/**
 * Someone else speaking somewhere in the sentence: the past tense of a verb of speech ("warned",
 * "insisted", "wrote"), whose present forms are too often nouns ("claims", "calls", "the United States").
 */
const SPOKE: ReadonlySet<string> = new Set([...verbForms(speechVerbs)].filter((w) => /ed$/.test(w) || ['said', 'told', 'wrote', 'written'].includes(w)));
/**
 * Any form of a verb of speech in a tag that closes the sentence after a comma (", the analyst
 * emphasises.", ", she notes in the report."): there the present tense is a verb, and what comes
 * before the comma is the speaker's.
 */
const TRAILING_SPEECH = new RegExp(
  `,\\s*(?:[\\p{L}'’.-]+\\s+){1,${TAG_WORDS}}(?:${[...verbForms(speechVerbs)].join('|')})(?![\\p{L}])(?:\\s+[\\p{L}\\d'’.,-]+){0,${TAG_WORDS}}\\s*[.!?"”’]*\\s*$`,
  'u',
);
/**
 * Editorial rules that mark the writer arguing in person rather than judging in a word: prescribing
 * ("must act"), taking a stance ("we should"), insisting ("obviously"). Loaded words and the scorer
 * are left out (news uses them too). The voice a newsroom shares with opinion writing
 * (NEWSROOM_VOICE_RULES: "stay with us", "you can read our report", a teaser question or exclamation
 * on a live page) counts only in a sentence that also judges.
 */
const WRITER_VOICE_RULES: ReadonlySet<string> = new Set(['prescriptive-statement', 'stance-marker', 'certainty-marker']);

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
  const add = (m: Marker, reason: string) => hits.push({ genre: m.genre as Genre, reason, weak: m.weak === true });
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
      // A section whose name joins words ("/political_commentary/", "/opinion-columns/"): a word of a
      // section, never of the last segment, which is the article's own slug ("/why-my-opinion-changed").
      const i = segments.findIndex((s, k) => s === m.term || (k < segments.length - 1 && s.split(/[-_]/).includes(m.term)));
      // A slug that opens with the marker ("/2022/04/08/letter-ukrainians-need-…", "editorial-the-…").
      const slug = segments.findIndex((s) => (m.term === 'letter' || m.term === 'editorial') && s.startsWith(`${m.term}-`));
      if (i >= 0) add(m, `the address is under /${segments.slice(0, i + 1).join('/')}/ (${m.reason})`);
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
    for (const m of lists('types')) if (type === m.term) add(m, `the page declares itself ${t.replace(/^https?:\/\/schema\.org\//, '')} (${m.reason})`);
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
    for (const m of lists('openings')) if (opening.startsWith(m.term)) hits.push({ genre: m.genre as Genre, reason: `the text opens “${text.slice(s.start, s.end).trim().slice(0, 30)}…” (${m.reason})`, weak: m.weak === true });
  }
  return hits;
}

/** How much of the text carries the writer's judgement, and in whose words, from an analysis read as news. */
export function textFigures(text: string, analysis: Analysis): TextFigures {
  const figures: TextFigures = { sentences: 0, judged: 0, own: 0, voice: 0, firstPerson: 0, attributed: 0 };
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
    const attributed = runs.some((r) => ATTRIBUTING.test(r.lower));
    // Anyone's words in the sentence, named or not: what is judged or argued there may be theirs.
    const speech = attributed || quotes.length > 0 || runs.some((r) => SPOKE.has(r.lower)) || TRAILING_SPEECH.test(text.slice(s.start, s.end)) || reportedSpeech(text, s, true).length > 0;
    const leans = judgementScore({ text, start: s.start, end: s.end, runs, quotations: quotes, rules }) >= TEXT_JUDGEMENT_SCORE;
    const judged = editorial || leans;
    const firstPerson = !speech && runs.some((r) => FIRST_PERSON.test(r.lower));
    // A "we", a "you", a question or an exclamation argues only in a sentence that also judges by more than that voice.
    const argues = leans || here.some((f) => f.category === 'editorial' && !SCORER_RULES.has(f.rule) && !NEWSROOM_VOICE_RULES.has(f.rule));
    const shared = argues && here.some((f) => NEWSROOM_VOICE_RULES.has(f.rule));
    if (judged) figures.judged++;
    if (judged && !speech) figures.own++;
    if (!speech && (firstPerson || shared || here.some((f) => WRITER_VOICE_RULES.has(f.rule)))) figures.voice++;
    if (firstPerson) figures.firstPerson++;
    if (attributed) figures.attributed++;
  }
  return figures;
}

/**
 * Whether the text itself argues: the writer judges in their own words often enough, more often than
 * the text says who said what, and argues in their own voice (prescribing, taking a stance, "we",
 * "you", "I") in enough sentences. Each alone is found in news; together they are opinion writing.
 */
function argues(f: TextFigures): boolean {
  if (f.sentences < MIN_TEXT_SENTENCES) return false;
  const judges = f.own / f.sentences >= OWN_JUDGED_SHARE && f.own >= f.attributed;
  const voiced = f.voice >= VOICE_MIN_SENTENCES && f.voice / f.sentences >= VOICE_MIN_SHARE;
  return judges && voiced;
}

/**
 * The page's genre from its metadata and its text. `analysis` is the text's analysis read as news
 * (analyze's default); given, it is not computed again.
 */
export function detectGenre(meta: PageMeta | undefined, text: string, analysis: Analysis = analyze(text)): GenreReading {
  const figures = textFigures(text, analysis);
  const enough = figures.sentences >= MIN_TEXT_SENTENCES;
  const textLine = `the writer judges in their own words in ${figures.own} of ${figures.sentences} sentences, argues in person in ${figures.voice} and attributes ${figures.attributed}`;
  const argued = argues(figures);
  const hits = [...(meta ? metadataHits(meta) : []), ...openingHits(text, analysis)].filter((h) => !h.weak || argued);
  const reading = (genre: Genre, reasons: string[], basis: GenreReading['basis']): GenreReading => ({ genre, opinion: isOpinion(genre), reasons, basis, text: figures });
  if (hits.length > 0) {
    const genre = SPECIFICITY.find((g) => hits.some((h) => h.genre === g))!;
    const reasons = [...new Set(hits.filter((h) => h.genre === genre).map((h) => h.reason))];
    if (enough) reasons.push(textLine);
    return reading(genre, reasons, 'metadata');
  }
  if (argued) {
    const personal = figures.firstPerson / figures.sentences >= PERSONAL_SHARE;
    const reasons = [textLine];
    if (personal) reasons.push(`and speaks as “I” in ${figures.firstPerson} of them`);
    return reading(personal ? 'blog' : 'column', reasons, 'text');
  }
  return reading('news', enough ? [textLine] : [], enough ? 'text' : 'none');
}

/**
 * One line for the reader, or null for news: "Opinion piece (reader letter): the address is under
 * /opinion/letters/ (a letters section); the writer judges in their own words in 6 of 9 sentences, argues in
 * person in 4 and attributes 0."
 */
export function genreSummary(reading: GenreReading): string | null {
  if (reading.genre === 'news') return null;
  const label = GENRE_LABELS[reading.genre];
  const head = reading.opinion ? `Opinion piece (${label.toLowerCase()})` : label;
  return `${head}: ${reading.reasons.join('; ')}.`;
}
