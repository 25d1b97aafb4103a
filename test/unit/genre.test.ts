import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { detectGenre, genreSummary, metadataHits } from '../../src/core/genre';
import markers from '../../src/core/genre-markers.json';

/** A wire report: attributed sentence after sentence. */
const WIRE = [
  'Russian forces struck the city of Dnipro overnight, regional governor Serhiy Lysak said on Tuesday.',
  'Three people were injured and two apartment buildings were damaged, he said.',
  'Ukraine’s air force said it had shot down 24 of the 31 drones launched overnight.',
  'The Russian defence ministry said its forces had hit military targets.',
  'Neither claim could be independently verified, according to the agency.',
  'The strike came a day after talks in Istanbul ended without agreement, officials said.',
].join(' ');

/** A reader's letter: the writer argues, in the first person, and attributes nothing. */
const LETTER = [
  'I have read every promise this government has made about air defence, and I am tired of them.',
  'What Kyiv needs is not another summit but shells.',
  'Half-measures have become the alliance’s habit, and habits are hard to break.',
  'We can afford this, and we know it.',
  'The question is no longer whether Ukraine will get the jets, but why it took so long.',
  'I will keep writing until somebody in Congress listens.',
].join(' ');

describe('detectGenre', () => {
  it.each([
    ['https://www.example.com/opinion/letters/letter-support-ukraine/article_1.html', 'letter'],
    ['https://example.com/opinion/letters_to_editor/keep-helping', 'letter'],
    ['https://example.com/2022/04/08/letter-ukrainians-need-weapons/', 'letter'],
    ['https://example.com/opinion/editorials/aid-package-must-pass', 'editorial'],
    ['https://www.theguardian.com/commentisfree/2023/feb/24/ukraine-one-year', 'column'],
    ['https://example.com/opinions/2022/04/26/biden-owns-this-war/', 'column'],
    ['https://example.com/news/analysis/what-the-strike-means', 'analysis'],
  ])('reads the genre of %s from its address', (url, genre) => {
    expect(detectGenre({ url }, WIRE).genre).toBe(genre);
  });
  it.each([
    [{ title: 'Opinion | The West is running out of excuses' }, 'column'],
    [{ title: 'To the editor: Keep helping Ukraine' }, 'letter'],
    [{ section: 'Letters to the Editor' }, 'letter'],
    [{ types: ['https://schema.org/OpinionNewsArticle'] }, 'column'],
    [{ types: ['AnalysisNewsArticle'] }, 'analysis'],
    [{ genres: ['Opinion'] }, 'column'],
    [{ authors: ['The Editorial Board'] }, 'editorial'],
  ] as const)('reads the genre from metadata %j', (meta, genre) => {
    const reading = detectGenre(meta, WIRE);
    expect(reading.genre).toBe(genre);
    expect(reading.basis).toBe('metadata');
    expect(reading.reasons.length).toBeGreaterThan(0);
  });
  it('prefers the most specific genre: /opinion/letters/ is a letter, not a column', () => {
    const hits = metadataHits({ url: 'https://example.com/opinion/letters/x' }).map((h) => h.genre);
    expect(hits).toEqual(expect.arrayContaining(['column', 'letter']));
    expect(detectGenre({ url: 'https://example.com/opinion/letters/x' }, WIRE).genre).toBe('letter');
  });
  it('reads a wire report without metadata as news, and says why', () => {
    const r = detectGenre(undefined, WIRE);
    expect(r).toMatchObject({ genre: 'news', opinion: false, basis: 'text' });
    expect(r.text.attributed).toBeGreaterThan(r.text.judged);
  });
  it('reads an argued, first-person text without metadata as opinion', () => {
    const r = detectGenre(undefined, LETTER);
    expect(r.opinion).toBe(true);
    expect(r.basis).toBe('text');
    expect(r.text.judged / r.text.sentences).toBeGreaterThanOrEqual(0.5);
  });
  it('knows a letter by its opening', () => {
    expect(detectGenre(undefined, `To the editor: ${LETTER}`).genre).toBe('letter');
  });
  it('needs the text to agree with a blog path (companies put news under /blog/ too)', () => {
    expect(detectGenre({ url: 'https://example.com/blog/strike-on-dnipro' }, WIRE).genre).toBe('news');
    expect(detectGenre({ url: 'https://example.com/blog/my-thoughts' }, LETTER).genre).toBe('blog');
  });
  it('reads a blog host reposting a report as news: the text judges here and there but attributes more', () => {
    const repost = [
      'The governor said three people were injured in the overnight strike on the city.',
      'Emergency services said the fire was put out by the morning.',
      'The regional administration said power had been restored to most homes.',
      'The dictator’s missiles hit a school and a bakery near the river.',
      'The cowardly attack came only hours after the talks in Geneva ended.',
      'Officials told reporters that the repairs would take several weeks.',
    ].join(' ');
    const r = detectGenre({ url: 'https://someone.blogspot.com/2025/03/strike.html' }, repost);
    expect(r.text.judged / r.text.sentences).toBeGreaterThanOrEqual(0.3);
    expect(r.text.attributed).toBeGreaterThan(r.text.judged);
    expect(r.genre).toBe('news');
  });
  it('decides nothing from a text too short to tell', () => {
    expect(detectGenre(undefined, 'What a week.')).toMatchObject({ genre: 'news', basis: 'none', reasons: [] });
  });
  it('reads the analysis it is given instead of analysing again', () => {
    const a = analyze(LETTER);
    expect(detectGenre(undefined, LETTER, a)).toEqual(detectGenre(undefined, LETTER));
    // An analysis that found no sentences leaves nothing to judge the text by.
    expect(detectGenre(undefined, LETTER, { ...a, sentences: [] })).toMatchObject({ genre: 'news', basis: 'none' });
  });
  it('sums itself up for the reader', () => {
    expect(genreSummary(detectGenre({ url: 'https://example.com/opinion/letters/x' }, LETTER))).toMatch(/^Opinion piece \(reader letter\): /);
    expect(genreSummary(detectGenre(undefined, WIRE))).toBeNull();
  });
});

describe('genre markers (data, not code)', () => {
  const GENRES = ['news', 'analysis', 'editorial', 'column', 'letter', 'blog'];
  it.each(Object.entries(markers).filter(([k]) => k !== 'about'))('%s: sorted, lower-case, unique, each with a genre and a reason', (_name, list) => {
    const entries = list as { term: string; genre: string; reason: string }[];
    const terms = entries.map((e) => e.term);
    expect(terms).toEqual([...terms].sort());
    expect(new Set(terms).size).toBe(terms.length);
    for (const e of entries) {
      expect(e.term).toBe(e.term.toLowerCase());
      expect(GENRES).toContain(e.genre);
      expect(e.reason.length, e.term).toBeGreaterThan(5);
    }
  });
});
