import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, readHighlights, until, waitForHighlights, type FirefoxExtension } from '../../scripts/lib/firefox-browser';
import { startSite, type Site } from '../../scripts/lib/site';
import { expectSafeExport } from '../support/exports';
import { LIVE_PAGE } from '../support/live-page';

/** The reader's side in Firefox: the card, the sidebar and its export, the keyboard, the compatibility painter. */
let site: Site;
let ext: FirefoxExtension;

beforeAll(async () => {
  site = await startSite({ extraPages: { '/live.html': LIVE_PAGE } });
  ext = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});
beforeEach(async () => {
  await ext.reset();
});

async function open(path: string): Promise<Page> {
  const page = await ext.newPage();
  await page.goto(site.url + path);
  await waitForHighlights(page);
  return page;
}

const cardOpen = (page: Page) => page.evaluate(() => !!document.querySelector('claimlens-card'));
/** The open card's text as rendered (its shadow root is open, so the page can read it too). */
const cardText = (page: Page) =>
  page.evaluate(() => (document.querySelector('claimlens-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ') ?? '');

/** Moves the mouse onto the first occurrence of `text` in the page (scrolled into view first). */
async function hover(page: Page, text: string): Promise<void> {
  const spot = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      // The first line's box: the span may wrap, and its bounding box's middle can then be off the text.
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, text);
  expect(spot, text).not.toBeNull();
  await page.mouse.move(1, 1);
  await page.mouse.move(spot!.x, spot!.y);
}

