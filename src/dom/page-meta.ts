import type { PageMeta } from '../core/genre';

/**
 * Reads what a page says about itself for the genre check (src/core/genre.ts): its address, title,
 * Open Graph `article:section`, schema.org types and genre (JSON-LD and microdata), and its bylines.
 * Only what the page states; the decision is the core's. Works on a real document and on linkedom's.
 */

/** JSON-LD blocks larger than this are not article metadata (some sites inline whole app states). */
const MAX_JSON_LD_CHARS = 200_000;
/** JSON-LD of an article nests a few levels (graph, article, author); deeper is not about the page. */
const MAX_JSON_LD_DEPTH = 4;
/** Bylines longer than this are not a name: a paragraph marked up as the author's bio. */
const MAX_BYLINE_CHARS = 120;

const content = (el: Element | null): string | undefined => el?.getAttribute('content')?.trim() || undefined;

export function readPageMeta(doc: Document, url: string | undefined = doc.location?.href): PageMeta {
  const types = new Set<string>();
  const genres = new Set<string>();
  const authors = new Set<string>();
  let section = content(doc.querySelector('meta[property="article:section"], meta[name="article:section"]'));
  let published = isoDay(content(doc.querySelector(PUBLISHED_META)) ?? doc.querySelector('time[itemprop="datePublished"]')?.getAttribute('datetime') ?? undefined);

  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // a page's broken JSON-LD is its own problem
    }
    walkJsonLd(data, (node) => {
      for (const t of strings(node['@type'])) types.add(t);
      for (const g of strings(node.genre)) genres.add(g);
      if (!section) section = strings(node.articleSection)[0];
      if (!published) published = isoDay(strings(node.datePublished)[0]);
      for (const a of [node.author].flat()) {
        const name = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as JsonObject).name : undefined;
        if (typeof name === 'string' && name.trim()) authors.add(name.trim());
      }
    });
  }
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (t) types.add(t.replace(/^https?:\/\/schema\.org\//, ''));
  }
  for (const el of doc.querySelectorAll('[itemprop="genre"]')) {
    const g = content(el) ?? el.textContent?.trim();
    if (g) genres.add(g);
  }
  const byline = [
    content(doc.querySelector('meta[name="author"]')),
    content(doc.querySelector('meta[property="article:author"]')),
    ...[...doc.querySelectorAll('[rel="author"], [itemprop="author"], .byline')].map((el) => el.textContent?.replace(/\s+/g, ' ').trim()),
  ];
  for (const b of byline) if (b && b.length <= MAX_BYLINE_CHARS) authors.add(b);

  const title = content(doc.querySelector('meta[property="og:title"]')) ?? (doc.title?.trim() || undefined);
  return {
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(section ? { section } : {}),
    ...(types.size ? { types: [...types] } : {}),
    ...(genres.size ? { genres: [...genres] } : {}),
    ...(authors.size ? { authors: [...authors] } : {}),
    ...(published ? { published } : {}),
  };
}

/** Where pages state when they were published: Open Graph, schema.org microdata, and the common meta names. */
const PUBLISHED_META = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]'].join(', ');

/** The day (YYYY-MM-DD) a date-time value starts with ("2024-11-18T09:30:00Z"); undefined when it has none. */
function isoDay(value: string | undefined): string | undefined {
  return /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1];
}

type JsonObject = Record<string, unknown>;

/** Every object of a JSON-LD document, through arrays and `@graph`. */
function walkJsonLd(data: unknown, visit: (node: JsonObject) => void, depth = 0): void {
  if (depth > MAX_JSON_LD_DEPTH || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) walkJsonLd(d, visit, depth + 1);
    return;
  }
  const node = data as JsonObject;
  visit(node);
  if (node['@graph']) walkJsonLd(node['@graph'], visit, depth + 1);
}

function strings(v: unknown): string[] {
  return [v].flat().filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
}
