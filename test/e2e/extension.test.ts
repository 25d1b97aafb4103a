import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureChromium } from '../../scripts/lib/chromium';
import { launchWithExtension, openExtensionPage, resetExtension, readHighlights, tabIdOf as tabIdOfShared, waitForHighlights, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startSite, type Site } from '../../scripts/lib/site';
import { CATEGORIES } from '../../src/core/categories';
import { becomeWarArticle, lateArticleParagraphs } from '../support/late-article';

/**
 * The whole extension in Chromium: built from .output/chrome-mv3 (npm run test:e2e builds it first),
 * on the local news site that serves the reference articles.
 */
/** The slice of the extension API used inside the service worker in these tests. */
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

let site: Site;
let ext: ExtensionBrowser;
const requests: string[] = [];
const problems: string[] = [];

function watch(page: Page): Page {
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return page;
}

async function openArticle(path: string): Promise<Page> {
  const page = watch(await ext.context.newPage());
  await page.goto(site.url + path);
  return page;
}

const tabIdOf = (page: Page) => tabIdOfShared(ext, page);
const openPopup = async (tabId: number) => {
  const popup = watch(await openExtensionPage(ext, 'popup.html', tabId));
  await popup.waitForSelector('#categories');
  return popup;
};

beforeAll(async () => {
  site = await startSite();
  ext = await launchWithExtension();
  ext.context.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

// Each test starts from a fresh install's settings and no open page: no test depends on another.
beforeEach(async () => {
  await resetExtension(ext);
});

/**
 * The extension has dealt with everything before this point: a war article opened now is painted only
 * after the pages opened earlier went through the same pre-check, hand-over and analysis. What stays
 * quiet up to here is quiet, without guessing how long "long enough" is on a busy machine.
 */
async function barrier(): Promise<void> {
  const probe = await openArticle(site.articlePaths[3]!);
  expect(await waitForHighlights(probe)).toBe(true);
  await probe.close();
}

describe('ClaimLens in Chromium', () => {
  it('registers the expected categories in CSS.highlights over the expected text', async () => {
    const page = await openArticle(site.articlePaths[2]!); // 002: the opinionated Trump passages
    expect(await waitForHighlights(page)).toBe(true);
    const h = await readHighlights(page);
    expect(h.attribution).toEqual(expect.arrayContaining(['Analysts speculate', 'critics warn', 'is widely expected']));
    expect(h.editorial).toEqual(expect.arrayContaining(['foisting', 'disastrous', 'sacrifice Ukraine', 'Trump has been weak']));
    expect(h.emotive).toEqual(['disastrous']);
    expect(h.unverified).toEqual(expect.arrayContaining(['one official describing']));
    // Quoted words of named speakers are not the outlet's voice.
    expect(Object.values(h).flat()).not.toContain('fuel to the fire');
    // Nothing from the site's navigation, aside, comments or footer.
    const all = Object.values(h).flat().join(' | ');
    expect(all).not.toMatch(/Reportedly|Obviously|Undoubtedly|Analysts speculate about/);
    // Nothing of ours in the page's performance timeline, which its own analytics can read.
    expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('claimlens')).length)).toBe(0);
    await page.close();
  });

  it('paints unverified claims on the unconfirmed ATACMS report', async () => {
    const page = await openArticle(site.articlePaths[1]!);
    expect(await waitForHighlights(page)).toBe(true);
    const h = await readHighlights(page);
    expect(h.unverified).toEqual(expect.arrayContaining(['have not yet confirmed', 'reportedly', 'if confirmed', 'two anonymous U.S. officials confirmed']));
    expect(h.attribution).toEqual(expect.arrayContaining(['experts warn']));
    expect(h.editorial).toEqual(expect.arrayContaining(['undoubtedly']));
    await page.close();
  });

  it('paints reference conflicts: a superseded position (000) and a contested scope (001)', async () => {
    const old = await openArticle(site.articlePaths[0]!);
    expect(await waitForHighlights(old)).toBe(true);
    await expect.poll(async () => (await readHighlights(old)).conflict ?? []).toEqual(
      expect.arrayContaining(['not going to send Ukraine rocket systems that strike into Russia']),
    );
    // supported and uncovered are off by default
    expect(Object.keys(await readHighlights(old))).not.toContain('supported');
    await old.close();
    const page = await openArticle(site.articlePaths[1]!);
    expect(await waitForHighlights(page)).toBe(true);
    expect((await readHighlights(page)).conflict).toEqual(expect.arrayContaining(['outside the Kursk region']));
    await page.close();
  });

  it('leaves an off-topic page alone, and "analyse this page anyway" analyses it', async () => {
    const page = await openArticle(site.offTopicPath);
    await barrier();
    expect(await readHighlights(page)).toEqual({});
    const popup = await openPopup(await tabIdOf(page));
    await expect.poll(() => popup.locator('#page-note').textContent()).toContain('does not look like news about the Russia');
    await popup.click('#analyse-anyway');
    expect(await waitForHighlights(page)).toBe(true);
    expect(Object.values(await readHighlights(page)).flat().length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('starts only the pre-check on an off-topic page, and the full script when war news arrives later', async () => {
    const page = await openArticle(site.offTopicPath);
    await barrier();
    const tabId = await tabIdOf(page);
    // Nothing answers in the tab: the full content script was never started there.
    const answers = () =>
      ext.worker.evaluate(async (id) => {
        try {
          return Boolean(await chrome.tabs.sendMessage(id, { type: 'claimlens:get-state' }));
        } catch {
          return false;
        }
      }, tabId);
    expect(await answers()).toBe(false);
    // An article that the page's scripts add later (a single-page site): the pre-check looks again.
    await page.evaluate(becomeWarArticle, lateArticleParagraphs());
    expect(await waitForHighlights(page)).toBe(true);
    expect(await answers()).toBe(true);
    await page.close();
  });

  it('"analyse every article" starts the full script on every page through one registration, and removes it when off', async () => {
    const registered = () =>
      ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches ?? []));
    const setEvery = (on: boolean) =>
      ext.worker.evaluate(async (v) => {
        const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), analyseEveryArticle: v, version: 1 } });
      }, on);
    // A fresh install's settings: the background drops any registration it had.
    await expect.poll(registered).toEqual([]);
    await setEvery(true);
    await expect.poll(registered).toEqual([['http://*/*', 'https://*/*']]);
    const page = await openArticle(site.offTopicPath);
    expect(await waitForHighlights(page)).toBe(true);
    await page.close();
    await setEvery(false);
    await expect.poll(registered).toEqual([]);
  });

  it('popup: toggles, swatches, descriptions and counts; toggling removes and restores highlights live', async () => {
    const page = await openArticle(site.articlePaths[2]!);
    expect(await waitForHighlights(page)).toBe(true);
    const popup = await openPopup(await tabIdOf(page));
    for (const c of CATEGORIES) {
      await expect.poll(() => popup.locator(`#cat-${c.id}`).isChecked()).toBe(c.defaultEnabled);
      expect(await popup.locator(`label[for="cat-${c.id}"]`).textContent()).toContain(c.label);
      expect(await popup.locator(`#cat-${c.id}-desc`).textContent()).toBe(c.description);
    }
    const counts = await popup.locator('[data-count]').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);

    await popup.locator('#cat-editorial').uncheck();
    await expect.poll(async () => Object.keys(await readHighlights(page))).not.toContain('editorial');
    expect(Object.keys(await readHighlights(page))).toEqual(expect.arrayContaining(['attribution', 'emotive']));
    await popup.locator('#cat-editorial').check();
    await expect.poll(async () => Object.keys(await readHighlights(page))).toContain('editorial');

    // The master switch removes everything and brings it back.
    await popup.locator('#master').uncheck();
    await expect.poll(async () => Object.keys(await readHighlights(page)).length).toBe(0);
    await popup.locator('#master').check();
    await expect.poll(async () => Object.keys(await readHighlights(page)).length).toBeGreaterThan(2);
    // Keyboard: the toggles are reachable with Tab and switch with Space (once the redraw has enabled them).
    await expect.poll(() => popup.locator('#cat-emotive').isEnabled()).toBe(true);
    await popup.locator('#cat-emotive').focus();
    await popup.keyboard.press('Space');
    await expect.poll(async () => Object.keys(await readHighlights(page))).not.toContain('emotive');
    // A key pressed while the popup redraws lands on a control being replaced: wait for the redraw.
    await expect.poll(() => popup.locator('[aria-busy]').count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('cat-emotive');
    await popup.keyboard.press('Space');
    await expect.poll(async () => Object.keys(await readHighlights(page))).toContain('emotive');
    await popup.close();
    await page.close();
  });

  it('does not modify the page: body.innerHTML is the same with and without the extension', async () => {
    const page = await openArticle(site.articlePaths[0]!);
    expect(await waitForHighlights(page)).toBe(true);
    const withExtension = await page.evaluate(() => document.body.innerHTML);
    const plain = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const p2 = await plain.newPage();
    await p2.goto(site.url + site.articlePaths[0]);
    const without = await p2.evaluate(() => document.body.innerHTML);
    await plain.close();
    expect(withExtension).toBe(without);
    await page.close();
  });

  it('makes no request beyond 127.0.0.1 and raises no error', async () => {
    // Traffic of its own (with whatever the tests before it caused): a page, the popup, the background's work.
    const page = await openArticle(site.articlePaths[1]!);
    expect(await waitForHighlights(page)).toBe(true);
    await (await openPopup(await tabIdOf(page))).close();
    await barrier();
    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter((u) => !u.startsWith(`${site.url}/`) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('ships a content script within the 40 KB budget', () => {
    const size = readFileSync(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'content-scripts', 'content.js')).length;
    expect(size).toBeLessThanOrEqual(40 * 1024);
  });
});
