import { describe, expect, it } from 'vitest';
import { analyseArticleBlocks } from '../../src/core/article';

const cues = (blocks: string[], analyses: { flags: { rule: string; start: number; end: number }[] }[]) =>
  analyses.map((a, i) => a.flags.map((f) => `${f.rule}:${blocks[i]!.slice(f.start, f.end)}`));

describe('an article read block by block (its paragraphs, as the extension sends them)', () => {
  it('reads the blocks as one text: a source introduced in one paragraph is referred back to in the next', () => {
    const blocks = [
      'A senior military official, speaking on condition of anonymity, described the plan to reporters.',
      'The official said the first shipments would leave within weeks.',
    ];
    const [first, second] = cues(blocks, analyseArticleBlocks(blocks).analyses);
    expect(first!.some((c) => c.startsWith('anonymous-source:'))).toBe(true);
    expect(second).toContain('unnamed-reference:The official said');
  });
  it('gives each block its own offsets, and cuts a flag that crosses a block’s end there', () => {
    const blocks = ['Officials in the region said the strike hit a depot.', 'Critics warn the attacks will continue.'];
    const { analyses } = analyseArticleBlocks(blocks);
    analyses.forEach((a, i) => {
      for (const f of a.flags) expect(f.end).toBeLessThanOrEqual(blocks[i]!.length);
      for (const s of a.sentences) expect(blocks[i]!.slice(s.start, s.end)).toBe(s.text);
    });
    expect(cues(blocks, analyses)[1]!.some((c) => c.startsWith('vague-attribution:Critics warn'))).toBe(true);
  });
});
