import { analyze, type Analysis } from './analyze';
import { detectGenre, genreSummary, type GenreReading, type PageMeta } from './genre';
import { asGenreShows } from './news-voice';
import { placesAhead, STORY_LOOK_AHEAD, type PageInfo, type ReferenceIndex } from './reference/check';
import type { Anchor } from './reference/text/anchors';
import { segment } from './segment';
import type { Genre } from './types';

/**
 * An article analysed block by block (the extension sends paragraphs, so that a changing page sends
 * only new ones), with its genre decided once: from the page's metadata, else from how the whole text
 * reads as news. Only an opinion piece is read a second time, with its genre, so that news costs one
 * pass. Later blocks of the same page come with the genre already decided.
 */
export interface ArticleBlocks {
  analyses: Analysis[];
  /** Decided here when no genre was given; null when it was. */
  reading: GenreReading | null;
  genre: Genre;
}

/** How the blocks join into the article's text (the blocks are its paragraphs). */
export const BLOCK_JOINER = '\n\n';

/** One analysis of the joined blocks from the analyses of each: offsets moved, nothing recomputed. */
export function joinAnalyses(blocks: readonly string[], analyses: readonly Analysis[]): { text: string; analysis: Analysis } {
  const joined: Analysis = { sentences: [], quotations: [], flags: [] };
  let offset = 0;
  blocks.forEach((block, i) => {
    const a = analyses[i]!;
    const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + offset, end: x.end + offset });
    joined.sentences.push(...a.sentences.map((s) => ({ ...move(s), text: s.text })));
    joined.quotations.push(...a.quotations.map(move));
    joined.flags.push(...a.flags.map(move));
    offset += block.length + BLOCK_JOINER.length;
  });
  return { text: blocks.join(BLOCK_JOINER), analysis: joined };
}

export function analyseArticleBlocks(
  blocks: readonly string[],
  options: { genre?: Genre; meta?: PageMeta; reference?: ReferenceIndex } = {},
): ArticleBlocks {
  const page: PageInfo = { url: options.meta?.url ?? null, ...(options.meta?.published ? { published: options.meta.published } : {}) };
  const pass = (genre: Genre) => analyseWhole(blocks, genre, page, options.reference) ?? analyseInOrder(blocks, genre, page, options.reference);
  const shown = (analyses: Analysis[], genre: Genre) => analyses.map((a) => asGenreShows(a, genre));
  if (options.genre) return { analyses: shown(pass(options.genre), options.genre), reading: null, genre: options.genre };
  const asNews = pass('news');
  const { text, analysis } = joinAnalyses(blocks, asNews);
  const reading = detectGenre(options.meta, text, analysis);
  return { analyses: reading.opinion ? pass(reading.genre) : shown(asNews, reading.genre), reading, genre: reading.genre };
}

/**
 * The blocks read as one text, as a reader reads them: a source introduced without a name in one
 * paragraph and referred back to in the next ("the official said"), and the story's places, carry over.
 * The analysis is then cut at the blocks again (offsets per block, as the page is painted); a flag that
 * crosses a block's end is cut there. Null when a sentence would cross from one block into the next:
 * then each block is read on its own (analyseInOrder).
 */
function analyseWhole(blocks: readonly string[], genre: Genre, page: PageInfo, reference: ReferenceIndex | undefined): Analysis[] | null {
  if (blocks.length <= 1) return null;
  const whole = analyze(blocks.join(BLOCK_JOINER), { reference, genre, page });
  const out: Analysis[] = [];
  let from = 0;
  for (const block of blocks) {
    const to = from + block.length;
    const within = (x: { start: number; end: number }) => x.start >= from && x.end <= to;
    const touches = (x: { start: number; end: number }) => x.start < to && x.end > from;
    if (whole.sentences.some((x) => touches(x) && !within(x))) return null;
    const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: Math.max(x.start, from) - from, end: Math.min(x.end, to) - from });
    out.push({
      sentences: whole.sentences.filter(within).map(move),
      quotations: whole.quotations.filter(within).map(move),
      flags: whole.flags.filter(touches).map(move),
    });
    from = to + BLOCK_JOINER.length;
  }
  return out;
}

/**
 * Each block with the places the story named in the blocks before it, as one text would be read: a
 * paragraph's "the mall" or its toll with no place of its own is of the place named earlier. The first
 * blocks take the place the article names first (check.ts placesAhead), read over the blocks together.
 */
function analyseInOrder(blocks: readonly string[], genre: Genre, page: PageInfo, reference: ReferenceIndex | undefined): Analysis[] {
  if (!reference) return blocks.map((b) => analyze(b, { page, genre }));
  let story: readonly Anchor[] = articlePlacesAhead(blocks, reference);
  return blocks.map((b) => analyze(b, { reference, genre, page: { ...page, story, storyAfter: (after) => (story = after) } }));
}

/** The place an article names first within its first sentences, however they fall into blocks. */
function articlePlacesAhead(blocks: readonly string[], reference: ReferenceIndex): Anchor[] {
  let left = STORY_LOOK_AHEAD;
  for (const block of blocks) {
    const sentences = segment(block).slice(0, left);
    const places = placesAhead(block, sentences, reference);
    if (places.length > 0) return places;
    left -= sentences.length;
    if (left <= 0) break;
  }
  return [];
}

/** What a reader is told about the page's genre, in one line and its reasons; null for news. */
export interface GenreLine {
  genre: Genre;
  line: string;
  reasons: string[];
}

export function genreLine(reading: GenreReading): GenreLine | null {
  const summary = genreSummary(reading);
  if (!summary) return null;
  const kind = summary.slice(0, summary.indexOf(':'));
  const line = reading.opinion ? `${kind}: the writer argues throughout; the marks show where it is strongest.` : `${kind}.`;
  return { genre: reading.genre, line, reasons: reading.reasons };
}
