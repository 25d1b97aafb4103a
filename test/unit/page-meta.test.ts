import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectGenre } from '../../src/core/genre';
import { readPageMeta } from '../../src/dom/page-meta';

function doc(head: string, body = '<p>Text.</p>'): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

describe('readPageMeta', () => {
  it('reads the title, article:section, JSON-LD types, genre and authors', () => {
    const d = doc(`<title>Opinion | The West is running out of excuses</title>
      <meta property="article:section" content="Opinion">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["OpinionNewsArticle"],"genre":"opinion","author":[{"@type":"Person","name":"Jane Doe"}]}]}</script>`);
    expect(readPageMeta(d, 'https://example.com/opinion/2024/05/01/excuses')).toEqual({
      url: 'https://example.com/opinion/2024/05/01/excuses',
      title: 'Opinion | The West is running out of excuses',
      section: 'Opinion',
      types: ['WebPage', 'OpinionNewsArticle'],
      genres: ['opinion'],
      authors: ['Jane Doe'],
    });
  });
  it('reads microdata types and an editorial board byline', () => {
    const d = doc('<title>Keep the aid flowing</title><meta name="author" content="The Editorial Board">', '<article itemscope itemtype="https://schema.org/NewsArticle"><p>Text.</p></article>');
    const meta = readPageMeta(d, 'https://example.com/a');
    expect(meta.types).toEqual(['NewsArticle']);
    expect(meta.authors).toEqual(['The Editorial Board']);
    expect(detectGenre(meta, 'Congress must keep the aid flowing.').genre).toBe('editorial');
  });
  it.each([
    ['<meta property="article:published_time" content="2022-06-01T14:05:00+00:00">', '2022-06-01'],
    ['<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-18T09:30:00Z"}</script>', '2024-11-18'],
    ['<meta name="date" content="not a date">', undefined],
  ])('reads the day the page was published: %s', (head, day) => {
    expect(readPageMeta(doc(head), 'https://example.com/a').published).toBe(day);
  });
  it('skips broken JSON-LD and says nothing it did not find', () => {
    const d = doc('<script type="application/ld+json">{not json</script>');
    expect(readPageMeta(d, undefined)).toEqual({});
  });
});
