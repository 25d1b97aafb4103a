import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium } from '../../scripts/lib/chromium';
import { launchWithExtension, readHighlights, waitForHighlights, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startSite, type Site } from '../../scripts/lib/site';

/** Hard pages: frames (same- and cross-origin), shadow DOM, editable regions, templates, a huge table, hostile text. */
let site: Site;
let other: Server;
let otherUrl: string;
let ext: ExtensionBrowser;

const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>${i}</td><td>Kharkiv depot ${i}</td><td>critics warn ${i}</td></tr>`).join('');
const HARD_PAGE = (frameUrl: string) => `<!doctype html><html><head><title>Hard page</title></head><body>
<article>
<h1>Ukraine and Russia: the war over long-range missiles</h1>
<p>Critics warn that Russia will answer the strikes, and Ukraine says the ATACMS missiles reached Kursk.</p>
<p>The text &lt;img src=x onerror="window.__pwned=1"&gt; and &lt;script&gt;window.__pwned=2&lt;/script&gt; is only text, critics warn.</p>
<div contenteditable="true" id="editor">Obviously this disastrous, reckless plan is a sham, critics warn.</div>
<template><p>Undoubtedly a template critics warn about.</p></template>
<div id="host"></div>
<iframe id="same" srcdoc="<p>Reportedly, analysts speculate inside a frame about Ukraine.</p>"></iframe>
<iframe id="cross" src="${frameUrl}"></iframe>
<table>${rows}</table>
<p>Russian troops moved. Ukraine’s army held the line near Kyiv.</p>
</article>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Of course the shadow text is disastrous.</p>';</script>
</body></html>`;

beforeAll(async () => {
  other = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Critics warn from another origin about Ukraine and Russia.</p>'));
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  otherUrl = `http://localhost:${(other.address() as AddressInfo).port}/frame.html`;
  site = await startSite({ extraPages: { '/hard.html': HARD_PAGE(otherUrl) } });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await new Promise((r) => other?.close(r));
});

async function load(p: Page, url: string): Promise<{ errors: string[]; dialogs: string[] }> {
  const errors: string[] = [];
  const dialogs: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await p.goto(url);
  return { errors, dialogs };
}

describe('hard pages', () => {
  it('paints the article, skips editable regions, templates, frames and shadow roots, runs no page text, breaks nothing', async () => {
    const page = await ext.context.newPage();
    const seen = await load(page, `${site.url}/hard.html`);
    expect(await waitForHighlights(page)).toBe(true);
    const h = await readHighlights(page);
    expect(h.attribution).toEqual(expect.arrayContaining(['Critics warn']));
    const inForbidden = await page.evaluate(() => {
      const bad: string[] = [];
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('claimlens-')) continue;
        for (const r of hl) {
          const node = r.startContainer.parentElement;
          if (node?.closest('[contenteditable], template, iframe')) bad.push(`${name}: ${r.toString()}`);
        }
      }
      return bad;
    });
    // The editor is never analysed (its text is the reader's own), templates and frames are not the article.
    expect(inForbidden).toEqual([]);
    // The 5,000-row table is article text and is painted like any other.
    expect(h.attribution!.length).toBeGreaterThan(5000);
    expect(Object.values(h).flat().join(' ')).not.toMatch(/shadow|template|frame|another origin|Obviously|sham/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);

    const withExtension = await page.evaluate(() => document.body.innerHTML);
    const plain = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const p2 = await plain.newPage();
    await p2.goto(`${site.url}/hard.html`);
    expect(withExtension).toBe(await p2.evaluate(() => document.body.innerHTML));
    await plain.close();
    await page.close();
  });
});
