import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { bundledReference } from '../../src/core/reference/bundled';
import { useJudgementCache } from '../../src/core/scorer/judgement';
import { useReadingCache } from '../../src/core/reference/check';
import { ensureChromium } from '../lib/chromium';
import { CONTENT_SCRIPT_FILE, ENABLE_TIMING_MARKS, EXTENSION_DIR, launchWithExtension, PREGATE_FILE } from '../lib/browser';
import { liveBlogHtml } from '../lib/liveblog';
import { machineLine, median, timeIt, timeWallAndCpu } from '../lib/machine';
import { loadArticles, startSite } from '../lib/site';
import { launchBare, tabHasLoaded } from '../lib/bare-chromium';
import { contentScriptCost, loadExtras, TRACE_CATEGORIES, type LoadExtras, type ScriptCost } from '../lib/trace';

/**
 * npm run bench: the performance budgets of ClaimLens, measured and printed with PASS or FAIL.
 * Figures, not timed tests: nothing here runs in npm test.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const EVAL_PAGES = join(ROOT, '..', 'shared', 'eval', 'pages');

const BUDGET = {
  /** Core throughput, all categories including the reference check and the learned scorer (issue 12: 300,000). */
  coreWordsPerSecond: 300_000,
  contentScriptBytes: 40 * 1024,
  offTopicMainThreadMs: 5,
  articleHighlightMs: 100,
  liveBlogHighlightMs: 1_500,
  longTaskMs: 50,
  liveBlogHeapBytes: 15 * 1024 * 1024,
};

/**
 * Reads of the 100,000-word text before the core is timed. V8 compiles the hot code in stages over the
 * first several reads (on these machines the first reads take 650-900 ms, from the fifth about 420). A
 * throughput is the steady rate, so the budget is judged warm and the first reads are printed beside it;
 * what a cold start costs one page is the article budget's to judge (a page loaded in a fresh browser).
 */
const CORE_WARMUP_RUNS = 5;
/** How long a page may take to be painted before the benchmark gives up on it. */
const PAINT_TIMEOUT_MS = 15_000;
/** Pause between page loads: on 2 cores a renderer's teardown otherwise lands in the next page's timings. */
const SETTLE_MS = 400;
/**
 * Loads per off-topic page. The budget is judged on thread CPU time from a trace, which varies little
 * from load to load (the wall-clock marks needed fifteen); five keep the whole benchmark within minutes.
 */
const OFF_TOPIC_RUNS = 5;
/**
 * An off-topic load's window after the tab has loaded (the pre-check ran at DOMContentLoaded before
 * that): time for a second look after late text (its debounce is 400 ms) and any replies.
 */
const OFF_TOPIC_LINGER_MS = 600;
/** Pause between off-topic loads: shorter than SETTLE_MS, CPU time does not see the old renderer's teardown. */
const OFF_TOPIC_SETTLE_MS = 200;
/** Off-topic loads per trace: enough to keep the traces few, few enough to keep each one small. */
const PAGES_PER_TRACE = 7;

const results: { ok: boolean; line: string }[] = [];
const check = (ok: boolean, line: string) => results.push({ ok, line });
const say = (s = '') => process.stdout.write(`${s}\n`);
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

