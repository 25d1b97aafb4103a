import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { launchBare, tabHasLoaded } from '../lib/bare-chromium';
import { EXTENSION_DIR, launchControl, PREGATE_FILE } from '../lib/browser';
import { machineLine, median } from '../lib/machine';
import { startSite, type Site } from '../lib/site';
import { contentScriptCost, startTrace, TRACE_CATEGORIES, type ScriptCost } from '../lib/trace';

/**
 * npm run bench:control: does the benchmark's CPU figure for the script injected into every page (the
 * topic pre-check, called "the content script" below) count what it claims? Checks against a burn of
 * known cost:
 *   1. one burn, from the kernel's account of the renderer thread (/proc/<pid>/task/<tid>/schedstat)
 *      and from the trace: the same number;
 *   2. a copy of the built extension whose content script burns three more times (at evaluation, in
 *      a storage reply, in a timer): its figure must grow by three burns;
 *   3. a page whose own scripts burn: the content script's figure must not grow;
 *   4. without any tracing, the kernel's count of the renderer thread's CPU time for a page load with
 *      the content script, less the same with an empty content script: the traced figure must not be
 *      below it (tracing itself adds a little; it must not hide anything).
 * The extension runs in the uninspected browser the benchmark uses (scripts/lib/bare-chromium.ts).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = 7;
/** How far a measured burn may be from the expected one: heaps and caches differ between renderers. */
const TOLERANCE = 0.15;
/** How far two medians of the same script on different pages may differ on this shared machine. */
const PAGE_NOISE_MS = 1;
/** After the tab has loaded (the pre-check ran at DOMContentLoaded): time for the storage reply and the timer's burn. */
const LINGER_MS = 300;
/** Between loads, as in the benchmark. */
const SETTLE_MS = 200;
/** Loads per build for the trace-free comparison: a whole load's CPU time varies by milliseconds. */
const KERNEL_RUNS = 30;
/** After an untraced load with the empty content script (it sends nothing to wait for): time to settle. */
const UNTRACED_WAIT_MS = 700;

/** The burn: JSON.parse of a fixed string, a C++ built-in whose cost does not depend on JIT warm-up. */
const BURN_SOURCE = `function claimlensBurn(){var s='['+'1234567.5,'.repeat(60000)+'0]';for(var i=0;i<3;i++)JSON.parse(s);}`;

