import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { ensureChromium } from './chromium';
import { EXTENSION_DIR } from './browser';
import type { TraceEvent } from './trace';

/**
 * Chromium with the extension, driven over the DevTools pipe at the browser level only: tabs are
 * opened and closed, the browser is traced, and no DevTools session ever attaches to a page.
 *
 * Why not Playwright here: Playwright attaches a session to every page and enables its Runtime domain,
 * and an inspector in the renderer makes some of the content script's work dearer than in a reader's
 * browser (measured: the first postMessage from the extension's world, in WXT's context start-up, costs
 * about 1.6 ms of CPU with a session attached and 0.2 ms without). A benchmark of the content script's
 * CPU time should see what a reader's browser does, not what the test harness adds.
 *
 * Offline as the Playwright runs are: every request leaves through a proxy that refuses it at once
 * (the pages ask for scripts and images on the internet), except those to 127.0.0.1, which Chromium
 * never sends to a proxy.
 */
export interface BareChromium {
  extensionId: string;
  /** The browser process. */
  pid: number;
  /**
   * Opens a tab on `url`, waits until `done()` says so (polled) and `afterMs` more, and closes it.
   * Throws when `done()` has not said so within `timeoutMs`.
   */
  visit(url: string, wait: { done?: () => Promise<boolean>; afterMs: number; timeoutMs?: number; beforeClose?: () => unknown }): Promise<void>;
  /** Evaluates an expression in the extension's service worker (a session attaches there, never to a page). */
  inWorker(expression: string): Promise<unknown>;
  /** Starts a trace of the whole browser; the function returned ends it and returns the events. */
  trace(categories: string[]): Promise<() => Promise<TraceEvent[]>>;
  close(): Promise<void>;
}

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string } };

/** How long the extension's service worker may take to appear. */
const START_TIMEOUT_MS = 15_000;
/** How often visit() asks whether the page is done. */
const POLL_MS = 25;

export async function launchBare(options: { extensionDir?: string; args?: string[] } = {}): Promise<BareChromium> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimlens-bare-'));
  const refuse = createServer((_req, res) => res.writeHead(403).end());
  refuse.on('connect', (_req, socket) => socket.destroy());
  await new Promise<void>((resolve) => refuse.listen(0, '127.0.0.1', resolve));
  const child: ChildProcess = spawn(
    ensureChromium(),
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${userDataDir}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--window-size=1280,900',
      `--proxy-server=http://127.0.0.1:${(refuse.address() as AddressInfo).port}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.args ?? []),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;

  let nextId = 1;
  const pending = new Map<number, { resolve(r: Record<string, unknown>): void; reject(e: Error): void }>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  let buffer = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) p?.reject(new Error(message.error.message));
        else p?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const cb of listeners.get(message.method) ?? []) cb(message.params ?? {});
      }
    }
  });
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const on = (method: string, cb: (params: Record<string, unknown>) => void): (() => void) => {
    const list = listeners.get(method) ?? [];
    list.push(cb);
    listeners.set(method, list);
    return () => listeners.set(method, (listeners.get(method) ?? []).filter((x) => x !== cb));
  };

  // The extension's service worker: its URL gives the extension's id.
  const worker = await new Promise<{ targetId: string; url: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the extension did not start')), START_TIMEOUT_MS);
    on('Target.targetCreated', (p) => {
      const info = p.targetInfo as { type: string; url: string; targetId: string };
      if (info.type === 'service_worker' && info.url.startsWith('chrome-extension://')) {
        clearTimeout(timer);
        resolve(info);
      }
    });
    void send('Target.setDiscoverTargets', { discover: true }).catch(reject);
  });
  const { sessionId } = (await send('Target.attachToTarget', { targetId: worker.targetId, flatten: true })) as { sessionId: string };
  await send('Runtime.runIfWaitingForDebugger', {}, sessionId);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // The worker's global scope gets the extension API once its script has started.
  for (const start = Date.now(); ; await sleep(POLL_MS)) {
    const { result } = (await send('Runtime.evaluate', { expression: 'typeof chrome', returnByValue: true }, sessionId)) as { result: { value?: unknown } };
    if (result.value === 'object') break;
    if (Date.now() - start > START_TIMEOUT_MS) throw new Error('the extension did not start');
  }

  return {
    extensionId: new URL(worker.url).host,
    pid: child.pid!,
    async visit(url, { done, afterMs, timeoutMs = 15_000, beforeClose }) {
      const { targetId } = (await send('Target.createTarget', { url })) as { targetId: string };
      try {
        for (const start = Date.now(); done && !(await done()); await sleep(POLL_MS)) {
          if (Date.now() - start > timeoutMs) throw new Error(`${url}: not done after ${timeoutMs} ms`);
        }
        await sleep(afterMs);
        await beforeClose?.();
      } finally {
        await send('Target.closeTarget', { targetId });
      }
    },
    async inWorker(expression) {
      const { result, exceptionDetails } = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (exceptionDetails) throw new Error(`in the service worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    },
    async trace(categories) {
      const events: TraceEvent[] = [];
      const off = on('Tracing.dataCollected', (p) => events.push(...(p.value as TraceEvent[])));
      await send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
      return async () => {
        const complete = new Promise<void>((resolve) => {
          const offComplete = on('Tracing.tracingComplete', () => {
            offComplete();
            resolve();
          });
        });
        await send('Tracing.end');
        await complete;
        off();
        return events;
      };
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      refuse.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Whether the browser's tab at `url` has finished loading (asked in the service worker, through the
 * extension's host access: no session on the page). For visits to pages where the extension's script
 * sends nothing to wait for: it ran at DOMContentLoaded, before this says true.
 */
export async function tabHasLoaded(browser: BareChromium, url: string): Promise<boolean> {
  const expression = `chrome.tabs.query({}).then((tabs) => tabs.some((t) => t.url === ${JSON.stringify(url)} && t.status === 'complete'))`;
  return (await browser.inWorker(expression)) === true;
}
