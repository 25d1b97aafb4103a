import { CATEGORIES, getCategory } from '../core/categories';
import { reportCsv, reportHtml, reportJson, summarise, type ReportInput } from '../core/report';
import type { CategoryId } from '../core/types';
import type { BrowserApi } from './browser-api';
import { el } from './dom';
import { isPageUpdated, type PageReport, type TabRequest } from './messages';
import { askTab } from './tab-link';

/**
 * The side panel: the page's summary (counts, sourcing profile, tone), the flags grouped by category
 * in reading order (a click scrolls the page to the span and emphasises it), a category filter, the
 * flags dismissed as "Not an issue" with Restore, and the classroom export. Screen readers reach every
 * flag here. DOM APIs only: page text is always inserted as text.
 */
export async function renderSidePanel(root: HTMLElement, browser: BrowserApi): Promise<void> {
  let tabId: number | undefined;
  let report: PageReport | null = null;
  const hidden = new Set<CategoryId>();

  const ask = (request: TabRequest): Promise<unknown> => askTab(browser, tabId, request);

  async function refresh(): Promise<void> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id;
    report = (await ask({ type: 'claimlens:get-report' })) as PageReport | null;
    draw();
  }

  function download(name: string, type: string, content: string): void {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  function exportInput(r: PageReport): ReportInput {
    return { title: r.title, url: r.url, date: new Date().toISOString(), text: r.text, flags: r.flags.filter((f) => !f.dismissed).map((f) => f.flag), quotations: r.quotations };
  }

  function draw(): void {
    const focused = document.activeElement?.id;
    if (!report || report.status !== 'done') {
      const why = !report ? 'ClaimLens does not run on this page.' : report.status === 'off-topic' ? 'This page is not about the Russia\u2013Ukraine war: nothing to show. Use the toolbar popup to analyse it anyway.' : report.status === 'analysing' || report.status === 'starting' ? 'Analysing\u2026' : `Nothing to show (${report.status}).`;
      root.replaceChildren(el('h1', { textContent: 'ClaimLens' }), el('p', { id: 'panel-note', textContent: why }));
      return;
    }
    const r = report;
    const active = r.flags.filter((f) => !f.dismissed);
    const summary = summarise(r.text, active.map((f) => f.flag), r.quotations);

    const counts = el('ul', { id: 'summary-counts', className: 'counts' });
    for (const c of CATEGORIES) counts.append(el('li', {}, el('span', { className: `dot c-${c.id}` }), `${c.label}: `, el('strong', { textContent: String(summary.counts[c.id]) })));
    const profile = el('p', { id: 'sourcing', textContent: `Sourcing: ${summary.sourcing.named} named, ${summary.sourcing.unnamed} unnamed. Tone: ${summary.tone.label} (${summary.tone.score} per word).` });

    const filters = el('fieldset', { id: 'filters' }, el('legend', { textContent: 'Show' }));
    for (const c of CATEGORIES) {
      const box = el('input', { type: 'checkbox', id: `filter-${c.id}`, checked: !hidden.has(c.id) });
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(c.id);
        else hidden.add(c.id);
        draw();
      });
      filters.append(el('label', { htmlFor: `filter-${c.id}` }, box, ` ${c.label}`));
    }

    const lists = el('div', { id: 'flag-list' });
    for (const c of CATEGORIES) {
      if (hidden.has(c.id)) continue;
      const mine = active.filter((f) => f.flag.category === c.id).sort((a, b) => a.flag.start - b.flag.start);
      if (mine.length === 0) continue;
      const ol = el('ol');
      for (const f of mine) {
        const id = `flag-${encodeURIComponent(f.key).replace(/%/g, '_')}`;
        const before = r.text.slice(Math.max(0, f.flag.start - 50), f.flag.start).replace(/\s+/g, ' ');
        const after = r.text.slice(f.flag.end, f.flag.end + 50).replace(/\s+/g, ' ');
        const go = el('button', { type: 'button', id, className: 'flag' }, `\u2026${before}`, el('mark', { className: `c-${c.id}`, textContent: f.flag.cue }), `${after}\u2026`);
        go.dataset.key = f.key;
        go.setAttribute('aria-describedby', `${id}-why`);
        go.addEventListener('click', () => void ask({ type: 'claimlens:reveal', key: f.key }));
        const dismiss = el('button', { type: 'button', className: 'small', textContent: 'Not an issue' });
        dismiss.setAttribute('aria-label', `Not an issue: ${f.flag.cue}`);
        dismiss.addEventListener('click', () => void ask({ type: 'claimlens:dismiss', key: f.key, dismissed: true }));
        const li = el('li', { className: f.key === r.selected ? 'selected' : '' }, go, el('p', { id: `${id}-why`, className: 'why', textContent: f.flag.explanation }));
        if (f.flag.evidence?.length) {
          li.append(el('p', { className: 'evidence', textContent: `Evidence: ${f.flag.evidence.map((e) => `${e.side === 'disagrees' ? 'other side: ' : ''}\u201C${e.quote}\u201D (${e.outlet ?? e.title}, ${e.date})`).join('; ')}` }));
        }
        li.append(dismiss);
        ol.append(li);
      }
      const section = el('section', { className: 'group' }, el('h2', {}, el('span', { className: `dot c-${c.id}` }), ` ${getCategory(c.id).label} (${mine.length})`), ol);
      lists.append(section);
    }
    if (lists.childElementCount === 0) lists.append(el('p', { textContent: 'No flags in the shown categories.' }));

    const dismissed = r.flags.filter((f) => f.dismissed);
    const dismissedList = el('ul', { id: 'dismissed' });
    for (const f of dismissed) {
      const restore = el('button', { type: 'button', className: 'small', textContent: 'Restore' });
      restore.dataset.restore = f.key;
      restore.addEventListener('click', () => void ask({ type: 'claimlens:dismiss', key: f.key, dismissed: false }));
      dismissedList.append(el('li', {}, `${getCategory(f.flag.category).label}: \u201C${f.flag.cue}\u201D `, restore));
    }

    const exports = el('div', { id: 'export', className: 'export' });
    const slug = r.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'page';
    for (const [label, ext, type, make] of [
      ['Printable report (HTML)', 'html', 'text/html', reportHtml],
      ['Data (JSON)', 'json', 'application/json', reportJson],
      ['Spreadsheet (CSV)', 'csv', 'text/csv', reportCsv],
    ] as const) {
      const b = el('button', { type: 'button', id: `export-${ext}`, textContent: label });
      b.addEventListener('click', () => download(`claimlens-${slug}.${ext}`, type, make(exportInput(r))));
      exports.append(b);
    }

    root.replaceChildren(
      el('h1', { textContent: r.title || 'This page' }),
      el('section', { id: 'summary', className: 'summary' }, el('h2', { textContent: 'Summary' }), counts, profile),
      filters,
      lists,
      el('section', {}, el('h2', { textContent: `Dismissed (${dismissed.length})` }), dismissed.length ? dismissedList : el('p', { textContent: 'None.' })),
      el('section', {}, el('h2', { textContent: 'Export for class' }), exports),
    );
    if (focused) document.getElementById(focused)?.focus();
    if (r.selected) {
      const target = root.querySelector<HTMLElement>(`li.selected button.flag`);
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => {
    if (isPageUpdated(message) && sender.tab?.id === tabId) void refresh();
    return undefined;
  });
  browser.tabs.onActivated.addListener(() => void refresh());
  browser.tabs.onUpdated.addListener((id, info) => {
    if (id === tabId && info.status === 'complete') void refresh();
  });
  await refresh();
}