/** Clicks a button of the open card by its label, as a reader does. */
async function clickCardButton(page: Page, label: string): Promise<void> {
  const spot = await page.evaluate((l) => {
    const b = [...(document.querySelector('claimlens-card')?.shadowRoot?.querySelectorAll('button') ?? [])].find((x) => x.textContent === l);
    if (!b) return null;
    // A long card scrolls inside: bring the button into its view first.
    b.scrollIntoView({ block: 'nearest' });
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, label);
  expect(spot, label).not.toBeNull();
  await page.mouse.click(spot!.x, spot!.y);
}

const windowOf = (page: Page) => ext.tabIdOf(page).then((id) => ext.api(async (b, t: number) => (await b.tabs.get(t)).windowId as number, id));
const sidebarIsOpen = (windowId: number) => ext.api((b, w: number) => b.sidebarAction.isOpen({ windowId: w }) as Promise<boolean>, windowId);

/**
 * Opens Firefox's sidebar in the page's window the way a reader does, from the popup's button (a user
 * action: Firefox opens a sidebar only then), and brings the page back to the front.
 */
async function openSidebar(page: Page): Promise<number> {
  const windowId = await windowOf(page);
  if (!(await sidebarIsOpen(windowId))) {
    await page.bringToFront();
    const popup = await ext.openExtensionPage('popup.html');
    await popup.waitForSelector('#open-panel');
    await popup.bringToFront();
    await popup.click('#open-panel');
    await until('the sidebar to open', () => sidebarIsOpen(windowId), (v) => v);
    await popup.close();
  }
  await page.bringToFront();
  return windowId;
}

/** Runs `fn` on the sidebar's document in a window (the sidebar is an extension page: its views are reachable from ours). */
function inSidebar<A, R>(windowId: number, fn: (doc: Document, arg: A) => R, arg: A): Promise<R> {
  // One expression for BiDi to evaluate (the extension page's CSP forbids eval from inside it).
  return ext.control.evaluate(`((w, a) => {
    const view = browser.extension.getViews({ type: 'sidebar', windowId: w })[0];
    if (!view) throw new Error('no sidebar in this window');
    return (${fn.toString()})(view.document, a);
  })(${windowId}, ${JSON.stringify(arg)})`) as Promise<R>;
}

describe('reader experience in Firefox', () => {
  it('card: hovering a flag opens an isolated card beside it with category, cue, explanation, why and evidence; Escape closes it', async () => {
    const page = await open(site.articlePaths[0]!);
    await hover(page, 'strike into Russia');
    await until('the card', () => cardOpen(page), (v) => v);
    const text = await until('the card’s text', () => cardText(page), (t) => t.includes('Conflicts with the reference set'));
    expect(text).toContain('Outdated');
    expect(text).toContain('Why it matters');
    expect(text).toContain('Policies change; a statement that was true when made can be out of date now.');
    expect(text).toContain('Other side:');
    expect(text).toMatch(/2024-11-1[78]/);
    // Beside the span, never over it.
    const overlap = await page.evaluate(() => {
      const c = document.querySelector('claimlens-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      const marks = [...CSS.highlights.get('claimlens-conflict')!].map((r) => (r as Range).getBoundingClientRect());
      return marks.some((m) => m.left < c.right && c.left < m.right && m.top < c.bottom && c.top < m.bottom);
    });
    expect(overlap).toBe(false);
    // The page's CSS does not reach inside.
    await page.addStyleTag({ content: 'section, p, button { color: rgb(255, 0, 0) !important; }' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('claimlens-card')!.shadowRoot!.querySelector('button')!).color)).not.toBe('rgb(255, 0, 0)');
    await page.keyboard.press('Escape');
    await until('the card to close', () => cardOpen(page), (v) => !v);
    // "Not an issue" dismisses the flag on this page, and it stays dismissed after a reload.
    await hover(page, 'strike into Russia');
    await until('the card', () => cardOpen(page), (v) => v);
    await clickCardButton(page, 'Not an issue');
    const flag = 'not going to send Ukraine rocket systems that strike into Russia';
    await until('the flag to go', () => readHighlights(page), (h) => !(h.conflict ?? []).includes(flag));
    await page.reload();
    await waitForHighlights(page);
    expect((await readHighlights(page)).conflict ?? []).not.toContain(flag);
  });

  it('sidebar: opened from the popup, lists the flags, dismisses and restores live, exports HTML, JSON and CSV with hostile text escaped', async () => {
    const page = await open('/live.html');
    const windowId = await openSidebar(page);
    await until('the sidebar to show the page', () => inSidebar(windowId, (d) => d.querySelector('#summary') !== null, null), (v) => v);
    // The sourcing line fills in once the page's summary arrives; under load that is after #summary appears.
    const sourcing = await until('the sourcing line', () => inSidebar(windowId, (d) => d.querySelector('#sourcing')?.textContent ?? '', null), (t) => t !== '');
    expect(sourcing).toMatch(/Sourcing: \d+ named, \d+ unnamed\. Tone: (negative|neutral|positive)/);
    const entry = await inSidebar(
      windowId,
      (d) => [...d.querySelectorAll('button.flag')].find((b) => b.querySelector('mark.c-attribution')?.textContent === 'Critics warn')?.textContent ?? '',
      null,
    );
    expect(entry).toContain('<img src=x onerror');

    // The badge: the number of flags shown on the tab.
    const tabId = await ext.tabIdOf(page);
    const badge = () => ext.api((b, id: number) => b.browserAction.getBadgeText({ tabId: id }) as Promise<string>, tabId).then(Number);
    const before = await until('the badge', badge, (n) => n > 0);

    // Dismiss from the sidebar, restore from the sidebar; the page and the badge follow live.
    const count = () => inSidebar(windowId, (d) => d.querySelectorAll('button.flag').length, null);
    const n = await count();
    await inSidebar(windowId, (d) => (d.querySelector('[aria-label="Not an issue: Critics warn"]') as HTMLElement).click(), null);
    await until('the sidebar to drop the flag', count, (c) => c === n - 1);
    await until('the page to drop it', () => readHighlights(page), (h) => !(h.attribution ?? []).includes('Critics warn'));
    await until('the badge to follow', badge, (b) => b === before - 1);
    await inSidebar(windowId, (d) => (d.querySelector('[data-restore]') as HTMLElement).click(), null);
    await until('the sidebar to list it again', count, (c) => c === n);
    await until('the page to paint it again', () => readHighlights(page), (h) => (h.attribution ?? []).includes('Critics warn'));

    // Exports: Firefox saves them in the profile's download folder.
    for (const kind of ['html', 'json', 'csv'] as const) {
      const file = join(ext.downloads, `claimlens-Live-Ukraine-and-Russia.${kind}`);
      await inSidebar(windowId, (d, k: string) => (d.querySelector(`#export-${k}`) as HTMLElement).click(), kind);
      const content = await until(
        `${file} to be saved`,
        async () => (existsSync(file) && statSync(file).size > 0 && !readdirSync(ext.downloads).some((f) => f.endsWith('.part')) ? readFileSync(file, 'utf8') : ''),
        (c) => c.length > 0,
      );
      expectSafeExport(kind, content);
      if (kind === 'html') expect(content).toContain('<h2>Summary</h2>');
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Live updates: a new paragraph reaches the list.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Analysts speculate that Moscow will answer, and Ukraine’s army reportedly moved west.';
      document.getElementById('main')!.append(p);
    });
    await until('the list to show the new flag', () => inSidebar(windowId, (d) => d.querySelector('#flag-list')?.textContent ?? '', null), (t) => t.includes('Analysts speculate'));
  });

  it('card: "Show in list" selects the flag in the open sidebar', async () => {
    const page = await open(site.articlePaths[2]!);
    const windowId = await openSidebar(page);
    await until('the sidebar to show the page', () => inSidebar(windowId, (d) => d.querySelectorAll('button.flag').length, null), (c) => c > 0);
    await hover(page, 'foisting');
    await until('the card', () => cardOpen(page), (v) => v);
    await clickCardButton(page, 'Show in list');
    await until(
      'the sidebar to select the flag',
      () => inSidebar(windowId, (d) => d.querySelector('li.selected mark')?.textContent ?? '', null),
      (cue) => cue === 'foisting',
    );
  });

  it('keyboard: Firefox accepted the shortcuts, and next and previous flag open the card with focus in it', async () => {
    const commands = await ext.api((b) => b.commands.getAll() as Promise<{ name: string; shortcut: string }[]>, null);
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toMatchObject({
      'next-flag': 'Alt+Shift+J',
      'previous-flag': 'Alt+Shift+K',
      // Firefox's own command for the sidebar: a shortcut is a user action, so it may open it.
      _execute_sidebar_action: 'Alt+Shift+L',
    });
    const page = await open(site.articlePaths[2]!);
    const tabId = await ext.tabIdOf(page);
    // A shortcut is the browser's own key handling, out of WebDriver's reach: send what the command handler sends.
    const step = (direction: 1 | -1) => ext.api((b, [id, d]: [number, number]) => b.tabs.sendMessage(id, { type: 'claimlens:step', direction: d }), [tabId, direction]);
    await step(1);
    await until('the card', () => cardOpen(page), (v) => v);
    await until('the emphasis', () => page.evaluate(() => CSS.highlights.has('claimlens-focus')), (v) => v);
    await until('the focus in the card', () => page.evaluate(() => document.activeElement?.tagName), (t) => t === 'CLAIMLENS-CARD');
    await page.keyboard.press('Escape');
    await until('the card to close', () => cardOpen(page), (v) => !v);
    await step(1);
    await step(-1);
    await until('the card', () => cardOpen(page), (v) => v);
  });

  it('compatibility painter: marks in namespaced elements, and turning it off restores the original DOM exactly', async () => {
    const page = await open(site.articlePaths[2]!);
    const original = await page.evaluate(() => document.body.innerHTML);
    await ext.api(async (b) => {
      const { settings } = await b.storage.local.get('settings');
      await b.storage.local.set({ settings: { ...(settings ?? {}), compatibilityPainter: true, version: 1 } });
    }, null);
    await page.reload();
    const marks = (text?: string) =>
      page.evaluate((t) => [...document.querySelectorAll('claimlens-mark')].filter((m) => t === undefined || m.textContent === t).length, text);
    await until('marks', () => marks(), (n) => n > 5);
    expect(await marks('foisting')).toBe(1);
    const popup = await ext.openExtensionPage('popup.html');
    await popup.waitForSelector('#categories');
    await popup.bringToFront();
    await popup.click('#cat-editorial');
    await until('the editorial marks to go', () => marks('foisting'), (n) => n === 0);
    await until('the popup to redraw', () => popup.$eval('#cat-editorial', (e) => (e as HTMLInputElement).checked), (v) => !v);
    await popup.click('#master');
    await until('every mark to go', () => marks(), (n) => n === 0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
  });
});
