import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, resetExtension, readHighlights, tabIdOf as tabIdOfShared, waitForHighlights, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startSite, type Site } from '../../scripts/lib/site';
import { expectSafeExport } from '../support/exports';
import { LIVE_PAGE } from '../support/live-page';
import { LETTER_PAGE, LETTER_PATH } from '../support/letter-page';

/** Issue 5 end to end: card, side panel, badge, export, shortcuts, dynamic pages, SPA, fallback painter. */
declare const chrome: {
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(o: Record<string, unknown>): Promise<void> } };
};

let site: Site;
let ext: ExtensionBrowser;

beforeAll(async () => {
  site = await startSite({ extraPages: { '/live.html': LIVE_PAGE, [LETTER_PATH]: LETTER_PAGE } });
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});
// Each test starts from a fresh install's settings and no open page: no test depends on another.
beforeEach(async () => {
  await resetExtension(ext);
});

const tabIdOf = (page: Page) => tabIdOfShared(ext, page);
const extensionPage = (path: string, tabId: number) => openExtensionPage(ext, path, tabId);

/** The open card's text (closed shadow root: read through the page's rendering, not the DOM). */
async function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('claimlens-card');
    return host ? (host as HTMLElement).innerText || 'open' : null;
  });
}

async function hoverText(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      // The first line's box: a span may wrap, and its bounding box's middle can then be off the text.
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2, bottom: b.bottom, top: b.top };
    }
    return null;
  }, text);
  expect(box, text).not.toBeNull();
  await page.mouse.move(box!.x, box!.y);
}