const say = (s = '') => process.stdout.write(`${s}\n`);
const PARAGRAPHS = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of a page about gardening, with enough words to be read like prose by the pre-check.</p>`).join('\n');
const QUIET = `<!doctype html><html><head><meta charset="utf-8"><title>Control page</title></head><body><h1>Gardening</h1>\n${PARAGRAPHS}</body></html>`;
const BURNABLE = QUIET.replace('</body>', `<script>${BURN_SOURCE}\nfunction claimlensBurnSoon(){return new Promise(function(done){setTimeout(function(){claimlensBurn();done();},0);});}</script></body>`);
const BUSY = QUIET.replace('</body>', `<script>${BURN_SOURCE}\nclaimlensBurn(); queueMicrotask(claimlensBurn); setTimeout(claimlensBurn, 30);</script></body>`);

async function load(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(400);
  await page.close();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
}

async function traced(context: BrowserContext, cdp: CDPSession, url: string, scriptUrl: string): Promise<ScriptCost[]> {
  const stop = await startTrace(cdp);
  for (let i = 0; i < RUNS; i++) await load(context, url);
  return contentScriptCost(await stop(), scriptUrl);
}

const fmt = (costs: ScriptCost[]) => `${median(costs.map((c) => c.cpuMs)).toFixed(2)} ms (median of ${costs.length}; ${costs.map((c) => c.cpuMs.toFixed(2)).join(', ')})`;

/** Thread CPU of the renderer main thread (its tid is its pid), nanoseconds, from the kernel. */
const threadCpuNs = (pid: number) => Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);

/**
 * The same burns measured both ways: each one runs in a timer task of a loaded page while the trace
 * records, and the kernel's count of the thread's CPU time is read before and after it. Returns the
 * medians (kernel, trace) in milliseconds; the kernel's figure includes the cost of asking for the burn.
 */
async function kernelAndTrace(context: BrowserContext, cdp: CDPSession, url: string): Promise<{ kernel: number; trace: number }> {
  const page = await context.newPage();
  // The page's renderer: where its script ran, as the trace of its load says.
  const stopLoad = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const pid = contentScriptCost(await stopLoad(), url)[0]!.pid;
  await page.waitForTimeout(300);
  const stop = await startTrace(cdp);
  const kernel: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = threadCpuNs(pid);
    await page.evaluate(() => (window as unknown as { claimlensBurnSoon(): Promise<void> }).claimlensBurnSoon());
    kernel.push((threadCpuNs(pid) - t0) / 1e6);
  }
  const events = await stop();
  await page.close();
  // The burns' tasks: timers whose callback is the page's.
  const tasks = events.filter((e) => e.pid === pid && e.name === 'RunTask' && e.ph === 'X');
  const calls = events.filter((e) => e.pid === pid && e.name === 'FunctionCall' && e.args?.data?.url === url && (e.tdur ?? 0) > 1000);
  const traced = calls.map((c) => tasks.find((t) => t.ts <= c.ts && c.ts < t.ts + (t.dur ?? 0))?.tdur ?? 0).map((us) => us / 1000);
  if (traced.length !== RUNS) throw new Error(`found ${traced.length} burns in the trace for ${RUNS}`);
  return { kernel: median(kernel), trace: median(traced) };
}

/**
 * Untraced loads of `url`, alternating between two builds of the extension: the kernel's count of the
 * page renderer's main-thread CPU time for each whole load (the renderer whose count grew most while
 * the tab was open; the extension's own process is not a page renderer). Medians, milliseconds.
 */
async function kernelDifference(withDir: string, withoutDir: string, url: string): Promise<{ with: number; without: number }> {
  const parentOf = (d: string) => readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1]!;
  const descends = (d: string, root: number): boolean => {
    for (let p = d; p !== '0' && p !== '1'; p = parentOf(p)) if (Number(p) === root) return true;
    return false;
  };
  // Page renderers of this browser only: other processes on the machine run Chromium too.
  const pageRenderers = (root: number) =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
          return cmd.includes('--type=renderer') && !cmd.includes('--extension-process') && descends(d, root);
        } catch {
          return false;
        }
      });
  const cpuOf = (d: string) => {
    try {
      return threadCpuNs(Number(d)) / 1e6;
    } catch {
      return 0; // gone meanwhile
    }
  };
  const browsers = [await launchBare({ extensionDir: withDir }), await launchBare({ extensionDir: withoutDir })];
  const loads: number[][] = [[], []];
  for (const b of browsers) await b.visit(url, { afterMs: UNTRACED_WAIT_MS }); // warm up
  for (let i = 0; i < KERNEL_RUNS; i++) {
    for (const [k, b] of browsers.entries()) {
      const before = new Map(pageRenderers(b.pid).map((d) => [d, cpuOf(d)]));
      await b.visit(url, {
        afterMs: UNTRACED_WAIT_MS,
        beforeClose: () => loads[k]!.push(Math.max(...pageRenderers(b.pid).map((d) => cpuOf(d) - (before.get(d) ?? 0)))),
      });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
  }
  for (const b of browsers) await b.close();
  return { with: median(loads[0]!), without: median(loads[1]!) };
}

async function main(): Promise<void> {
  say(`Trace method control on ${machineLine()}`);
  process.stderr.write('Building the extension...\n');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const site: Site = await startSite({ extraPages: { '/quiet.html': QUIET, '/busy.html': BUSY, '/burnable.html': BURNABLE } });

  // 1. A burn measured by the kernel and by the trace; three burns in a page script, by the trace method.
  const plain = await launchControl();
  const plainCdp = await plain.context.newCDPSession(await plain.context.newPage());
  const one = await kernelAndTrace(plain.context, plainCdp, `${site.url}/burnable.html`);
  const pageScript = await traced(plain.context, plainCdp, `${site.url}/busy.html`, `${site.url}/busy.html`);
  await plain.close();
  const burnsMs = median(pageScript.map((c) => c.cpuMs));
  say(`  one burn in a timer of a loaded page: kernel thread CPU (schedstat) ${one.kernel.toFixed(2)} ms, trace ${one.trace.toFixed(2)} ms (medians of ${RUNS})`);
  say(`  a page script that burns three times as it loads, by the trace method: ${fmt(pageScript)}`);

  // 2 and 3. The extension as built; a copy whose content script burns three times more; a busy page.
  const extensionRuns = async (dir: string, paths: string[]): Promise<ScriptCost[][]> => {
    const browser = await launchBare({ extensionDir: dir });
    const visit = (url: string) => browser.visit(url, { done: () => tabHasLoaded(browser, url), afterMs: LINGER_MS });
    const scriptUrl = `chrome-extension://${browser.extensionId}/${PREGATE_FILE}`;
    await visit(`${site.url}/quiet.html`); // warm the service worker
    const out: ScriptCost[][] = [];
    for (const path of paths) {
      const stop = await browser.trace(TRACE_CATEGORIES);
      for (let i = 0; i < RUNS; i++) {
        await visit(`${site.url}${path}`);
        await new Promise((r) => setTimeout(r, SETTLE_MS));
      }
      out.push(contentScriptCost(await stop(), scriptUrl));
    }
    await browser.close();
    return out;
  };
  const [base, busyPage] = (await extensionRuns(EXTENSION_DIR, ['/quiet.html', '/busy.html'])) as [ScriptCost[], ScriptCost[]];
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-control-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = join(dir, PREGATE_FILE);
  // The same three burns as the busy page's script: at evaluation, in a storage reply's continuation, in a timer.
  const extra = `;(function(){${BURN_SOURCE}\nclaimlensBurn(); chrome.storage.local.get('claimlens-control').then(claimlensBurn); setTimeout(claimlensBurn, 30);})();\n`;
  writeFileSync(file, extra + readFileSync(file, 'utf8'));
  const [burned] = (await extensionRuns(dir, ['/quiet.html'])) as [ScriptCost[]];
  // 4. The same content script against an empty one, untraced: the kernel's count for whole loads.
  writeFileSync(file, '');
  const untraced = await kernelDifference(EXTENSION_DIR, dir, `${site.url}/quiet.html`);
  rmSync(dir, { recursive: true, force: true });
  await site.close();

  const m = (c: ScriptCost[]) => median(c.map((x) => x.cpuMs));
  say(`  content script, quiet page:                                  ${fmt(base)}`);
  say(`  content script, page whose own scripts burn three times:     ${fmt(busyPage)}  (expected the same)`);
  say(`  content script that burns three more times, quiet page:      ${fmt(burned)}  (expected + ${burnsMs.toFixed(2)} ms, the page script's three burns; measured + ${(m(burned) - m(base)).toFixed(2)} ms)`);
  say(`  untraced, kernel thread CPU of a quiet-page load: ${untraced.with.toFixed(2)} ms with the content script, ${untraced.without.toFixed(2)} ms with an empty one (medians of ${KERNEL_RUNS}): + ${(untraced.with - untraced.without).toFixed(2)} ms; traced: ${m(base).toFixed(2)} ms`);
  const checks: [boolean, string][] = [
    [Math.abs(one.trace - one.kernel) <= TOLERANCE * one.kernel, 'the trace counts a burn\'s thread CPU time as the kernel does'],
    [Math.abs(m(burned) - m(base) - burnsMs) <= TOLERANCE * burnsMs, 'the content script\'s extra burns are counted, at evaluation, in a storage reply and in a timer'],
    [Math.abs(m(busyPage) - m(base)) <= PAGE_NOISE_MS, `the page's own burns are not counted (within ${PAGE_NOISE_MS} ms)`],
    [m(base) >= untraced.with - untraced.without - PAGE_NOISE_MS, `the traced figure is not below what the kernel sees without tracing (within ${PAGE_NOISE_MS} ms)`],
  ];
  say();
  for (const [ok, line] of checks) say(`${ok ? 'PASS' : 'FAIL'}  ${line}`);
  process.exitCode = checks.every(([ok]) => ok) ? 0 : 1;
}

await main();
