import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from './chromium';
import { POLL_MS, WAIT_MS } from './waits';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
export { CONTENT_SCRIPT_FILE, PREGATE_FILE } from '../../src/extension/injector';
/**
 * An expression for the extension's service worker: turn on the content script's `claimlens:*`
 * performance entries (off for readers: pages can read them), which the benchmark and the page tests read.
 */
export const ENABLE_TIMING_MARKS = `chrome.storage.local.get('settings').then(({ settings }) => chrome.storage.local.set({ settings: { ...(settings ?? {}), timingMarks: true, version: 1 } }))`;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

const BROWSER_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/**
 * The same browser profile setup without the extension: the control for "does the extension change
 * anything?" comparisons (a persistent profile fetches favicons and manifests a bare one does not).
 */
export async function launchControl(options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimlens-control-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: BROWSER_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium with the built extension loaded (headless unless a display is asked for). */
export async function launchWithExtension(options: { headless?: boolean; extensionDir?: string; javaScriptEnabled?: boolean } = {}): Promise<ExtensionBrowser> {
  const executablePath = ensureChromium();
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...BROWSER_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WAIT_MS }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Highlights registered by ClaimLens on a page: category -> the text of each range. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('claimlens-')) continue;
      out[name.slice('claimlens-'.length)] = [...highlight].map((r) => r.toString());
    }
    return out;
  });
}

/** Waits until ClaimLens has painted at least one highlight (or the timeout passes). */
export async function waitForHighlights(page: Page, timeout = WAIT_MS): Promise<boolean> {
  try {
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('claimlens-')), undefined, { timeout, polling: POLL_MS });
    return true;
  } catch {
    return false;
  }
}

/** The slice of the extension API used inside the service worker below. */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; storage: { local: { clear(): Promise<void> } } };

/**
 * Puts ClaimLens back to a fresh install's state (no settings, dismissals or imported sets) with no
 * web page open: each test starts from here, so none depends on what another did before it.
 */
export async function resetExtension(ext: ExtensionBrowser): Promise<void> {
  for (const page of ext.context.pages()) if (page.url().startsWith('http')) await page.close();
  await ext.worker.evaluate(() => chrome.storage.local.clear());
}

/**
 * The id of the tab showing `page`: the one tab at its address (the extension's host access lets it
 * read tabs' addresses). Other web pages are closed first, so that the answer is the one tab.
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  for (const other of ext.context.pages()) if (other !== page && other.url().startsWith('http')) await other.close();
  const ids = await ext.worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.filter((t) => t.id !== undefined && t.url === url).map((t) => t.id!);
  }, page.url());
  if (ids.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${ids.length}`);
  return ids[0]!;
}

/**
 * Opens an extension page (popup, side panel) as a tab aimed at `tabId`: such pages ask for the active
 * tab, and in a test or the demo that would be themselves, so the answer is given for them.
 */
export async function openExtensionPage(ext: ExtensionBrowser, path: string, tabId: number, viewport?: { width: number; height: number }): Promise<Page> {
  const p = await ext.context.newPage();
  if (viewport) await p.setViewportSize(viewport);
  await p.addInitScript((id) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: unknown } } }).chrome.tabs;
    tabs.query = (_info: unknown, cb?: (t: unknown[]) => void) => {
      const result = [{ id, active: true }];
      if (cb) cb(result);
      return Promise.resolve(result);
    };
  }, tabId);
  await p.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return p;
}