describe('reader experience', () => {
  it('card: hovering a flag opens an isolated card beside it with category, cue, explanation, why and evidence; Escape closes it', async () => {
    const page = await ext.context.newPage();
    await page.goto(site.url + site.articlePaths[0]!);
    expect(await waitForHighlights(page)).toBe(true);
    await page.getByText('we’re not going to send Ukraine').scrollIntoViewIfNeeded();
    await hoverText(page, 'strike into Russia');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('claimlens-card'))).toBe(true);
    const card = page.locator('claimlens-card .card');
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Conflicts with the reference set');
    expect(text).toContain('Outdated');
    expect(text).toContain('Why it matters');
    // the rule's own note (reference-superseded), sent by the background with the flags
    expect(text).toContain('Policies change; a statement that was true when made can be out of date now.');
    expect(text).toContain('Other side:');
    expect(text).toMatch(/2024-11-1[78]/);
    // beside the span, never over it; the page's CSS does not reach inside
    const overlap = await page.evaluate(() => {
      const host = document.querySelector('claimlens-card')!;
      const c = host.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      const marks = [...CSS.highlights.get('claimlens-conflict')!].map((r) => (r as Range).getBoundingClientRect());
      return marks.some((m) => m.left < c.right && c.left < m.right && m.top < c.bottom && c.top < m.bottom);
    });
    expect(overlap).toBe(false);
    const hostile = await page.addStyleTag({ content: 'section, p, button { color: rgb(255, 0, 0) !important; }' });
    expect(await card.locator('button').first().evaluate((b) => getComputedStyle(b).color)).not.toBe('rgb(255, 0, 0)');
    await hostile.evaluate((e) => (e as Element).remove());
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('claimlens-card'))).toBe(false);
    // "Not an issue" dismisses the flag on this page, and it stays dismissed after a reload
    await page.mouse.move(1, 1);
    await hoverText(page, 'strike into Russia');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('claimlens-card'))).toBe(true);
    await page.locator('claimlens-card button', { hasText: 'Not an issue' }).first().click();
    await expect.poll(async () => (await readHighlights(page)).conflict ?? []).not.toContain('not going to send Ukraine rocket systems that strike into Russia');
    await page.reload();
    expect(await waitForHighlights(page)).toBe(true);
    expect((await readHighlights(page)).conflict ?? []).not.toContain('not going to send Ukraine rocket systems that strike into Russia');
    await page.close();
  });

  it('side panel: summary, click-to-scroll with emphasis, dismiss and restore, live updates, exports with escaped hostile text', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${site.url}/live.html`);
    expect(await waitForHighlights(page)).toBe(true);
    // hostile page text in the card stays text
    await hoverText(page, 'Critics warn');
    await expect.poll(() => page.evaluate(() => !!document.querySelector('claimlens-card'))).toBe(true);
    expect(await page.locator('claimlens-card .card').innerText()).toContain('Critics warn');
    expect(await page.evaluate(() => document.querySelector('claimlens-card')!.shadowRoot!.querySelector('img'))).toBeNull();
    await page.keyboard.press('Escape');
    const tabId = await tabIdOf(page);
    const panel = await extensionPage('sidepanel.html', tabId);
    await panel.waitForSelector('#summary');
    expect(await panel.locator('#sourcing').textContent()).toMatch(/Sourcing: \d+ named, \d+ unnamed\. Tone: (negative|neutral|positive)/);
    const flagButton = panel.locator('button.flag', { has: panel.locator('mark.c-attribution', { hasText: 'Critics warn' }) });
    expect(await flagButton.textContent()).toContain('<img src=x onerror');
    await flagButton.click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('claimlens-focus'))).toBe(true);

    // badge: the number of flags shown
    const badge = () => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const before = Number(await badge());
    expect(before).toBeGreaterThan(0);

    // dismiss from the panel, restore from the panel; the page and the badge follow live
    const n = await panel.locator('button.flag').count();
    await panel.getByRole('button', { name: 'Not an issue: Critics warn' }).click();
    await expect.poll(() => panel.locator('button.flag').count()).toBe(n - 1);
    await expect.poll(async () => (await readHighlights(page)).attribution ?? []).not.toContain('Critics warn');
    await expect.poll(async () => Number(await badge())).toBe(before - 1);
    await panel.locator('[data-restore]').first().click();
    await expect.poll(() => panel.locator('button.flag').count()).toBe(n);
    await expect.poll(async () => (await readHighlights(page)).attribution ?? []).toContain('Critics warn');

    // exports
    for (const ext_ of ['html', 'json', 'csv'] as const) {
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.click(`#export-${ext_}`)]);
      const content = readFileSync((await download.path())!, 'utf8');
      expectSafeExport(ext_, content);
      if (ext_ === 'html') {
        const reportPage = await ext.context.newPage();
        await reportPage.setContent(content);
        expect(await reportPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await reportPage.locator('h2').allTextContents()).toEqual(['Summary', 'Flags in reading order']);
        await reportPage.close();
      }
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // dynamic content: a new paragraph is analysed, a removed one loses its highlights
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Analysts speculate that Moscow will answer, and Ukraine’s army reportedly moved west.';
      document.getElementById('main')!.append(p);
    });
    await expect.poll(async () => (await readHighlights(page)).attribution ?? []).toContain('Analysts speculate');
    await expect.poll(async () => (await panel.locator('#flag-list').textContent()) ?? '').toContain('Analysts speculate');
    await page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(async () => (await readHighlights(page)).attribution ?? []).not.toContain('Analysts speculate');

    // single-page navigation: new content under a new URL, nothing left over from the old page
    await page.evaluate(() => {
      history.pushState({}, '', '/live-2.html');
      document.getElementById('main')!.innerHTML = '<h1>Ukraine and Russia</h1><p>Kyiv says observers note that Russian troops left Kharkiv as the war goes on, and Ukraine’s army moved in.</p>';
    });
    await expect.poll(async () => Object.values(await readHighlights(page)).flat()).toEqual(['observers note']);
    await panel.close();
    await page.close();
  });

  it('keyboard: next and previous flag open the card on the flag, with focus in it', async () => {
    const page = await ext.context.newPage();
    await page.goto(site.url + site.articlePaths[2]!);
    expect(await waitForHighlights(page)).toBe(true);
    const tabId = await tabIdOf(page);
    // The command shortcut reaches the background, which sends this to the active tab.
    const step = (direction: 1 | -1) => ext.worker.evaluate(([id, d]) => chrome.tabs.sendMessage(id, { type: 'claimlens:step', direction: d }), [tabId, direction] as const);
    await step(1);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('claimlens-card'))).toBe(true);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('claimlens-focus'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CLAIMLENS-CARD');
    await page.keyboard.press('Escape');
    await step(1);
    await step(-1);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('claimlens-card'))).toBe(true);
    await page.close();
  });

  it('opinion: a letter to the editor is named as one in the popup, the card and the side panel; a wire report is not', async () => {
    const letter = await ext.context.newPage();
    await letter.goto(site.url + LETTER_PATH);
    expect(await waitForHighlights(letter)).toBe(true);
    const popup = await extensionPage('popup.html', await tabIdOf(letter));
    await expect.poll(() => popup.locator('#genre-note').textContent()).toMatch(/^Opinion piece \(.*letter.*\): the writer argues throughout/i);
    expect(await popup.locator('#genre-note').getAttribute('title')).toContain('Letters to the Editor');
    await popup.close();
    // the writer's argument is marked, and the card says what kind of page it is on
    const editorial = (await readHighlights(letter)).editorial ?? [];
    expect(editorial.length).toBeGreaterThan(0);
    await hoverText(letter, editorial[0]!);
    await expect.poll(() => letter.evaluate(() => !!document.querySelector('claimlens-card'))).toBe(true);
    expect(await letter.locator('claimlens-card .card .page').innerText()).toMatch(/^Opinion piece/);
    await letter.keyboard.press('Escape');
    const panel = await extensionPage('sidepanel.html', await tabIdOf(letter));
    await expect.poll(() => panel.locator('#genre .genre-line').textContent()).toMatch(/^Opinion piece/);
    expect(await panel.locator('#genre .why').textContent()).toContain('/opinion/letters/');
    await panel.close();

    const wire = await ext.context.newPage();
    await wire.goto(site.url + site.articlePaths[0]!);
    expect(await waitForHighlights(wire)).toBe(true);
    const popup2 = await extensionPage('popup.html', await tabIdOf(wire));
    // once the counts are in, the page is done: a wire report has no genre line
    await expect.poll(() => popup2.locator('[data-count="editorial"]').getAttribute('aria-label')).toMatch(/on this page/);
    expect(await popup2.locator('#genre-note').count()).toBe(0);
    await popup2.close();
    await letter.close();
    await wire.close();
  });

  it('popup: pause on this site and always analyse it', async () => {
    const page = await ext.context.newPage();
    await page.goto(site.url + site.articlePaths[1]!);
    expect(await waitForHighlights(page)).toBe(true);
    const popup = await extensionPage('popup.html', await tabIdOf(page));
    await popup.click('#site-paused');
    await expect.poll(async () => Object.keys(await readHighlights(page)).length).toBe(0);
    await expect.poll(() => popup.locator('#page-note').textContent()).toContain('paused on 127.0.0.1');
    // The button the reader clicks next is the redrawn one, which knows the site is paused.
    await expect.poll(() => popup.locator('#site-paused').getAttribute('aria-pressed')).toBe('true');
    await popup.click('#site-paused');
    await expect.poll(async () => Object.keys(await readHighlights(page)).length).toBeGreaterThan(0);
    await popup.close();
    const off = await ext.context.newPage();
    await off.goto(site.url + site.offTopicPath);
    const popup2 = await extensionPage('popup.html', await tabIdOf(off));
    await popup2.click('#site-always');
    // Stored (the popup redraws once it is) before the page loads again.
    await expect.poll(() => popup2.locator('#site-always').getAttribute('aria-pressed')).toBe('true');
    await off.reload();
    expect(await waitForHighlights(off)).toBe(true);
    await popup2.click('#site-always');
    await popup2.close();
    await off.close();
    await page.close();
  });

  it('fallback painter: marks in namespaced elements, and turning it off restores the original DOM exactly', async () => {
    const page = await ext.context.newPage();
    await page.goto(site.url + site.articlePaths[2]!);
    expect(await waitForHighlights(page)).toBe(true);
    const original = await page.evaluate(() => document.body.innerHTML);
    const setSetting = (on: boolean) =>
      ext.worker.evaluate(async (v) => {
        const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), compatibilityPainter: v, version: 1 } });
      }, on);
    await setSetting(true);
    await page.reload();
    await expect.poll(() => page.locator('claimlens-mark').count()).toBeGreaterThan(5);
    expect(await page.locator('claimlens-mark', { hasText: 'foisting' }).count()).toBe(1);
    // a category off: its marks go, the rest stay; the DOM outside the marks is untouched
    const popup = await extensionPage('popup.html', await tabIdOf(page));
    await popup.locator('#cat-editorial').uncheck();
    await expect.poll(() => page.locator('claimlens-mark', { hasText: 'foisting' }).count()).toBe(0);
    await popup.locator('#master').uncheck();
    await expect.poll(() => page.locator('claimlens-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    await popup.locator('#master').check();
    await popup.locator('#cat-editorial').check();
    await popup.close();
    await setSetting(false);
    await page.close();
  });
});
