import { describe, expect, it } from 'vitest';
import { blocksOf, createBlockAnalysis, MAX_CACHED_BLOCKS } from '../../../src/extension/content/block-analysis';
import type { AnalyzeRequest, AnalyzeResponse } from '../../../src/extension/messages';
import { flag } from './fakes';

const META = { url: 'http://127.0.0.1/opinion/letters/1' };
const LETTER = { genre: 'letter' as const, line: 'Opinion piece (reader letter): the writer argues throughout; the marks show where it is strongest.', reasons: ['the address is under /opinion/letters/'] };

/** A background that flags the first word of each block and records what it was sent. */
function fakeBackground(answer?: (request: AnalyzeRequest) => AnalyzeResponse | undefined) {
  const sent: string[][] = [];
  const send = async (request: AnalyzeRequest): Promise<unknown> => {
    sent.push(request.blocks);
    if (answer) return answer(request);
    const results = request.blocks.map((b) => {
      const word = b.split(' ')[0]!;
      return { flags: [flag('editorial', 'loaded-language', word, 0)], quotations: [{ start: 0, end: word.length, speaker: null, named: false }] };
    });
    return { ok: true, results, notes: { 'loaded-language': 'why' }, ms: 1, genre: request.genre ?? 'letter', genreLine: request.genre ? null : LETTER } satisfies AnalyzeResponse;
  };
  return { sent, send };
}

describe('asking the background for analysis', () => {
  it('cuts the text into blocks at blank lines, with their offsets', () => {
    expect(blocksOf('One line\nsame block\n\nSecond\n\n\nThird')).toEqual([
      { start: 0, text: 'One line\nsame block' },
      { start: 21, text: 'Second' },
      { start: 30, text: 'Third' },
    ]);
  });

  it('sends each new block once and shifts the answers to offsets in the whole text', async () => {
    const bg = fakeBackground();
    const analysis = createBlockAnalysis(bg.send);
    const text = 'Alpha one\n\nBeta two\n\nAlpha one';
    const { flags, quotations } = await analysis.analyse(text, META);
    expect(bg.sent).toEqual([['Alpha one', 'Beta two']]);
    expect(flags.map((f) => [f.cue, f.start, f.end])).toEqual([
      ['Alpha', 0, 5],
      ['Beta', 11, 15],
      ['Alpha', 21, 26],
    ]);
    expect(quotations.map((q) => q.start)).toEqual([0, 11, 21]);
    expect(analysis.whyItMatters('loaded-language')).toBe('why');
    expect(analysis.whyItMatters('emotive-word')).toBeUndefined();
  });

  it('sends only the blocks it has not seen; forget() sends them all again', async () => {
    const bg = fakeBackground();
    const analysis = createBlockAnalysis(bg.send);
    await analysis.analyse('Alpha one\n\nBeta two', META);
    await analysis.analyse('Alpha one\n\nBeta two\n\nGamma three', META);
    await analysis.analyse('Alpha one', META);
    expect(bg.sent).toEqual([['Alpha one', 'Beta two'], ['Gamma three']]);
    analysis.forget();
    await analysis.analyse('Alpha one', META);
    expect(bg.sent.at(-1)).toEqual(['Alpha one']);
  });

  it('starts the cache afresh rather than keep more than its limit', async () => {
    const bg = fakeBackground();
    const analysis = createBlockAnalysis(bg.send);
    const many = Array.from({ length: MAX_CACHED_BLOCKS }, (_, i) => `Block ${i}`).join('\n\n');
    await analysis.analyse(many, META);
    const { flags } = await analysis.analyse('Block 0\n\nBlock new', META);
    // One more block passes the limit: the cache starts afresh with this text's blocks, all sent again.
    expect(bg.sent.at(-1)).toEqual(['Block 0', 'Block new']);
    expect(flags.map((f) => f.start)).toEqual([0, 9]);
    await analysis.analyse('Block 1', META);
    expect(bg.sent.at(-1)).toEqual(['Block 1']);
    await analysis.analyse('Block 0\n\nBlock 1\n\nBlock new', META);
    expect(bg.sent).toHaveLength(3);
  });

  it('sends the page’s metadata and all its blocks first; the answer decides the genre, sent with every later block', async () => {
    const requests: AnalyzeRequest[] = [];
    const bg = fakeBackground();
    const analysis = createBlockAnalysis((r) => (requests.push(r), bg.send(r)));
    const first = await analysis.analyse('Alpha one\n\nBeta two', META);
    expect(first.genre).toEqual(LETTER);
    const later = await analysis.analyse('Alpha one\n\nBeta two\n\nGamma three', META);
    expect(later.genre).toEqual(LETTER);
    expect(requests.map((r) => [r.blocks.length, r.genre ?? null, r.meta?.url])).toEqual([
      [2, null, META.url],
      [1, 'letter', META.url],
    ]);
    // Another address is another page: its genre is decided afresh from all its blocks.
    await analysis.analyse('Alpha one\n\nDelta four', { url: 'http://127.0.0.1/news/1' });
    expect([requests.at(-1)!.blocks.length, requests.at(-1)!.genre]).toEqual([2, undefined]);
  });

  it('fails with the service’s error, or when there is no answer', async () => {
    await expect(createBlockAnalysis(fakeBackground(() => ({ ok: false, error: 'rules broke' })).send).analyse('Text', META)).rejects.toThrow('rules broke');
    await expect(createBlockAnalysis(fakeBackground(() => undefined).send).analyse('Text', META)).rejects.toThrow('no answer from the analysis service');
  });
});
