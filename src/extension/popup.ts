import type { BrowserApi } from './browser-api';
import { el, openSidePanel } from './dom';
import { CATEGORIES } from '../core/categories';
import type { PageState, TabRequest } from './messages';
import { loadSettings, updateSettings, type Settings } from './settings';
import { askTab } from './tab-link';

type Save = (change: (s: Settings) => Settings) => Promise<void>;

/**
 * The popup: a master switch, one toggle per category (label, swatch with colour and underline,
 * one-line description, count on this tab), the topic note with "analyse this page anyway", and the
 * "analyse every article" setting. Built with DOM APIs only: no page text is ever put in as HTML.
 */
export async function renderPopup(root: HTMLElement, browser: BrowserApi): Promise<void> {
  const area = browser.storage.local;
  let settings = await loadSettings(area);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id;

  // Null: no content script can run on this tab (a browser page, a PDF, the web store).
  const ask = async (request: TabRequest): Promise<PageState | null> => (await askTab(browser, tabId, request)) as PageState | null;

  let page = await ask({ type: 'claimlens:get-state' });

  let saving = 0;
  const save: Save = async (change) => {
    // Busy until the last redraw: assistive technology (and a test) knows the controls are about to be replaced.
    saving += 1;
    root.setAttribute('aria-busy', 'true');
    try {
      settings = await updateSettings(area, change);
      // the content script repaints from storage.onChanged; refresh counts after it has. A tab that is
      // reloading has no content script to answer for a moment: keep what we knew rather than drop the
      // page's controls from under the reader's pointer.
      page = (await ask({ type: 'claimlens:get-state' })) ?? page;
      draw();
    } finally {
      saving -= 1;
      if (saving === 0) root.removeAttribute('aria-busy');
    }
  };
  const analyseAnyway = async (): Promise<void> => {
    page = await ask({ type: 'claimlens:analyze-anyway' });
    draw();
  };

  function draw(): void {
    const master = el('input', { type: 'checkbox', id: 'master', checked: settings.enabled });
    master.setAttribute('role', 'switch');
    master.addEventListener('change', () => void save((s) => ({ ...s, enabled: master.checked })));
    const site = page?.host ? siteChoices(page.host, settings, save) : null;
    const panel = el('button', { type: 'button', id: 'open-panel', textContent: 'Open the list of flags (side panel)' });
    panel.addEventListener('click', () => void openSidePanel(browser, tabId));
    const every = el('input', { type: 'checkbox', id: 'analyse-every', checked: settings.analyseEveryArticle });
    every.addEventListener('change', () => void save((s) => ({ ...s, analyseEveryArticle: every.checked })));

    // Redrawing must not throw keyboard users out of the list: keep focus on the same control.
    const focused = document.activeElement?.id;
    root.replaceChildren(
      el('header', {}, el('h1', { textContent: 'ClaimLens' }), el('label', { className: 'master', htmlFor: 'master' }, master, ' On')),
      ...[statusNote(page, analyseAnyway), genreNote(page)].filter((n): n is HTMLElement => n !== null),
      categoryList(settings, page, save),
      ...(site ? [site] : []),
      panel,
      el('label', { className: 'setting', htmlFor: 'analyse-every' }, every, ' Analyse every article (ignore the topic check)'),
      el('p', { className: 'privacy', textContent: 'Everything runs in your browser; no page text leaves it.' }),
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  draw();
}

/** An opinion piece says so at the top: the marks are where the writer's argument is strongest, not the only places it argues. */
function genreNote(page: PageState | null): HTMLElement | null {
  if (!page?.genre || page.status !== 'done') return null;
  return el('p', { className: 'note genre', id: 'genre-note', title: `Why: ${page.genre.reasons.join('; ')}`, textContent: page.genre.line });
}

/** Where the page stands, when there is something to say: off topic (with "analyse anyway"), paused, failed. */
function statusNote(page: PageState | null, analyseAnyway: () => Promise<void>): HTMLElement | null {
  const note = (textContent: string) => el('p', { className: 'note', id: 'page-note', textContent });
  if (!page) return note('ClaimLens does not run on this page.');
  switch (page.status) {
    case 'off-topic': {
      const terms = page.topic?.terms.length ? ` (matched: ${page.topic.terms.slice(0, 5).join(', ')})` : '';
      const button = el('button', { id: 'analyse-anyway', type: 'button', textContent: 'Analyse this page anyway' });
      button.addEventListener('click', () => {
        button.disabled = true;
        button.textContent = 'Analysing\u2026';
        void analyseAnyway();
      });
      return el(
        'div',
        { className: 'note', id: 'page-note' },
        el('p', { textContent: `This page does not look like news about the Russia\u2013Ukraine war (topic score ${page.topic?.score ?? 0}${terms}), so nothing is highlighted.` }),
        button,
      );
    }
    case 'disabled':
      return note('ClaimLens is switched off.');
    case 'no-article':
      return note('No article text found on this page.');
    case 'paused':
      return note(`ClaimLens is paused on ${page.host}.`);
    case 'error':
      return note(`Analysis failed: ${page.error ?? 'unknown error'}`);
    case 'analysing':
    case 'starting':
      return note('Analysing\u2026');
    default:
      return null;
  }
}

/** One toggle per category, grouped, each with its swatch, description and count on this page. */
function categoryList(settings: Settings, page: PageState | null, save: Save): HTMLElement {
  const list = el('div', { className: 'categories', id: 'categories' });
  for (const group of [...new Set(CATEGORIES.map((c) => c.group))]) {
    const headingId = `group-${group.toLowerCase().replace(/\W+/g, '-')}`;
    const ul = el('ul', {});
    ul.setAttribute('aria-labelledby', headingId);
    list.append(el('h2', { id: headingId, textContent: group }), ul);
    for (const c of CATEGORIES.filter((x) => x.group === group)) {
      const id = `cat-${c.id}`;
      const box = el('input', { type: 'checkbox', id, checked: settings.categories[c.id], disabled: !settings.enabled });
      box.dataset.category = c.id;
      box.setAttribute('aria-describedby', `${id}-desc`);
      box.addEventListener('change', () => void save((s) => ({ ...s, categories: { ...s.categories, [c.id]: box.checked } })));
      const swatch = el('span', { className: 'swatch', textContent: 'Abc' });
      swatch.setAttribute('aria-hidden', 'true');
      swatch.style.setProperty('--swatch', c.color);
      swatch.style.textDecorationStyle = c.decoration;
      swatch.style.textDecorationLine = c.line;
      const count = page?.status === 'done' ? (page.counts[c.id] ?? 0) : null;
      const countEl = el('span', { className: 'count', textContent: count === null ? '\u2013' : String(count) });
      countEl.dataset.count = c.id;
      countEl.setAttribute('aria-label', count === null ? 'no count' : `${count} on this page`);
      ul.append(
        el(
          'li',
          {},
          el('label', { htmlFor: id, className: 'row' }, box, swatch, el('span', { className: 'label', textContent: c.label }), countEl),
          el('p', { className: 'desc', id: `${id}-desc`, textContent: c.description }),
        ),
      );
    }
  }
  return list;
}

/** Pause ClaimLens on this site, or always analyse it; pressing the chosen one again forgets the choice. */
function siteChoices(host: string, settings: Settings, save: Save): HTMLElement {
  const site = el('div', { className: 'site', id: 'site' });
  for (const [choice, label] of [['paused', `Pause on ${host}`], ['always', `Always analyse ${host}`]] as const) {
    const on = settings.sites[host] === choice;
    const b = el('button', { type: 'button', id: `site-${choice}`, textContent: label });
    b.setAttribute('aria-pressed', String(on));
    b.addEventListener('click', () =>
      void save((s) => {
        const sites = { ...s.sites };
        if (on) delete sites[host];
        else sites[host] = choice;
        return { ...s, sites };
      }),
    );
    site.append(b);
  }
  return site;
}
