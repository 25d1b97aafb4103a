import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { EXTENSION_DIR, launchControl, launchWithExtension } from '../lib/browser';
import { machineLine, median } from '../lib/machine';
import { startSite, type Site } from '../lib/site';
import { contentScriptCost, startTrace, type ScriptCost } from '../lib/trace';

/**
 * npm run bench:control: does the benchmark's CPU figure for the content script count what it
 * claims? Three checks against a burn of known cost:
 *   1. the cost of one burn, from the kernel's account of the renderer thread (/proc/<pid>/task/<tid>/schedstat),
 *      and from the trace, for the same burns run by a page script (top level, microtask, timer);
 *   2. a copy of the built extension whose content script burns three more times (at evaluation, in
 *      a storage reply, in a timer): its figure must grow by three burns;
 *   3. a page whose own scripts burn: the content script's figure must not grow.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = 7;
/** How far a measured burn may be from the expected one: heaps and caches differ between renderers. */
const TOLERANCE = 0.15;
/** How far two medians of the same script on different pages may differ on this shared machine. */
const PAGE_NOISE_MS = 1;
/** Between loads, as in the benchmark. */
const SETTLE_MS = 200;

/** The burn: JSON.parse of a fixed string, a C++ built-in whose cost does not depend on JIT warm-up. */
const BURN_SOURCE = `function claimlensBurn(){var s='['+'1234567.5,'.repeat(60000)+'0]';for(var i=0;i<3;i++)JSON.parse(s);}`;

const say = (s = '') => process.stdout.write(`${s}\n`);
const PARAGRAPHS = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of a page about gardening, with enough words to be read like prose by the pre-check.</p>`).join('\n');
const QUIET = `<!doctype html><html><head><meta charset="utf-8"><title>Control page</title></head><body><h1>Gardening</h1>\n${PARAGRAPHS}</body></html>`;
const BURNABLE = QUIET.replace('</body>', `<script>${BURN_SOURCE}</script></body>`);
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
 * Three burns in a fresh renderer, as the control scripts run them (the first one in a new heap costs
 * more than later ones), from the kernel's account of the thread, less the cost of empty evaluations.
 */
async function burnsFromKernel(context: BrowserContext, cdp: CDPSession, url: string): Promise<number> {
  const totals: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const stop = await startTrace(cdp);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const pid = contentScriptCost(await stop(), url)[0]!.pid;
    await page.waitForTimeout(300);
    const sample = async (fn: () => unknown) => {
      const t0 = threadCpuNs(pid);
      await page.evaluate(fn);
      return (threadCpuNs(pid) - t0) / 1e6;
    };
    let total = 0;
    for (let k = 0; k < 3; k++) total += (await sample(() => (window as unknown as { claimlensBurn(): void }).claimlensBurn())) - (await sample(() => 0));
    totals.push(total);
    await page.close();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
  }
  return median(totals);
}

async function main(): Promise<void> {
  say(`Trace method control on ${machineLine()}`);
  process.stderr.write('Building the extension...\n');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const site: Site = await startSite({ extraPages: { '/quiet.html': QUIET, '/busy.html': BUSY, '/burnable.html': BURNABLE } });

  // 1. The burn, measured by the kernel and by the trace, in a page without the extension.
  const plain = await launchControl();
  const plainCdp = await plain.context.newCDPSession(await plain.context.newPage());
  const burnsMs = await burnsFromKernel(plain.context, plainCdp, `${site.url}/burnable.html`);
  const pageScript = await traced(plain.context, plainCdp, `${site.url}/busy.html`, `${site.url}/busy.html`);
  await plain.close();
  say(`  three burns in a fresh renderer, kernel thread CPU (schedstat): ${burnsMs.toFixed(2)} ms (median of ${RUNS})`);
  say(`  page script with three burns, by the trace method:          ${fmt(pageScript)}  (expected a little above ${burnsMs.toFixed(2)} ms: the script's compilation too)`);

  // 2 and 3. The extension as built; a copy whose content script burns three times more; a busy page.
  const ext = await launchWithExtension();
  const cdp = await ext.context.newCDPSession(await ext.context.newPage());
  const scriptUrl = `chrome-extension://${ext.extensionId}/content-scripts/content.js`;
  await load(ext.context, `${site.url}/quiet.html`); // warm the service worker
  const base = await traced(ext.context, cdp, `${site.url}/quiet.html`, scriptUrl);
  const busyPage = await traced(ext.context, cdp, `${site.url}/busy.html`, scriptUrl);
  await ext.close();

  const dir = mkdtempSync(join(tmpdir(), 'claimlens-control-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = join(dir, 'content-scripts', 'content.js');
  const extra = `;(function(){${BURN_SOURCE}\nclaimlensBurn(); chrome.storage.local.get('claimlens-control').then(claimlensBurn); setTimeout(claimlensBurn, 30);})();\n`;
  writeFileSync(file, extra + readFileSync(file, 'utf8'));
  const burning = await launchWithExtension({ extensionDir: dir });
  const burningCdp = await burning.context.newCDPSession(await burning.context.newPage());
  await load(burning.context, `${site.url}/quiet.html`);
  const burned = await traced(burning.context, burningCdp, `${site.url}/quiet.html`, `chrome-extension://${burning.extensionId}/content-scripts/content.js`);
  await burning.close();
  rmSync(dir, { recursive: true, force: true });
  await site.close();

  const m = (c: ScriptCost[]) => median(c.map((x) => x.cpuMs));
  say(`  content script, quiet page:                                  ${fmt(base)}`);
  say(`  content script, page whose own scripts burn three times:     ${fmt(busyPage)}  (expected the same)`);
  say(`  content script that burns three more times, quiet page:      ${fmt(burned)}  (expected + ${burnsMs.toFixed(2)} ms; measured + ${(m(burned) - m(base)).toFixed(2)} ms)`);
  const checks: [boolean, string][] = [
    [Math.abs(m(pageScript) - burnsMs) <= TOLERANCE * burnsMs, 'the trace counts a page script\'s burns as the kernel does'],
    [Math.abs(m(burned) - m(base) - burnsMs) <= TOLERANCE * burnsMs, 'the content script\'s extra burns are counted, at evaluation, in a storage reply and in a timer'],
    [Math.abs(m(busyPage) - m(base)) <= PAGE_NOISE_MS, `the page's own burns are not counted (within ${PAGE_NOISE_MS} ms)`],
  ];
  say();
  for (const [ok, line] of checks) say(`${ok ? 'PASS' : 'FAIL'}  ${line}`);
  process.exitCode = checks.every(([ok]) => ok) ? 0 : 1;
}

await main();
