import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../src/core/categories';
import { ChromiumMissing } from './lib/chromium';
import { FirefoxMissing } from './lib/firefox';
import { demoFirefox } from './demo-firefox';
import { launchWithExtension, openExtensionPage, readHighlights, tabIdOf, waitForHighlights } from './lib/browser';
import { loadArticles, startSite } from './lib/site';

/**
 * The main job: build the extension, serve the four reference articles as local news pages on
 * 127.0.0.1, and open Chromium with ClaimLens loaded (`--firefox`: Firefox, see demo-firefox.ts). With a display it opens a window and waits;
 * without one it runs headless, saves a screenshot of each page with its highlights under
 * demo-output/, and prints a per-page summary of flags by category.
 */
const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'demo-output');

async function main(): Promise<void> {
  const interactive = Boolean(process.env.DISPLAY) && process.env.CI === undefined && !process.argv.includes('--headless');
  if (process.argv.includes('--firefox')) return demoFirefox(ROOT, interactive);
  process.stderr.write('Building the extension...\n');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const site = await startSite();
  const ext = await launchWithExtension({ headless: !interactive });
  const articles = loadArticles();
  mkdirSync(OUT, { recursive: true });
  try {
    if (interactive) {
      const first = await ext.context.newPage();
      await first.goto(`${site.url}/`);
      process.stdout.write(`ClaimLens demo: ${site.url}/ is open in Chromium. Close the window to stop.\n`);
      await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
      return;
    }
    const rows: string[][] = [];
    for (const [i, path] of site.articlePaths.entries()) {
      const page = await ext.context.newPage();
      await page.goto(site.url + path);
      const painted = await waitForHighlights(page);
      const highlights = await readHighlights(page);
      const file = join(OUT, `${articles[i]!.meta.file.replace(/\.txt$/, '')}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // The opinionated 002 article, scrolled to its Trump passage: the README's picture.
      if (i === 2) {
        await page.getByText('Trump has signaled his intention').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, 'overview.png') });
      }
      rows.push([articles[i]!.meta.file, ...CATEGORIES.map((c) => String(highlights[c.id]?.length ?? 0)), painted ? file.slice(ROOT.length + 1) : 'no highlights']);
      await page.close();
    }
    // The reader's views for the README: the popup, the explanation card and the side panel.
    const page = await ext.context.newPage();
    await page.goto(site.url + site.articlePaths[0]!);
    await waitForHighlights(page);
    const target = page.getByText('In clarifying what the U.S. would be willing');
    await target.scrollIntoViewIfNeeded();
    const spot = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('strike into Russia');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 18);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    });
    if (spot) {
      await page.mouse.move(spot.x, spot.y);
      await page.waitForSelector('claimlens-card', { state: 'attached' });
      await page.screenshot({ path: join(OUT, 'card.png') });
    }
    const tabId = await tabIdOf(ext, page);
    const popup = await openExtensionPage(ext, 'popup.html', tabId, { width: 360, height: 720 });
    await popup.waitForSelector('#categories');
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
    const panel = await openExtensionPage(ext, 'sidepanel.html', tabId, { width: 400, height: 900 });
    await panel.waitForSelector('#summary');
    await panel.screenshot({ path: join(OUT, 'sidepanel.png') });
    await Promise.all([popup.close(), panel.close(), page.close()]);

    const offTopic = await ext.context.newPage();
    await offTopic.goto(site.url + site.offTopicPath);
    // A war article painted after it: the off-topic page has had its chance by then.
    const probe = await ext.context.newPage();
    await probe.goto(site.url + site.articlePaths[3]!);
    await waitForHighlights(probe);
    await probe.close();
    const offHighlights = await readHighlights(offTopic);
    await offTopic.screenshot({ path: join(OUT, 'off-topic.png') });
    rows.push(['off-topic page (control)', ...CATEGORIES.map((c) => String(offHighlights[c.id]?.length ?? 0)), 'demo-output/off-topic.png']);

    const header = ['page', ...CATEGORIES.map((c) => c.id), 'screenshot'];
    const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
    const line = (r: string[]) => r.map((c, k) => c.padEnd(widths[k]!)).join('  ').trimEnd();
    process.stdout.write(`ClaimLens demo: highlights painted per page (headless; screenshots in demo-output/)\n\n${line(header)}\n${rows.map(line).join('\n')}\n`);
  } finally {
    await ext.close();
    await site.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`demo: ${err instanceof ChromiumMissing || err instanceof FirefoxMissing ? err.message : err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
