import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENABLE_TIMING_MARKS, launchControl, launchWithExtension, readHighlights, type ExtensionBrowser } from '../../scripts/lib/browser';
import { POLL_MS, WAIT_MS } from '../../scripts/lib/waits';
import { startSite, type Site } from '../../scripts/lib/site';

/**
 * npm run e2e:pages: every real page of ../shared/eval/pages with the extension loaded. None is about
 * the war, so ClaimLens must stay quiet and cheap: no highlights, no work past the topic pre-check's
 * path, no error of its own, the DOM unchanged, no request of its own. Read in place, never copied.
 */
const PAGES = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'pages');
const names = existsSync(PAGES) ? readdirSync(PAGES).filter((d) => existsSync(join(PAGES, d, 'source.html'))).sort() : [];
/**
 * What the full content script may do on an off-topic page, where the pre-check that runs on every
 * page handed it over (the prose names both sides of the war): start, and at most extract and gate.
 * Mostly it is never started there, and then the page has no measure of ours at all.
 */
const QUIET_MEASURES = new Set(['claimlens:start', 'claimlens:pregate', 'claimlens:extract', 'claimlens:topic']);

let site: Site;
type Control = Awaited<ReturnType<typeof launchControl>>;
const browsers: { withExt: ExtensionBrowser; withExtNoJs: ExtensionBrowser; plain: Control; plainNoJs: Control } = {} as never;
let plainCtx: BrowserContext;
let plainNoJs: BrowserContext;

beforeAll(async () => {
  if (names.length === 0) return;
  const extraPages: Record<string, string> = {};
  for (const d of names) extraPages[`/eval/${d}.html`] = readFileSync(join(PAGES, d, 'source.html'), 'utf8');
  site = await startSite({ extraPages });
  browsers.withExt = await launchWithExtension();
  await browsers.withExt.worker.evaluate(ENABLE_TIMING_MARKS);
  browsers.withExtNoJs = await launchWithExtension({ javaScriptEnabled: false });
  browsers.plain = await launchControl();
  browsers.plainNoJs = await launchControl({ javaScriptEnabled: false });
  plainCtx = browsers.plain.context;
  plainNoJs = browsers.plainNoJs.context;
  // The pages ask for their images and scripts on the internet: refuse those at once, the same way everywhere.
  for (const ctx of [browsers.withExt.context, browsers.withExtNoJs.context, plainCtx, plainNoJs]) {
    await ctx.route(/^(?!http:\/\/127\.0\.0\.1)https?:/, (route) => route.abort());
  }
});

afterAll(async () => {
  await browsers.withExt?.close();
  await browsers.withExtNoJs?.close();
  await browsers.plain?.close();
  await browsers.plainNoJs?.close();
  await site?.close();
});

interface Visit {
  errors: string[];
  requests: string[];
  html: string;
  page: Page;
}

/**
 * Loads a page and waits on conditions, never on a guessed time: with the page's scripts on, until the
 * network has gone quiet (the page's own requests are compared); with the extension, until a war article
 * opened after it has been painted (by then the extension has dealt with this page as far as it would).
 */
async function visit(ctx: BrowserContext, path: string, until: { networkIdle: boolean; extension?: ExtensionBrowser }): Promise<Visit> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(site.url + path, { waitUntil: until.networkIdle ? 'networkidle' : 'load', timeout: WAIT_MS }).catch(() => undefined);
  if (until.extension) {
    const probe = await until.extension.context.newPage();
    await probe.goto(site.url + site.articlePaths[3]!);
    // Polled from here: with the page's scripts off, a wait inside the page would have no timers to run on.
    await expect.poll(async () => Object.keys(await readHighlights(probe)).length, { timeout: WAIT_MS, interval: POLL_MS }).toBeGreaterThan(0);
    await probe.close();
  }
  const html = await page.evaluate(() => document.body?.innerHTML ?? '');
  return { errors, requests, html, page };
}

const normalise = (errors: string[]) => [...new Set(errors.map((e) => e.replace(/:\d+:\d+/g, '')))].sort();

describe.skipIf(names.length === 0)('real pages from ../shared/eval/pages', () => {
  it.each(names)('%s: quiet, unchanged, no error or request of its own', async (name) => {
    const path = `/eval/${name}.html`;
    // DOM: compared with page scripts off, so that only the extension could change it.
    const a = await visit(browsers.withExtNoJs.context, path, { networkIdle: false, extension: browsers.withExtNoJs });
    const b = await visit(plainNoJs, path, { networkIdle: false });
    expect(a.html).toBe(b.html);
    expect(await readHighlights(a.page)).toEqual({});
    await Promise.all([a.page.close(), b.page.close()]);

    // Errors and requests: with the page's own scripts running, the extension adds none.
    const c = await visit(browsers.withExt.context, path, { networkIdle: true, extension: browsers.withExt });
    const d = await visit(plainCtx, path, { networkIdle: true });
    expect(normalise(c.errors).filter((e) => !normalise(d.errors).includes(e))).toEqual([]);
    expect(c.requests.filter((u) => !u.startsWith(site.url) && !/^https?:/.test(u))).toEqual([]);
    expect(new Set(c.requests.filter((u) => u.startsWith(site.url)))).toEqual(new Set(d.requests.filter((u) => u.startsWith(site.url))));
    expect(await readHighlights(c.page)).toEqual({});
    const measures = await c.page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('claimlens:')));
    for (const m of measures) expect(QUIET_MEASURES.has(m), m).toBe(true);
    await Promise.all([c.page.close(), d.page.close()]);
  });
});
