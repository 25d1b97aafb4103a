import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureFirefox } from './firefox';
import { POLL_MS, WAIT_MS } from './waits';

/**
 * ClaimLens in Firefox, driven over WebDriver BiDi by puppeteer-core (no geckodriver, no browser
 * download): the Firefox build installed as a temporary add-on, the same way a reader loads it from
 * about:debugging. Used by the Firefox end-to-end suite and `npm run demo -- --firefox`.
 *
 * What differs from Chromium here, and why:
 * - Extension pages (popup, sidebar, options) cannot be reached by a WebDriver navigation unless
 *   Firefox runs with --remote-allow-system-access; with it, the navigation happens but BiDi reports no
 *   load for moz-extension pages, so we wait on the page's own state instead.
 * - BiDi preload scripts do not run in extension pages, so the popup cannot be told which tab it is
 *   about (as the Chromium helper does). It does not need to be: it is opened as a background tab
 *   beside the article, so the article is the active tab of its window, as when a reader clicks the
 *   toolbar button.
 * - There is no background worker to evaluate in: an extension page (options.html, in a background
 *   tab) is the control page for the extension API (storage, tabs, badge, sidebar views).
 * - Requests: BiDi reports a page's requests, not the background page's. Every other request goes to
 *   a recording proxy on 127.0.0.1 (Firefox never proxies loopback), which answers none of them.
 */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');

export { WAIT_MS } from './waits';

/**
 * The moz-extension host of the add-on. Firefox gives each installation a random UUID; the test
 * profile fixes it by preference so that the extension's pages have a known address.
 */
const EXTENSION_UUID = '6c1a3f0e-2b7d-4c55-9a1e-c1a1e0500001';

/** Polls `probe` until `ok` holds (errors while a page navigates count as "not yet"); throws after `timeout`. */
export async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeout = WAIT_MS): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (ok(value)) return value;
      last = value;
    } catch (err) {
      last = err instanceof Error ? err.message : err;
    }
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${what}; last: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** A proxy that records what it is asked for and forwards nothing. */
async function recordingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('ClaimLens tests: no request leaves 127.0.0.1');
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface FirefoxExtension {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  id: string;
  /** moz-extension://…/ */
  origin: string;
  /** An extension page in a background tab: the extension API of the background, callable from the test. */
  control: Page;
  /** Every request a page reported, and every request that went to the proxy (none should have). */
  requests: { pages: string[]; proxied: string[] };
  /** Folder where Firefox saves downloads without asking. */
  downloads: string;
  newPage(): Promise<Page>;
  /** Opens an extension page; in a background tab by default, so that the active tab stays the reader's page. */
  openExtensionPage(path: string, options?: { background?: boolean }): Promise<Page>;
  /** Runs `fn` in the control page with the extension API as its first argument. */
  api<A, R>(fn: (browser: any, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  tabIdOf(page: Page): Promise<number>;
  /** Puts ClaimLens back to a fresh install's state: no settings, dismissals or imported sets. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const PREFS = (downloads: string, proxyPort: number, gecko: string): Record<string, unknown> => ({
  'extensions.webextensions.uuids': JSON.stringify({ [gecko]: EXTENSION_UUID }),
  // Downloads (the sidebar's exports) go to a known folder without a dialog.
  'browser.download.folderList': 2,
  'browser.download.dir': downloads,
  'browser.download.useDownloadDir': true,
  'browser.download.start_downloads_in_tmp_dir': false,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.alwaysOpenPanel': false,
  // Everything not on the loopback interface goes to the recording proxy.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': proxyPort,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': proxyPort,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
  // Firefox's own traffic, which is not the extension's: off, so that the proxy's log means something.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  // Remote settings: Firefox honours another server only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set at launch); port 9 refuses at once.
  'services.settings.server': 'http://127.0.0.1:9/v1',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.topsites.contile.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'dom.push.connection.enabled': false,
});

/** The add-on's id, as the Firefox build's manifest declares it. */
export function geckoId(dir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no gecko id: build with npm run build:firefox`);
  return id;
}

/** Launches Firefox (headless unless asked otherwise) with the Firefox build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(options: { headless?: boolean; extensionDir?: string } = {}): Promise<FirefoxExtension> {
  const dir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const gecko = geckoId(dir);
  const downloads = mkdtempSync(join(tmpdir(), 'claimlens-downloads-'));
  const proxy = await recordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    headless: options.headless ?? true,
    // Lets WebDriver navigate a tab to the extension's own pages (see above).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: PREFS(downloads, proxy.port, gecko),
    protocolTimeout: 4 * WAIT_MS,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1280, height: 900 },
  });
  const requests = { pages: [] as string[], proxied: proxy.seen };
  const watch = (page: Page): Page => {
    page.on('request', (r) => void requests.pages.push(r.url()));
    page.setDefaultTimeout(WAIT_MS);
    return page;
  };
  const id = await browser.installExtension(dir);
  const origin = `moz-extension://${EXTENSION_UUID}/`;

  const openExtensionPage = async (path: string, opts: { background?: boolean } = {}): Promise<Page> => {
    const page = watch(await browser.newPage({ background: opts.background ?? true }));
    // BiDi reports no load for moz-extension pages: start the navigation, then wait for the document.
    void page.goto(origin + path, { timeout: 0 }).catch(() => undefined);
    await until(
      `${path} to load`,
      () => page.evaluate(() => `${location.href} ${document.readyState}`),
      (v) => v.startsWith(origin + path) && v.endsWith(' complete'),
    );
    return page;
  };
  const control = await openExtensionPage('options.html');
  await until('the extension API in the control page', () => control.evaluate(() => typeof (globalThis as { browser?: { storage?: unknown } }).browser?.storage), (t) => t === 'object');

  // The function goes as source text (BiDi evaluates it, past the page's CSP) and runs with the page's own `browser`.
  const api = <A, R>(fn: (b: any, arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    control.evaluate(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg ?? null)})`) as Promise<R>;

  const ext: FirefoxExtension = {
    browser,
    id,
    origin,
    control,
    requests,
    downloads,
    newPage: async () => watch(await browser.newPage()),
    openExtensionPage,
    api,
    tabIdOf: async (page) => {
      const url = page.url();
      const ids = await api(async (b, u: string) => ((await b.tabs.query({})) as { id: number; url?: string }[]).filter((t) => t.url === u).map((t) => t.id), url);
      if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
      return ids[0]!;
    },
    reset: async () => {
      for (const p of await browser.pages()) if (p.url().startsWith('http')) await p.close();
      await api((b) => b.storage.local.clear(), null);
    },
    close: async () => {
      await browser.close();
      await proxy.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  return ext;
}

/** Highlights registered by ClaimLens, as the page itself sees them: category -> the text of each range. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('claimlens-')) continue;
      out[name.slice('claimlens-'.length)] = [...highlight].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** Waits until ClaimLens has painted at least one highlight on the page. */
export async function waitForHighlights(page: Page, timeout = WAIT_MS): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('claimlens-')), { timeout, polling: POLL_MS });
}
