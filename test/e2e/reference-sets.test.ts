import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, readHighlights, resetExtension, waitForHighlights, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startSite, type Site } from '../../scripts/lib/site';
import { buildReferenceSet } from '../../src/core/reference/build';

/** An imported reference set, end to end: options page, storage, background index, page highlights. */
const PAGE = `<!doctype html><html><head><title>Range claims</title></head><body><article>
<h1>Ukraine fires long-range missiles at Russia</h1>
<p>Ukraine fired American missiles at targets in Russia overnight, Ukrainian officials said.</p>
<p>ATACMS can hit targets 500 kilometers away, according to the article.</p>
<p>Russian forces near Kursk moved their artillery further from the front line in Ukraine.</p>
</article></body></html>`;

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

let site: Site;
let ext: ExtensionBrowser;
let dir: string;
let setFile: string;
let badFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-sets-'));
  const { set } = buildReferenceSet('Class 9B sources', [
    { id: 'engineers.txt', title: 'What the engineers said', outlet: 'Class 9B', published: '2025-03-01', text: 'ATACMS can strike targets up to 500 kilometers away, engineers said.' },
  ]);
  setFile = join(dir, 'class-set.json');
  writeFileSync(setFile, JSON.stringify(set));
  badFile = join(dir, 'broken.json');
  writeFileSync(badFile, JSON.stringify({ ...set, sources: [] }));
  site = await startSite({ extraPages: { '/range.html': PAGE } });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Each test starts with the bundled set alone, as a fresh install has it: none depends on another's imports.
beforeEach(async () => {
  await resetExtension(ext);
});

async function options(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.waitForSelector('#sets');
  return page;
}

describe('readers’ own reference sets', () => {
  it('rejects an invalid file with what is wrong and where, keeping what is stored', async () => {
    const page = await options();
    await page.setInputFiles('#import-file', badFile);
    await expect.poll(() => page.locator('#message[role="alert"]').textContent()).toContain('broken.json: $.sources: must be a non-empty array');
    expect(await page.locator('#sets li').count()).toBe(1);
    await page.close();
  });

  it('imports a set, uses it on a page, and follows enable, disable and delete live', async () => {
    const opts = await options();
    await opts.setInputFiles('#import-file', setFile);
    await expect.poll(() => opts.locator('#sets').textContent()).toContain('Class 9B sources');
    await expect.poll(() => opts.locator('#message').textContent()).toContain('Imported "Class 9B sources"');
    // Show "supported" (off by default) and check against the imported set alone.
    await opts.locator('#opt-supported').check();
    await opts.locator('#set-bundled').uncheck();
    // The options page saves asynchronously; open the article once the change is stored.
    await expect.poll(() => ext.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('referenceSets')))).toContain('"bundledEnabled":false');

    const page = await ext.context.newPage();
    await page.goto(`${site.url}/range.html`);
    expect(await waitForHighlights(page)).toBe(true);
    await expect.poll(async () => (await readHighlights(page)).supported ?? []).toEqual(['ATACMS can hit targets 500 kilometers']);
    expect((await readHighlights(page)).conflict).toBeUndefined();

    // The bundled set says about 190 miles: enabling it brings the conflict in, live.
    await opts.locator('#set-bundled').check();
    await expect.poll(async () => (await readHighlights(page)).conflict ?? []).toEqual(['ATACMS can hit targets 500 kilometers']);

    // Deleting the import removes its support; the bundled set cannot be deleted.
    expect(await opts.locator('[data-delete="bundled"]').count()).toBe(0);
    await opts.locator('[data-delete="class-9b-sources"]').click();
    // (Other sentences may match the bundled set; the imported set's support for the range is gone.)
    await expect.poll(async () => (await readHighlights(page)).supported ?? []).not.toContain('ATACMS can hit targets 500 kilometers');
    expect((await readHighlights(page)).conflict).toEqual(['ATACMS can hit targets 500 kilometers']);
    await page.close();
    await opts.close();
  });

  it('keeps imported sets across a reload of the extension’s pages', async () => {
    const opts = await options();
    await opts.setInputFiles('#import-file', setFile);
    await expect.poll(() => opts.locator('#sets').textContent()).toContain('Class 9B sources');
    await opts.reload();
    await opts.waitForSelector('#sets');
    expect(await opts.locator('#sets').textContent()).toContain('Class 9B sources');
    await opts.close();
  });
});
