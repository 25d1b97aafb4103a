import { buildTextMap, type TextMap } from './textmap';

/**
 * Finds the article's main text on a page and builds its text map. Shared by the content script
 * (real DOM) and the CLI (linkedom), so it uses only DOM features both have and asks the browser
 * for computed styles only where they exist.
 */

/** Never article text: code, media, forms and embedded documents. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'MATH', 'VIDEO',
  'AUDIO', 'PICTURE', 'IMG', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'LABEL', 'NAV', 'ASIDE', 'FIGCAPTION',
  'DIALOG', 'HEAD', 'TITLE', 'META', 'LINK',
]);
/** Site chrome, unless it sits inside the article itself (an article's own header holds its headline). */
const CHROME_TAGS = new Set(['HEADER', 'FOOTER']);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert', 'menu', 'menubar', 'toolbar']);
/** Selectors for the explicit article containers, best first. */
const ARTICLE_SELECTOR = 'article, main, [role="main"], [itemprop="articleBody"]';
/** Below this many characters of paragraph text a container is not the article. */
const MIN_ARTICLE_CHARS = 200;
/** Paragraph-like blocks whose text counts towards a container's density score. */
const PARAGRAPH_SELECTOR = 'p, h1, h2, h3, li, blockquote, pre';

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return (el as HTMLElement).isContentEditable === true;
}

function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function isHiddenByStyle(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  try {
    const cs = view.getComputedStyle(el);
    return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';
  } catch {
    return false;
  }
}

export function shouldSkip(el: Element, articleRoot: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (CHROME_TAGS.has(tag) && !el.closest('article')) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el !== articleRoot && el.getAttribute('contenteditable') !== null && isEditable(el)) return true;
  if (isHiddenByAttributes(el)) return true;
  return isHiddenByStyle(el);
}

function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll(PARAGRAPH_SELECTOR)) n += (p.textContent ?? '').trim().length;
  return n;
}

function inSkippedRegion(el: Element): boolean {
  return el.closest('nav, aside, footer, [role="navigation"], [role="complementary"], [contenteditable=""], [contenteditable="true"]') !== null;
}

/** The element that holds the article: an explicit container, else the densest block of paragraphs. */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  let best: Element | null = null;
  let bestChars = 0;
  for (const el of doc.querySelectorAll(ARTICLE_SELECTOR)) {
    if (inSkippedRegion(el)) continue;
    const chars = paragraphChars(el);
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  if (best && bestChars >= MIN_ARTICLE_CHARS) return best;

  // Text density, in the manner of Readability: each paragraph scores its parent fully and its
  // grandparent half, so the container of many paragraphs wins over a single long one.
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    if (inSkippedRegion(p)) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  return top ?? body;
}

export interface Extraction {
  root: Element;
  map: TextMap;
}

/** The article's text map, or null when the page has no body (a frameset, an SVG document). */
export function extractArticle(doc: Document): Extraction | null {
  const root = findArticleRoot(doc);
  if (!root) return null;
  if (isEditable(root)) return { root, map: { text: '', segments: [] } };
  const map = buildTextMap(root, { skip: (el) => shouldSkip(el, root) });
  return { root, map };
}

/** Where article prose lives; reading these is far cheaper than walking every text node. */
const PROSE_TAGS = ['h1', 'h2', 'p'];
/** Per tag, how many elements the pre-check reads: a war article names the war well before this. */
const MAX_PROSE_ELEMENTS = 120;
/** Characters of prose the pre-check reads at most (about 3,000 words: an article's opening, a live blog's first updates). */
const MAX_PROSE_CHARS = 20_000;
/** Fewer paragraphs than this and the page keeps its text in divs: read the body instead. */
const MIN_PARAGRAPHS = 3;

/**
 * The page's prose for the topic pre-check, piece by piece: the title, headings and paragraphs,
 * without extraction, computed styles or layout. A page that keeps its text outside paragraphs is
 * read whole. Cheap enough to run on every page (measured: a few milliseconds on megabyte pages).
 * The element lists are live collections read by index and never asked their length: a length is a
 * walk of the whole document, an index only walks as far as it reads. A plain list, not a generator:
 * the check reads every piece, and this runs once on every page, where each function's first call
 * is compiled (a generator's machinery costs more there than it saves).
 */
export function quickPageText(doc: Document): string[] {
  const pieces = [doc.title];
  const body = doc.body;
  if (!body) return pieces;
  if (!body.getElementsByTagName('p')[MIN_PARAGRAPHS - 1]) {
    pieces.push((body.textContent ?? '').slice(0, MAX_PROSE_CHARS));
    return pieces;
  }
  let chars = 0;
  for (const tag of PROSE_TAGS) {
    const els = body.getElementsByTagName(tag);
    for (let i = 0; i < MAX_PROSE_ELEMENTS && chars < MAX_PROSE_CHARS; i++) {
      const el = els[i];
      if (!el) break;
      const text = el.textContent ?? '';
      chars += text.length;
      pieces.push(text);
    }
  }
  return pieces;
}