async function coreBenchmarks(): Promise<void> {
  const base = loadArticles().map((a) => a.text).join('\n\n');
  const reps = Math.ceil(100_000 / words(base));
  const text = Array(reps).fill(base).join('\n\n');
  const n = words(text);
  const reference = bundledReference();
  // The text repeats four articles, which the per-sentence caches (scorer, reference check) would read
  // once: the budget is measured without them, every sentence read as if new, as on a page never seen.
  const first = timeIt(() => analyze(text, { reference }), 1, 0);
  const cached = timeIt(() => analyze(text, { reference }), 5, 1);
  useJudgementCache(false);
  useReadingCache(false);
  const cold = timeIt(() => analyze(text, { reference }), 1, 0);
  const timed = timeWallAndCpu(() => analyze(text, { reference }), 5, CORE_WARMUP_RUNS);
  const ours = timed.wall;
  // Judged on the process's CPU time: on these shared virtual machines the wall clock also counts the
  // host's time given to other guests (the load average stays near 2 with nothing of ours running).
  const wps = n / (timed.cpu / 1000);

  // Linear cost: the same text at 1x, 10x and 100x of a 1,000-word unit (caches still off).
  const unit = base.split(/\s+/).slice(0, 1000).join(' ');
  const scale = [1, 10, 100].map((k) => {
    const t = Array(k).fill(unit).join('\n\n');
    return { k, ms: timeIt(() => analyze(t, { reference }), k === 100 ? 3 : 10, 1) };
  });
  useJudgementCache(true);
  useReadingCache(true);

  // The comparisons load after our own runs: compromise's full build extends the shared nlp instance.
  const { default: nlp } = await import('compromise');
  const compromiseMs = timeIt(
    () => {
      let terms = 0;
      for (const sentence of nlp(text).document) for (const term of sentence) terms += term.text.length > 0 ? 1 : 0;
      return terms;
    },
    3,
    1,
  );
  const { unified } = await import('unified');
  const { default: retextEnglish } = await import('retext-english');
  const { default: retextIntensify } = await import('retext-intensify');
  const retext = unified().use(retextEnglish).use(retextIntensify);
  const retextMs = timeIt(() => retext.runSync(retext.parse(text)), 3, 1);

  say(`Core on ${n.toLocaleString('en-US')} words (the four reference articles repeated), all categories incl. reference check`);
  say(`  ClaimLens core          ${timed.cpu.toFixed(0).padStart(6)} ms  ${Math.round(wps).toLocaleString('en-US').padStart(9)} words/s  (CPU time, median; every sentence read as if new: the sentence caches off)`);
  say(`    wall clock of the same runs ${ours.toFixed(0)} ms, ${Math.round(n / (ours / 1000)).toLocaleString('en-US')} words/s (what the host's other guests left us)`);
  say(`    first reads of the text, before the engine has compiled the code hot in them: ${first.toFixed(0)} ms (the first of all), ${cold.toFixed(0)} ms (the first with the caches off); the figure above is after ${CORE_WARMUP_RUNS} more reads: a throughput is the steady rate; a cold page is the article budget's`);
  say(`    with the sentence caches ${cached.toFixed(0)} ms  ${Math.round(n / (cached / 1000)).toLocaleString('en-US')} words/s (not the budget figure: the text repeats, as a page read again does)`);
  say(`  compromise nlp() + walk ${compromiseMs.toFixed(0).padStart(6)} ms  ${Math.round(n / (compromiseMs / 1000)).toLocaleString('en-US').padStart(9)} words/s  (ClaimLens ${(compromiseMs / ours).toFixed(1)}x faster)`);
  say(`  retext-intensify        ${retextMs.toFixed(0).padStart(6)} ms  ${Math.round(n / (retextMs / 1000)).toLocaleString('en-US').padStart(9)} words/s  (ClaimLens ${(retextMs / ours).toFixed(1)}x faster)`);
  say(`  linear cost: ${scale.map((s) => `${s.k}x ${s.ms.toFixed(1)} ms (${((s.ms / s.k) / scale[0]!.ms).toFixed(2)} per unit)`).join(', ')}`);
  check(wps >= BUDGET.coreWordsPerSecond, `core throughput ${Math.round(wps).toLocaleString('en-US')} words/s of CPU time, ${Math.round(n / (ours / 1000)).toLocaleString('en-US')} by the wall clock (budget >= ${BUDGET.coreWordsPerSecond.toLocaleString('en-US')})`);
  check(ours < retextMs, `core faster than retext-intensify in the same run (${ours.toFixed(0)} ms vs ${retextMs.toFixed(0)} ms)`);
}

interface PageFigures {
  dcl: number;
  painted: number | null;
  mainThreadMs: number;
  maxTaskMs: number;
  longTasksFromExtension: number[];
  nlpInPage: boolean;
}

/** Installed before any page script: records long tasks for the whole load. */
function observeLongTasks(): void {
  const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
  w.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long-task support */
  }
}

/**
 * Settles once the page has the `claimlens:painted` mark. Not page.waitForFunction: that first
 * evaluates Playwright's own injected script in the page, 20-30 ms of its main thread (traced) in the
 * middle of the load being measured, which no reader's browser does.
 */
