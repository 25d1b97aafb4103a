import { bundledReference } from '../core/reference/bundled';
import { CATEGORIES } from '../core/categories';
import type { BrowserApi } from './browser-api';
import { el } from './dom';
import { BUNDLED_SET_ID, deleteSet, importSet, loadStore, saveStore, setEnabled, type ReferenceStore } from './reference-store';
import { loadSettings, updateSettings, type Settings } from './settings';

type ChangeSettings = (change: (s: Settings) => Settings) => Promise<void>;
type Message = { kind: 'status' | 'alert'; lines: string[] } | null;

/**
 * The options page: reference sets (the bundled one and the reader's imports: import, enable,
 * disable, delete), the topic gate and the categories shown. DOM APIs only; file contents are never
 * put into the page as HTML.
 */
export async function renderOptions(root: HTMLElement, browser: BrowserApi): Promise<void> {
  const area = browser.storage.local;
  let store = await loadStore(area);
  let settings = await loadSettings(area);
  let message: Message = null;

  const commit = async (next: ReferenceStore, note: string | null) => {
    await saveStore(area, next);
    store = next;
    message = note ? { kind: 'status', lines: [note] } : null;
    draw();
  };
  const changeSettings: ChangeSettings = async (change) => {
    settings = await updateSettings(area, change);
    draw();
  };
  const importFile = async (name: string, text: string) => {
    const result = importSet(store, name, text, new Date());
    if (!result.ok) {
      message = { kind: 'alert', lines: ['The file was not imported; nothing stored was changed.', ...result.errors] };
      draw();
      return;
    }
    await commit(result.store, `Imported "${result.added.name}" (${result.added.set.claims.length} claims).`);
  };

  function draw(): void {
    const every = el('input', { type: 'checkbox', id: 'analyse-every', checked: settings.analyseEveryArticle });
    every.addEventListener('change', () => void changeSettings((s) => ({ ...s, analyseEveryArticle: every.checked })));
    const compat = el('input', { type: 'checkbox', id: 'compatibility-painter', checked: settings.compatibilityPainter });
    compat.addEventListener('change', () => void changeSettings((s) => ({ ...s, compatibilityPainter: compat.checked })));

    const focused = document.activeElement?.id;
    root.replaceChildren(
      el('h1', { textContent: 'ClaimLens options' }),
      referenceSets(store, message, commit, importFile),
      el('section', {}, el('h2', { textContent: 'Categories shown' }), categoriesShown(settings, changeSettings)),
      el('section', {}, el('h2', { textContent: 'Sensitivity' }), sensitivity(settings, changeSettings)),
      el('section', {}, el('h2', { textContent: 'Topic' }), el('label', { htmlFor: 'analyse-every' }, every, ' Analyse every article, not only news about the Russia\u2013Ukraine war')),
      el('section', {}, el('h2', { textContent: 'Sites' }), sites(settings, changeSettings)),
      el(
        'section',
        {},
        el('h2', { textContent: 'Compatibility' }),
        el('label', { htmlFor: 'compatibility-painter' }, compat, ' Mark flags by wrapping the text (for browsers without the CSS Highlight API; undone exactly when switched off)'),
      ),
      el('p', { className: 'detail', textContent: 'Everything stays in this browser: sets and settings are kept in the extension\u2019s local storage.' }),
      el('p', { className: 'detail', textContent: 'The judgement scorer is trained on NewsSD-ENG (Antici et al., LREC-COLING 2024; CC BY 4.0) and on sentences written for ClaimLens.' }),
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  draw();
}

/** The reference sets: the bundled one, the imported ones, the import and what became of it. */
function referenceSets(
  store: ReferenceStore,
  message: Message,
  commit: (next: ReferenceStore, note: string | null) => Promise<void>,
  importFile: (name: string, text: string) => Promise<void>,
): HTMLElement {
  const row = (id: string, name: string, detail: string, enabled: boolean, deletable: boolean): HTMLElement => {
    const box = el('input', { type: 'checkbox', id: `set-${id}`, checked: enabled });
    box.dataset.set = id;
    box.addEventListener('change', () => void commit(setEnabled(store, id, box.checked), `${name}: ${box.checked ? 'enabled' : 'disabled'}.`));
    const li = el('li', { className: 'set' }, el('label', { htmlFor: `set-${id}` }, box, ' ', el('strong', { textContent: name })), el('span', { className: 'detail', textContent: detail }));
    if (deletable) {
      const del = el('button', { type: 'button', textContent: 'Delete', className: 'delete' });
      del.dataset.delete = id;
      del.setAttribute('aria-label', `Delete ${name}`);
      del.addEventListener('click', () => void commit(deleteSet(store, id), `${name}: deleted.`));
      li.append(del);
    } else {
      li.append(el('span', { className: 'detail', textContent: 'built in, cannot be deleted' }));
    }
    return li;
  };
  const bundled = bundledReference().set;
  const sets = el('ul', { id: 'sets', className: 'sets' });
  sets.append(row(BUNDLED_SET_ID, bundled.name, `${bundled.sources.length} articles, ${bundled.claims.length} claims`, store.bundledEnabled, false));
  for (const s of store.imported) {
    sets.append(row(s.id, s.name, `${s.set.sources.length} articles, ${s.set.claims.length} claims, imported ${s.importedAt.slice(0, 10)}`, s.enabled, true));
  }
  const file = el('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (f) await importFile(f.name, await f.text());
  });
  const note = message
    ? el('div', { id: 'message', className: `message ${message.kind}` }, ...message.lines.map((l) => el('p', { textContent: l })))
    : el('div', { id: 'message', className: 'message' });
  if (message) note.setAttribute('role', message.kind);
  return el(
    'section',
    { id: 'reference-sets' },
    el('h2', { textContent: 'Reference sets' }),
    el('p', { textContent: 'Claims on a page are checked against every enabled set. Build a set from your own articles with the command-line tool (claimlens build-reference DIR --out set.json) and import it here.' }),
    sets,
    el('label', { htmlFor: 'import-file', className: 'import' }, 'Import a reference set (JSON): ', file),
    note,
  );
}

/** The categories shown by default, with their descriptions. */
function categoriesShown(settings: Settings, changeSettings: ChangeSettings): HTMLElement {
  const cats = el('ul', { id: 'default-categories', className: 'cats' });
  for (const c of CATEGORIES) {
    const box = el('input', { type: 'checkbox', id: `opt-${c.id}`, checked: settings.categories[c.id] });
    box.addEventListener('change', () => void changeSettings((s) => ({ ...s, categories: { ...s.categories, [c.id]: box.checked } })));
    cats.append(el('li', {}, el('label', { htmlFor: `opt-${c.id}` }, box, ` ${c.label}`), el('span', { className: 'detail', textContent: c.description })));
  }
  return cats;
}

/** The sensitivity presets, as a radio group. */
function sensitivity(settings: Settings, changeSettings: ChangeSettings): HTMLElement {
  const presets = el('div', { id: 'sensitivity', className: 'presets' });
  presets.setAttribute('role', 'radiogroup');
  presets.setAttribute('aria-label', 'Sensitivity');
  for (const [value, label, hint] of [
    ['strict', 'Strict', 'fewer and surer flags: only the most reliable rules'],
    ['standard', 'Standard', 'the default'],
    ['broad', 'Broad', 'also the writer\'s own hedges ("probably"), bare modals such as "may be", scare quotes and other weaker signals'],
  ] as const) {
    const radio = el('input', { type: 'radio', name: 'sensitivity', id: `sensitivity-${value}`, value, checked: settings.sensitivity === value });
    radio.addEventListener('change', () => void changeSettings((s) => ({ ...s, sensitivity: value })));
    presets.append(el('label', { htmlFor: `sensitivity-${value}` }, radio, ` ${label}`), el('span', { className: 'detail', textContent: ` ${hint}` }), el('br'));
  }
  return presets;
}

/** The sites paused or always analysed (chosen in the popup), each with Forget. */
function sites(settings: Settings, changeSettings: ChangeSettings): HTMLElement {
  if (Object.keys(settings.sites).length === 0) return el('p', { className: 'detail', textContent: 'No site paused or always analysed. Use the toolbar popup on a site to choose.' });
  const list = el('ul', { id: 'sites' });
  for (const [host, choice] of Object.entries(settings.sites)) {
    const forget = el('button', { type: 'button', textContent: 'Forget' });
    forget.addEventListener('click', () =>
      void changeSettings((s) => {
        const next = { ...s.sites };
        delete next[host];
        return { ...s, sites: next };
      }),
    );
    list.append(el('li', {}, `${host}: ${choice === 'paused' ? 'paused' : 'always analysed'} `, forget));
  }
  return list;
}
