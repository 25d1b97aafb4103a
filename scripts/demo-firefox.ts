import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../src/core/categories';
import { launchFirefoxWithExtension, readHighlights, waitForHighlights } from './lib/firefox-browser';
import { loadArticles, startSite } from './lib/site';

/**
 * `npm run demo -- --firefox`: the demo in Firefox (Debian's firefox-esr), with the Firefox build
 * installed as a temporary add-on, as a reader would load it from about:debugging. With a display it
 * opens a window on the local news site and waits; without one it runs headless, saves a screenshot
 * of each page under demo-output/firefox/ and prints the highlights per page and category.
 */
export async function demoFirefox(root: string, interactive: boolean): Promise<void> {
  const out = join(root, 'demo-output', 'firefox');
  process.stderr.write('Building the extension for Firefox...\n');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const site = await startSite();
  const ext = await launchFirefoxWithExtension({ headless: !interactive });
  try {
    if (interactive) {
      const first = await ext.newPage();
      await first.goto(`${site.url}/`);
      await first.bringToFront();
      process.stdout.write(`ClaimLens demo: ${site.url}/ is open in Firefox. Close the window to stop.\n`);
      await new Promise<void>((resolve) => ext.browser.on('disconnected', () => resolve()));
      return;
    }
    mkdirSync(out, { recursive: true });
    const articles = loadArticles();
    // The off-topic page first: once every article after it is painted, it has had its chance.
    const offTopic = await ext.newPage();
    await offTopic.goto(site.url + site.offTopicPath);
    const rows: string[][] = [];
    for (const [i, path] of site.articlePaths.entries()) {
      const page = await ext.newPage();
      await page.goto(site.url + path);
      await waitForHighlights(page);
      const highlights = await readHighlights(page);
      const file = join(out, `${articles[i]!.meta.file.replace(/\.txt$/, '')}.png`);
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
      rows.push([articles[i]!.meta.file, ...CATEGORIES.map((c) => String(highlights[c.id]?.length ?? 0)), file.slice(root.length + 1)]);
      await page.close();
    }
    const offHighlights = await readHighlights(offTopic);
    const offFile = join(out, 'off-topic.png');
    await offTopic.bringToFront();
    await offTopic.screenshot({ path: offFile as `${string}.png` });
    rows.push(['off-topic page (control)', ...CATEGORIES.map((c) => String(offHighlights[c.id]?.length ?? 0)), offFile.slice(root.length + 1)]);

    const header = ['page', ...CATEGORIES.map((c) => c.id), 'screenshot'];
    const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
    const line = (r: string[]) => r.map((c, k) => c.padEnd(widths[k]!)).join('  ').trimEnd();
    process.stdout.write(
      `ClaimLens demo in Firefox ${(await ext.browser.version()).replace(/^firefox\//, '')}: highlights painted per page (headless; screenshots in demo-output/firefox/)\n\n${line(header)}\n${rows.map(line).join('\n')}\n`,
    );
  } finally {
    await ext.close();
    await site.close();
  }
}