async function painted(page: Page): Promise<void> {
  await page.evaluate(
    (timeout) =>
      new Promise<void>((resolve, reject) => {
        if (performance.getEntriesByName('claimlens:painted').length > 0) return resolve();
        const timer = setTimeout(() => reject(new Error('not painted')), timeout);
        new PerformanceObserver((list, observer) => {
          if (list.getEntriesByName('claimlens:painted').length === 0) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        }).observe({ type: 'mark' });
      }),
    PAINT_TIMEOUT_MS,
  );
}

/** The figures of one load of an article, once it is painted. */
async function figures(page: Page): Promise<PageFigures> {
  await painted(page);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('claimlens:'));
    const painted = performance.getEntriesByName('claimlens:painted')[0];
    const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks ?? [];
    const fromExtension = tasks.filter((t) => measures.some((m) => m.startTime < t.start + t.duration && t.start < m.startTime + m.duration)).map((t) => t.duration);
    return {
      dcl: nav?.domContentLoadedEventStart ?? 0,
      painted: painted ? painted.startTime : null,
      mainThreadMs: measures.reduce((a, m) => a + m.duration, 0),
      maxTaskMs: Math.max(0, ...measures.map((m) => m.duration)),
      longTasksFromExtension: fromExtension,
      nlpInPage: performance.getEntriesByType('resource').some((r) => /compromise|sentiment/i.test(r.name)),
    };
  });
}

async function heapUsed(context: BrowserContext, url: string, waitPainted: boolean): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  if (waitPainted) await painted(page);
  else await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return usedSize;
}

/**
 * The real off-topic pages, in a Chromium that no DevTools session inspects (scripts/lib/bare-chromium.ts),
 * as a reader's browser runs them. The budget is judged on the renderer main thread's CPU time, from a
 * trace, for everything the extension's scripts caused on the page: the pre-check injected into every
 * page (compilation, evaluation, its callbacks) and, where it hands over, the full content script
 * (WXT's context start-up, the extension API's replies and their continuations, its callbacks).
 */
async function offTopicBenchmarks(siteUrl: string, evalPages: string[]): Promise<{ worstCpu: number; handedOver: number; nlp: boolean }> {
  if (evalPages.length === 0) {
    say('  (../shared/eval/pages not found: off-topic pages skipped)');
    return { worstCpu: 0, handedOver: 0, nlp: false };
  }
  const browser = await launchBare();
  await browser.inWorker(ENABLE_TIMING_MARKS); // to see a page painted by mistake
  const pregateUrl = `chrome-extension://${browser.extensionId}/${PREGATE_FILE}`;
  const fullUrl = `chrome-extension://${browser.extensionId}/${CONTENT_SCRIPT_FILE}`;
  // The pre-check sends nothing to wait for: a load is done when the browser says the tab has loaded.
  const visit = async (url: string) => {
    await browser.visit(url, { done: () => tabHasLoaded(browser, url), afterMs: OFF_TOPIC_LINGER_MS });
    await new Promise((r) => setTimeout(r, OFF_TOPIC_SETTLE_MS));
  };
  await visit(`${siteUrl}/off-topic.html`); // a first page, so that no measured load is the browser's first
  const loadBefore = loadavg()[0]!;

  // Round by round, each round visiting every page once, a few pages per trace: a burst of work from
  // another process on this shared machine then touches one load of a page, not all of them.
  const loads = new Map<string, { cpu: ScriptCost; extras: LoadExtras }[]>(evalPages.map((d) => [d, []]));
  for (let round = 0; round < OFF_TOPIC_RUNS; round++) {
    for (let i = 0; i < evalPages.length; i += PAGES_PER_TRACE) {
      const pages = evalPages.slice(i, i + PAGES_PER_TRACE);
      const stop = await browser.trace([...TRACE_CATEGORIES, 'blink.user_timing']);
      for (const d of pages) await visit(`${siteUrl}/eval/${d}.html`);
      const events = await stop();
      const costs = contentScriptCost(events, [pregateUrl, fullUrl]);
      if (costs.length !== pages.length) throw new Error(`${pages.join(', ')}: the trace holds ${costs.length} injections of the pre-check for ${pages.length} loads`);
      const extras = loadExtras(events, costs, 'claimlens:');
      pages.forEach((d, k) => loads.get(d)!.push({ cpu: costs[k]!, extras: extras[k]! }));
    }
  }
  await browser.close();

  const cpus: number[] = [];
  let worstPage = '';
  let handedOver = 0;
  let nlp = false;
  for (const [d, runs] of loads) {
    const cpu = median(runs.map((r) => r.cpu.cpuMs));
    if (cpu > Math.max(0, ...cpus)) worstPage = d;
    cpus.push(cpu);
    nlp ||= runs.some((r) => r.extras.requests.some((u) => /compromise|sentiment/i.test(u)));
    const painted = runs.some((r) => r.extras.names.has('claimlens:painted'));
    const full = runs.filter((r) => r.cpu.evaluated.includes(fullUrl)).length;
    if (full > 0) handedOver++;
    const part = (k: 'injectionMs' | 'compileMs') => median(runs.map((r) => r.cpu[k])).toFixed(2);
    say(
      `  off-topic ${d.padEnd(18)} CPU ${cpu.toFixed(2)} ms (runs ${runs.map((r) => r.cpu.cpuMs.toFixed(2)).join(', ')}; injection ${part('injectionMs')} incl. compile ${part('compileMs')})${full ? `  full script started in ${full} of ${runs.length} loads` : ''}${painted ? '  PAINTED' : ''}`,
    );
    if (painted) check(false, `off-topic page ${d} got highlights`);
  }
  const worstCpu = Math.max(...cpus);
  say(`  off-topic pages (median of ${OFF_TOPIC_RUNS} loads each): CPU ${median(cpus).toFixed(2)} ms typical, ${worstCpu.toFixed(2)} ms worst (${worstPage}); the pre-check handed ${handedOver} of ${evalPages.length} pages over to the full script`);
  // CPU time does not count waiting for a core, but it does grow when other processes share the cores' caches.
  say(`  machine load average during the off-topic loads: ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (${availableParallelism()} cores)`);
  return { worstCpu, handedOver, nlp };
}

