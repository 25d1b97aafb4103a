import type { GenreLine } from '../../core/article';
import type { PageMeta } from '../../core/genre';
import type { Flag, Genre, Quotation } from '../../core/types';
import type { AnalyzeRequest, AnalyzeResponse, BlockResult } from '../messages';

/** Block texts remembered with their flags, so that only changed blocks go to the analysis. */
export const MAX_CACHED_BLOCKS = 5_000;

export interface Block {
  start: number;
  text: string;
}

/** The article's blocks (paragraphs) with their offsets: the unit of analysis and of caching. */
export function blocksOf(text: string): Block[] {
  const out: Block[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, text: m[0] });
  return out;
}

export interface BlockAnalysis {
  /**
   * The flags and quotations of the whole text, offsets into it; only blocks not seen before are
   * sent. The first request of a page sends its metadata and all its blocks, and the answer decides
   * the page's genre; later requests send it, so that late paragraphs are read the same way.
   */
  analyse(text: string, meta: PageMeta): Promise<{ flags: Flag[]; quotations: Quotation[]; genre: GenreLine | null }>;
  /** Forgets every block and the page's genre (other reference sets, another article). */
  forget(): void;
  /** "Why it matters" for a rule, as the background sent it with the flags. */
  whyItMatters(rule: string): string | undefined;
}

/**
 * Asking the background for analysis: the page's text goes to the extension's own worker block by
 * block, and the answers are cached by block text, so that a changing page sends only new paragraphs.
 */
export function createBlockAnalysis(send: (request: AnalyzeRequest) => Promise<unknown>): BlockAnalysis {
  const cache = new Map<string, BlockResult>();
  const notes = new Map<string, string>();
  /** The page's genre, once an answer decided it (and for which address). */
  let page: { url: string | undefined; genre: Genre; line: GenreLine | null } | null = null;

  async function fetchMissing(blocks: readonly Block[], meta: PageMeta): Promise<void> {
    if (page && page.url !== meta.url) forget();
    const texts = [...new Set(blocks.map((b) => b.text))];
    let missing = texts.filter((t) => !cache.has(t));
    if (missing.length === 0) return;
    // Past the limit the cache starts afresh, and then every block of this text is missing; so is
    // every block while the page's genre is not decided (the whole article decides it).
    const full = cache.size + missing.length > MAX_CACHED_BLOCKS || !page;
    if (full) missing = texts;
    const request: AnalyzeRequest = page ? { type: 'claimlens:analyze', blocks: missing, genre: page.genre, meta } : { type: 'claimlens:analyze', blocks: missing, meta };
    const response = (await send(request)) as AnalyzeResponse | undefined;
    if (!response) throw new Error('no answer from the analysis service');
    if (!response.ok) throw new Error(response.error);
    if (full) cache.clear();
    page ??= { url: meta.url, genre: response.genre, line: response.genreLine };
    missing.forEach((t, i) => cache.set(t, response.results[i]!));
    for (const rule in response.notes) notes.set(rule, response.notes[rule]!);
  }

  function forget(): void {
    cache.clear();
    page = null;
  }

  return {
    async analyse(text, meta) {
      const blocks = blocksOf(text);
      await fetchMissing(blocks, meta);
      const flags: Flag[] = [];
      const quotations: Quotation[] = [];
      for (const b of blocks) {
        const r = cache.get(b.text)!;
        for (const f of r.flags) flags.push({ ...f, start: f.start + b.start, end: f.end + b.start });
        for (const q of r.quotations) quotations.push({ ...q, start: q.start + b.start, end: q.end + b.start });
      }
      return { flags, quotations, genre: page?.line ?? null };
    },
    forget,
    whyItMatters: (rule) => notes.get(rule),
  };
}
