import { describe, expect, it } from 'vitest';
import { analyseArticleBlocks } from '../../src/core/article';
import { analyze } from '../../src/core/analyze';
import { asGenreShows, NEWSROOM_VOICE_RULES } from '../../src/core/news-voice';
import { bundledReference } from '../../src/core/reference/bundled';

const rules = (flags: readonly { rule: string }[]) => flags.map((f) => f.rule);
const NEWSROOM = 'We will keep updating this page as the story develops. You can follow our live coverage of the war here.';

describe('the newsroom’s own voice on a page read as news', () => {
  it('is not editorial there: its "we" and "you" are the outlet serving its readers', () => {
    const flagged = analyze(NEWSROOM).flags.filter((f) => NEWSROOM_VOICE_RULES.has(f.rule));
    expect(flagged.length).toBeGreaterThan(0);
    expect(rules(asGenreShows(analyze(NEWSROOM), 'news').flags).filter((r) => NEWSROOM_VOICE_RULES.has(r))).toEqual([]);
  });
  it('stays marked in opinion writing, where the same voice argues', () => {
    const letter = analyze(NEWSROOM, { genre: 'letter' });
    expect(asGenreShows(letter, 'letter')).toBe(letter);
  });
  it('keeps every other flag of a news page', () => {
    const text = `${NEWSROOM} Officials said, without offering evidence, that the disastrous strike was reportedly aimed at a depot.`;
    const all = analyze(text).flags.filter((f) => !NEWSROOM_VOICE_RULES.has(f.rule));
    expect(asGenreShows(analyze(text), 'news').flags).toEqual(all);
  });
  it('does not make a sentence of news an opinion the reference check passes over', () => {
    const text = 'We will keep updating this page: the United States never allowed Ukraine to strike inside Russia with ATACMS.';
    const reference = bundledReference();
    const flags = analyze(text, { reference }).flags;
    expect(flags.map((f) => f.rule)).toContain('first-person-plural');
    expect(flags.filter((f) => f.rule.startsWith('reference-')).map((f) => f.category)).toContain('conflict');
  });
  it('is dropped by the article pipeline once the page reads as news', () => {
    const { genre, analyses } = analyseArticleBlocks([NEWSROOM, 'A Russian missile struck a shopping mall in Kremenchuk on Monday, officials said.']);
    expect(genre).toBe('news');
    expect(analyses.flatMap((a) => rules(a.flags)).filter((r) => NEWSROOM_VOICE_RULES.has(r))).toEqual([]);
  });
});