async function browserBenchmarks(): Promise<void> {
  process.stderr.write('Building the extension...\n');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  // The script injected into every page is the pre-check; the full content script runs where it hands over.
  const size = statSync(join(EXTENSION_DIR, PREGATE_FILE)).size;
  const fullSize = statSync(join(EXTENSION_DIR, CONTENT_SCRIPT_FILE)).size;
  const nlpInBundle = [PREGATE_FILE, CONTENT_SCRIPT_FILE].some((f) => /compromise|splitSentences|afinn/i.test(readFileSync(join(EXTENSION_DIR, f), 'utf8')));

  const evalPages = existsSync(EVAL_PAGES) ? readdirSync(EVAL_PAGES).filter((d) => existsSync(join(EVAL_PAGES, d, 'source.html'))).sort() : [];
  const extraPages: Record<string, string> = { '/live-blog.html': liveBlogHtml(20_000) };
  for (const d of evalPages) extraPages[`/eval/${d}.html`] = readFileSync(join(EVAL_PAGES, d, 'source.html'), 'utf8');
  const site = await startSite({ extraPages });
  const ext = await launchWithExtension();
  await ext.worker.evaluate(ENABLE_TIMING_MARKS);
  // The eval pages ask for images and scripts on the internet: answer them locally, fast.
  await ext.context.route(/^(?!http:\/\/127\.0\.0\.1)https?:/, (route) => route.abort());
  await ext.context.addInitScript(observeLongTasks);

  const measurePage = async (path: string, runs: number): Promise<PageFigures[]> => {
    const out: PageFigures[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await ext.context.newPage();
      await page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
      out.push(await figures(page));
      await page.close();
      // Let the closed page's renderer wind down, so that its teardown does not run during the next load.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
    return out;
  };

  say();
  say(`In Chromium with the built extension (pre-check on every page ${size.toLocaleString('en-US')} bytes; full content script ${fullSize.toLocaleString('en-US')} bytes, started where the pre-check hands over)`);
  // warm the service worker once, as a reader's browser has it
  await measurePage(site.articlePaths[1]!, 1);
  const article = await measurePage(site.articlePaths[1]!, 5);
  const articleMs = median(article.map((f) => f.painted! - f.dcl));
  const articleLong = Math.max(0, ...article.flatMap((f) => f.longTasksFromExtension));
  const articleWords = words(loadArticles()[1]!.text);
  say(`  reference article (${articleWords} words): highlights ${articleMs.toFixed(0)} ms after DOMContentLoaded (median of 5); content-script main thread ${median(article.map((f) => f.mainThreadMs)).toFixed(1)} ms, longest piece ${Math.max(...article.map((f) => f.maxTaskMs)).toFixed(1)} ms; long tasks from the extension: ${article.flatMap((f) => f.longTasksFromExtension).length}`);
  const blog = await measurePage('/live-blog.html', 3);
  const blogMs = median(blog.map((f) => f.painted! - f.dcl));
  const blogLong = Math.max(0, ...blog.flatMap((f) => f.longTasksFromExtension));
  say(`  live blog (20,000 words): highlights ${blogMs.toFixed(0)} ms after DOMContentLoaded (median of 3); main thread ${median(blog.map((f) => f.mainThreadMs)).toFixed(1)} ms, longest piece ${Math.max(...blog.map((f) => f.maxTaskMs)).toFixed(1)} ms; long tasks from the extension: ${blog.flatMap((f) => f.longTasksFromExtension).map((d) => d.toFixed(0)).join(', ') || 'none'}`);

  const withExt = await heapUsed(ext.context, `${site.url}/live-blog.html`, true);
  await ext.close();
  const plain = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const plainContext = await plain.newContext();
  const without = await heapUsed(plainContext, `${site.url}/live-blog.html`, false);
  await plain.close();
  const extraHeap = withExt - without;
  say(`  JS heap of the live-blog page: ${(without / 2 ** 20).toFixed(1)} MB without, ${(withExt / 2 ** 20).toFixed(1)} MB with ClaimLens (+${(extraHeap / 2 ** 20).toFixed(1)} MB)`);
  const off = await offTopicBenchmarks(site.url, evalPages);
  await site.close();

  check(
    size <= BUDGET.contentScriptBytes && fullSize <= BUDGET.contentScriptBytes,
    `script injected into every page ${size.toLocaleString('en-US')} bytes minified; the full content script ${fullSize.toLocaleString('en-US')} bytes (budget <= ${BUDGET.contentScriptBytes.toLocaleString('en-US')} each)`,
  );
  check(!nlpInBundle && !off.nlp && ![...article, ...blog].some((f) => f.nlpInPage), 'no NLP library in the content scripts or loaded into pages');
  if (evalPages.length > 0) {
    check(
      off.worstCpu <= BUDGET.offTopicMainThreadMs,
      `off-topic pages: at most ${off.worstCpu.toFixed(2)} ms of main-thread CPU caused by the extension's scripts, traced (compile, evaluation, callbacks, and where the pre-check handed over (${off.handedOver} pages) the full script's start-up and API replies; worst page, median of ${OFF_TOPIC_RUNS} loads) over ${evalPages.length} pages (budget <= ${BUDGET.offTopicMainThreadMs} ms)`,
    );
  }
  check(articleMs <= BUDGET.articleHighlightMs, `1,000-word article: highlights ${articleMs.toFixed(0)} ms after DOMContentLoaded (budget <= ${BUDGET.articleHighlightMs} ms)`);
  check(articleLong <= BUDGET.longTaskMs, `1,000-word article: longest long task from the extension ${articleLong.toFixed(0)} ms (budget <= ${BUDGET.longTaskMs} ms)`);
  check(blogMs <= BUDGET.liveBlogHighlightMs, `20,000-word page: all highlights ${blogMs.toFixed(0)} ms after DOMContentLoaded (budget <= ${BUDGET.liveBlogHighlightMs} ms)`);
  check(blogLong <= BUDGET.longTaskMs, `20,000-word page: longest long task from the extension ${blogLong.toFixed(0)} ms (budget <= ${BUDGET.longTaskMs} ms)`);
  check(extraHeap <= BUDGET.liveBlogHeapBytes, `20,000-word page: +${(extraHeap / 2 ** 20).toFixed(1)} MB JS heap (budget <= 15 MB)`);
}

say(`ClaimLens benchmark on ${machineLine()}`);
say();
await coreBenchmarks();
await browserBenchmarks();
say();
for (const r of results) say(`${r.ok ? 'PASS' : 'FAIL'}  ${r.line}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
