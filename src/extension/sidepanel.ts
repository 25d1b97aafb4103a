import { CATEGORIES, getCategory, type CategoryDef } from '../core/categories';
import { reportCsv, reportHtml, reportJson, summarise, type ReportInput } from '../core/report';
import type { CategoryId } from '../core/types';
import type { BrowserApi } from './browser-api';
import { el } from './dom';
import { isPageUpdated, type PageReport, type ReportFlag, type TabRequest } from './messages';
import { askTab } from './tab-link';

type Ask = (request: TabRequest) => Promise<unknown>;

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

  const ask: Ask = (request) => askTab(browser, tabId, request);

  async function refresh(): Promise<void> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id;
    report = (await ask({ type: 'claimlens:get-report' })) as PageReport | null;
    draw();
  }

  function draw(): void {
    const focused = document.activeElement?.id;
    if (!report || report.status !== 'done') {
      root.replaceChildren(el('h1', { textContent: 'ClaimLens' }), el('p', { id: 'panel-note', textContent: notReady(report) }));
      return;
    }
    const r = report;
    const active = r.flags.filter((f) => !f.dismissed);
    const dismissed = r.flags.filter((f) => f.dismissed);
    root.replaceChildren(
      el('h1', { textContent: r.title || 'This page' }),
      ...(r.genre ? [genreLine(r.genre)] : []),
      summary(r, active),
      filters(hidden, draw),
      flagLists(r, active, hidden, ask),
      el('section', {}, el('h2', { textContent: `Dismissed (${dismissed.length})` }), dismissed.length ? dismissedList(dismissed, ask) : el('p', { textContent: 'None.' })),
      el('section', {}, el('h2', { textContent: 'Export for class' }), exports(r)),
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

/** The page's genre, first: an opinion piece argues throughout, and the marks show where it is strongest. */
function genreLine(genre: NonNullable<PageReport['genre']>): HTMLElement {
  return el('section', { id: 'genre', className: 'genre' }, el('p', { className: 'genre-line', textContent: genre.line }), el('p', { className: 'why', textContent: `Why we think so: ${genre.reasons.join('; ')}.` }));
}

/** Why there is nothing to list yet. */
function notReady(report: PageReport | null): string {
  if (!report) return 'ClaimLens does not run on this page.';
  if (report.status === 'off-topic') return 'This page is not about the Russia\u2013Ukraine war: nothing to show. Use the toolbar popup to analyse it anyway.';
  if (report.status === 'analysing' || report.status === 'starting') return 'Analysing\u2026';
  return `Nothing to show (${report.status}).`;
}

/** Counts per category, the sourcing profile and the tone of the flags not dismissed. */
function summary(r: PageReport, active: readonly ReportFlag[]): HTMLElement {
  const s = summarise(r.text, active.map((f) => f.flag), r.quotations);
  const counts = el('ul', { id: 'summary-counts', className: 'counts' });
  for (const c of CATEGORIES) counts.append(el('li', {}, el('span', { className: `dot c-${c.id}` }), `${c.label}: `, el('strong', { textContent: String(s.counts[c.id]) })));
  const profile = el('p', { id: 'sourcing', textContent: `Sourcing: ${s.sourcing.named} named, ${s.sourcing.unnamed} unnamed. Tone: ${s.tone.label} (${s.tone.score} per word).` });
  return el('section', { id: 'summary', className: 'summary' }, el('h2', { textContent: 'Summary' }), counts, profile);
}

/** The category filter: which groups of flags the list shows. */
function filters(hidden: Set<CategoryId>, redraw: () => void): HTMLElement {
  const box = el('fieldset', { id: 'filters' }, el('legend', { textContent: 'Show' }));
  for (const c of CATEGORIES) {
    const input = el('input', { type: 'checkbox', id: `filter-${c.id}`, checked: !hidden.has(c.id) });
    input.addEventListener('change', () => {
      if (input.checked) hidden.delete(c.id);
      else hidden.add(c.id);
      redraw();
    });
    box.append(el('label', { htmlFor: `filter-${c.id}` }, input, ` ${c.label}`));
  }
  return box;
}

/** The flags of the categories shown, grouped by category, in reading order. */
function flagLists(r: PageReport, active: readonly ReportFlag[], hidden: ReadonlySet<CategoryId>, ask: Ask): HTMLElement {
  const lists = el('div', { id: 'flag-list' });
  for (const c of CATEGORIES) {
    if (hidden.has(c.id)) continue;
    const mine = active.filter((f) => f.flag.category === c.id).sort((a, b) => a.flag.start - b.flag.start);
    if (mine.length === 0) continue;
    const ol = el('ol');
    for (const f of mine) ol.append(flagItem(r, f, c, ask));
    lists.append(el('section', { className: 'group' }, el('h2', {}, el('span', { className: `dot c-${c.id}` }), ` ${getCategory(c.id).label} (${mine.length})`), ol));
  }
  if (lists.childElementCount === 0) lists.append(el('p', { textContent: 'No flags in the shown categories.' }));
  return lists;
}

/** One flag: its words in context (a click shows it on the page), why, the evidence, "Not an issue". */
function flagItem(r: PageReport, f: ReportFlag, c: CategoryDef, ask: Ask): HTMLElement {
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
  return li;
}

/** The flags dismissed as "Not an issue", each with Restore. */
function dismissedList(dismissed: readonly ReportFlag[], ask: Ask): HTMLElement {
  const list = el('ul', { id: 'dismissed' });
  for (const f of dismissed) {
    const restore = el('button', { type: 'button', className: 'small', textContent: 'Restore' });
    restore.dataset.restore = f.key;
    restore.addEventListener('click', () => void ask({ type: 'claimlens:dismiss', key: f.key, dismissed: false }));
    list.append(el('li', {}, `${getCategory(f.flag.category).label}: \u201C${f.flag.cue}\u201D `, restore));
  }
  return list;
}

/** The classroom export: a printable report, JSON and CSV of the flags not dismissed. */
function exports(r: PageReport): HTMLElement {
  const box = el('div', { id: 'export', className: 'export' });
  const slug = r.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'page';
  for (const [label, ext, type, make] of [
    ['Printable report (HTML)', 'html', 'text/html', reportHtml],
    ['Data (JSON)', 'json', 'application/json', reportJson],
    ['Spreadsheet (CSV)', 'csv', 'text/csv', reportCsv],
  ] as const) {
    const b = el('button', { type: 'button', id: `export-${ext}`, textContent: label });
    b.addEventListener('click', () => download(`claimlens-${slug}.${ext}`, type, make(exportInput(r))));
    box.append(b);
  }
  return box;
}

/** What the report is made from, dated when the reader asks for it. */
function exportInput(r: PageReport): ReportInput {
  return { title: r.title, url: r.url, date: new Date().toISOString(), text: r.text, flags: r.flags.filter((f) => !f.dismissed).map((f) => f.flag), quotations: r.quotations, genre: r.genre };
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
