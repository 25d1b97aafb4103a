import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { escapeHtml } from '../../src/core/report';

/**
 * A local news site on 127.0.0.1 that serves the four reference articles as ordinary news pages,
 * with the chrome real sites have (navigation, a "most read" aside, a footer, a comment box), plus
 * an off-topic article. Used by the demo and the end-to-end tests.
 */
export const ARTICLES_DIR = join(import.meta.dirname, '..', '..', 'assets', 'reference', 'articles');

export interface ArticleMeta {
  file: string;
  title: string;
  outlet: string | null;
  published: string;
}

export function loadArticles(dir = ARTICLES_DIR): { meta: ArticleMeta; text: string }[] {
  const index = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as { articles: ArticleMeta[] };
  return index.articles.map((meta) => ({ meta, text: readFileSync(join(dir, meta.file), 'utf8') }));
}


/** The article body as paragraphs; the text's first line is its headline. */
function articleHtml(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const [headline, ...rest] = lines;
  return [`<h1>${escapeHtml(headline ?? '')}</h1>`, ...rest.map((l) => `<p>${escapeHtml(l)}</p>`)].join('\n');
}

function page(title: string, body: string, dark = false): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body { font: 18px/1.6 Georgia, serif; margin: 0; ${dark ? 'background:#111;color:#eee;' : 'background:#fff;color:#222;'} }
.site-header, .site-footer { background: ${dark ? '#222' : '#f2f2f2'}; padding: 10px 24px; font: 14px system-ui, sans-serif; }
nav a { margin-right: 14px; color: inherit; }
.layout { display: flex; gap: 32px; max-width: 1080px; margin: 0 auto; padding: 24px; }
article { flex: 3; } aside { flex: 1; font: 14px system-ui, sans-serif; }
h1 { font-size: 30px; line-height: 1.2; }
textarea { width: 100%; height: 60px; }
</style></head>
<body>
<header class="site-header"><strong>The Local Ledger</strong>
<nav><a href="/">Home</a><a href="/">World</a><a href="/">Politics</a><a href="/">Opinion: Critics warn of everything</a></nav></header>
<div class="layout">
<article>
${body}
</article>
<aside><h2>Most read</h2><ul><li>Analysts speculate about the weekend weather</li><li>Reportedly, the bakery is closing</li></ul></aside>
</div>
<section class="comments"><h2>Comments</h2><div contenteditable="true">Obviously this is a disastrous decision, critics warn.</div><textarea>Undoubtedly reckless.</textarea></section>
<footer class="site-footer">© The Local Ledger. Reportedly the best newspaper in town.</footer>
</body></html>`;
}

export const OFF_TOPIC_TEXT = `City council approves new bicycle lanes
The city council voted on Tuesday to add twelve kilometres of protected bicycle lanes downtown.
The plan, which costs 4 million dollars, was approved by seven votes to two after a long debate.
Construction is expected to begin in the spring and to last about eight months, the transport office said.
Critics warn that the lanes will slow traffic, and some say the plan is obviously rushed.
Residents can comment on the detailed route at the public library until the end of the month.`;

export interface Site {
  url: string;
  /** Paths of the article pages, in articles.json order. */
  articlePaths: string[];
  offTopicPath: string;
  close(): Promise<void>;
}

export async function startSite(options: { dark?: boolean; extraPages?: Record<string, string> } = {}): Promise<Site> {
  const extra = new Map(Object.entries(options.extraPages ?? {}));
  const articles = loadArticles();
  const pages = new Map<string, string>();
  const articlePaths: string[] = [];
  for (const { meta, text } of articles) {
    const path = `/articles/${meta.file.replace(/\.txt$/, '')}.html`;
    articlePaths.push(path);
    pages.set(path, page(meta.title, articleHtml(text), options.dark));
  }
  pages.set('/off-topic.html', page('City council approves new bicycle lanes', articleHtml(OFF_TOPIC_TEXT), options.dark));
  pages.set(
    '/',
    page('The Local Ledger', `<h1>The Local Ledger</h1>\n${articles.map((a, i) => `<p><a href="${articlePaths[i]}">${escapeHtml(a.meta.title)}</a></p>`).join('\n')}`),
  );
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const html = pages.get(path) ?? extra.get(path);
    if (!html) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    articlePaths,
    offTopicPath: '/off-topic.html',
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
