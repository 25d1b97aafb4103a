import type { Flag, Quotation } from '../../core/types';
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
  /** The flags and quotations of the whole text, offsets into it; only blocks not seen before are sent. */
  analyse(text: string): Promise<{ flags: Flag[]; quotations: Quotation[] }>;
  /** Forgets every block (other reference sets give other reference flags). */
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

  async function fetchMissing(blocks: readonly Block[]): Promise<void> {
    const texts = [...new Set(blocks.map((b) => b.text))];
    let missing = texts.filter((t) => !cache.has(t));
    if (missing.length === 0) return;
    // Past the limit the cache starts afresh, and then every block of this text is missing.
    const full = cache.size + missing.length > MAX_CACHED_BLOCKS;
    if (full) missing = texts;
    const response = (await send({ type: 'claimlens:analyze', blocks: missing })) as AnalyzeResponse | undefined;
    if (!response) throw new Error('no answer from the analysis service');
    if (!response.ok) throw new Error(response.error);
    if (full) cache.clear();
    missing.forEach((t, i) => cache.set(t, response.results[i]!));
    for (const rule in response.notes) notes.set(rule, response.notes[rule]!);
  }

  return {
    async analyse(text) {
      const blocks = blocksOf(text);
      await fetchMissing(blocks);
      const flags: Flag[] = [];
      const quotations: Quotation[] = [];
      for (const b of blocks) {
        const r = cache.get(b.text)!;
        for (const f of r.flags) flags.push({ ...f, start: f.start + b.start, end: f.end + b.start });
        for (const q of r.quotations) quotations.push({ ...q, start: q.start + b.start, end: q.end + b.start });
      }
      return { flags, quotations };
    },
    forget: () => cache.clear(),
    whyItMatters: (rule) => notes.get(rule),
  };
}
