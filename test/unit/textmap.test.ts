import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, findArticleRoot } from '../../src/dom/extract';
import { resolveSpan } from '../../src/dom/textmap';

function doc(body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
}

/** The text between two resolved node positions, read from the DOM (linkedom has no Range.toString). */
function domText(d: Document, span: NonNullable<ReturnType<typeof resolveSpan>>): string {
  const nodes: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) nodes.push(c as Text);
      else walk(c);
    }
  };
  walk(d.body);
  const a = nodes.indexOf(span.start.node);
  const b = nodes.indexOf(span.end.node);
  if (a === b) return span.start.node.data.slice(span.start.offset, span.end.offset);
  return [span.start.node.data.slice(span.start.offset), ...nodes.slice(a + 1, b).map((n) => n.data), span.end.node.data.slice(0, span.end.offset)].join('');
}

const ARTICLE = `<header><nav><a>Home</a> <a>Critics warn</a></nav></header>
<main><article>
  <h1>Biden approves   missiles</h1>
  <p>The   White House <b>has not</b> yet
     confirmed the reports.</p>
  <p>Critics warn<br>of escalation.</p>
  <figure><img src="x.png"><figcaption>Reportedly a photo</figcaption></figure>
  <script>var reportedly = 1;</script><style>p{}</style>
  <p hidden>Obviously hidden.</p><p style="display: none">Undoubtedly hidden.</p>
  <div contenteditable="true">Of course editable.</div>
  <textarea>Clearly a form field.</textarea>
  <aside>Analysts speculate in the sidebar.</aside>
</article></main>
<footer>Reportedly the footer.</footer>`;

describe('text map', () => {
  const d = doc(ARTICLE);
  const ex = extractArticle(d)!;
  it('collapses white space, separates blocks with blank lines and keeps <br> as a line break', () => {
    expect(ex.map.text).toBe('Biden approves missiles\n\nThe White House has not yet confirmed the reports.\n\nCritics warn\nof escalation.');
  });
  it('leaves out navigation, captions, scripts, styles, hidden elements, form fields, editable regions and asides', () => {
    for (const gone of ['Home', 'Reportedly', 'reportedly', 'hidden', 'editable', 'form field', 'sidebar', 'footer']) {
      expect(ex.map.text).not.toContain(gone);
    }
  });
  it('maps every span back to the same text in the DOM', () => {
    const text = ex.map.text;
    for (const phrase of ['White House has not yet confirmed', 'approves missiles', 'reports.', 'Critics warn', 'of escalation']) {
      const start = text.indexOf(phrase);
      const span = resolveSpan(ex.map, start, start + phrase.length)!;
      expect(span, phrase).not.toBeNull();
      expect(domText(d, span).replace(/\s+/g, ' ')).toBe(phrase);
    }
  });
  it('maps a span that crosses a block boundary to both blocks', () => {
    const text = ex.map.text;
    const start = text.indexOf('missiles');
    const end = text.indexOf('The White') + 3;
    const span = resolveSpan(ex.map, start, end)!;
    expect(span.start.node.data).toContain('missiles');
    expect(span.end.node.data).toContain('The');
  });
  it('returns null for an empty or out-of-range span', () => {
    expect(resolveSpan(ex.map, 5, 5)).toBeNull();
    expect(resolveSpan(ex.map, 10_000, 10_010)).toBeNull();
  });
});

describe('article root', () => {
  it('prefers the article with the most paragraph text', () => {
    const d = doc(`<article id="teaser"><p>${'Short teaser text. '.repeat(3)}</p></article><article id="main"><p>${'Long article text about the war. '.repeat(20)}</p></article>`);
    expect(findArticleRoot(d)!.id).toBe('main');
  });
  it('falls back to text density when there is no article element', () => {
    const d = doc(`<div id="menu"><p>Menu</p></div><div id="content"><div id="story">${'<p>Paragraph of the story with enough words in it.</p>'.repeat(8)}</div></div><div id="side"><p>${'Side note. '.repeat(3)}</p></div>`);
    expect(findArticleRoot(d)!.id).toBe('story');
  });
  it('ignores an article inside an aside', () => {
    const d = doc(`<aside><article id="promo"><p>${'Promo text here. '.repeat(30)}</p></article></aside><div id="body">${'<p>The real story is here and it is long enough.</p>'.repeat(6)}</div>`);
    expect(findArticleRoot(d)!.id).toBe('body');
  });
});

describe('quick page text', () => {
  it('reads the title, headings and paragraphs, not scripts or form values', async () => {
    const { quickPageText } = await import('../../src/dom/extract');
    const d = parseHTML('<html><head><title>Kyiv today</title></head><body><h2>Odesa</h2><p>Ukraine said</p><p>more</p><p>end</p><script>var ukraine = 1;</script><textarea>Kharkiv</textarea></body></html>').document as unknown as Document;
    const text = [...quickPageText(d)].join(' ');
    for (const t of ['Kyiv today', 'Odesa', 'Ukraine said']) expect(text).toContain(t);
    expect(text).not.toMatch(/var ukraine|Kharkiv/);
  });
  it('reads the whole body of a page that keeps its text in divs', async () => {
    const { quickPageText } = await import('../../src/dom/extract');
    const d = parseHTML('<html><head><title>t</title></head><body><div>Kyiv and Kharkiv</div></body></html>').document as unknown as Document;
    expect([...quickPageText(d)].join(' ')).toContain('Kyiv and Kharkiv');
  });
});
