import { getCategory } from '../core/categories';
import { passesSensitivity } from '../core/confidence';
import { detectTopic, mayBeOnTopic, NOT_ON_TOPIC } from '../core/topic';
import type { Flag, Quotation } from '../core/types';
import { Card } from '../dom/card';
import { extractArticle, quickPageText, type Extraction } from '../dom/extract';
import { FallbackPainter, MARK_TAG } from '../dom/fallback-painter';
import { highlightApiAvailable, Painter, type FlagPainter, type PaintedFlag } from '../dom/painter';
import type { ContentApi } from './content-api';
import { DISMISSED_KEY, loadDismissed, setDismissed } from './dismissals';
import { addedTextLength, DYNAMIC_DEBOUNCE_MS, MAX_OFF_TOPIC_RECHECKS, MIN_NEW_TEXT_FOR_RECHECK } from './late-text';
import {
  countByCategory,
  flagKeys,
  isTabRequest,
  type AnalyzeRequest,
  type AnalyzeResponse,
  type BlockResult,
  type PageReport,
  type PageState,
  type PageUpdated,
  type TabRequest,
} from './messages';
import { REFERENCE_STORE_KEY } from './reference-store-key';
import { enabledCategories, loadSettings, normaliseSettings, SETTINGS_KEY, type Settings } from './settings';

/** What the content script needs from WXT's ContentScriptContext: everything it starts stops with it. */
export interface AppContext {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  /** WXT's own event for single-page navigations (pushState too): only heard through the context. */
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

/** Where the list is when the browser would not open it from the card (Firefox's sidebar: see showListFor). */
const LIST_CLOSED = 'Open the list of flags from the ClaimLens toolbar button: this flag is selected there.';

/** Block texts remembered with their flags, so that only changed blocks go to the analysis. */
const MAX_CACHED_BLOCKS = 5_000;

/** Main-thread work of the content script, as a performance measure the benchmark reads from the page. */
function recordMeasure(name: string, start: number, end = performance.now()): void {
  try {
    performance.measure(`claimlens:${name}`, { start, end });
  } catch {
    /* measures are diagnostics only */
  }
}

/** The article's blocks (paragraphs) with their offsets: the unit of analysis and of caching. */
function blocksOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, text: m[0] });
  return out;
}

/**
 * The content script's work on one page: gate on topic, extract the article, have the background
 * analyse it block by block, paint, explain on hover, and keep all of it in step with the settings and
 * with the page as it changes. No global state: everything lives in this closure and is released
 * when the context is invalidated (extension update or disable).
 */
export async function startClaimLens(ctx: AppContext, browser: ContentApi, doc: Document = document): Promise<void> {
  const startedAt = performance.now();
  const win = doc.defaultView as Window & typeof globalThis;
  const host = win.location.hostname;
  const state: PageState = { status: 'starting', topic: null, counts: {}, forced: false, host, site: null, painter: null };
  const cache = new Map<string, BlockResult>();
  /** "Why it matters" per rule, as the background sent it with the flags. */
  const notes = new Map<string, string>();
  const cardItem = (key: string, flag: Flag) => {
    const category = getCategory(flag.category);
    return { key, flag, category, why: notes.get(flag.rule) ?? category.whyItMatters };
  };
  let settings: Settings;
  let extraction: Extraction | null = null;
  let painter: FlagPainter | null = null;
  let flags: Flag[] = [];
  let quotations: Quotation[] = [];
  let items: PaintedFlag[] = [];
  /** The reader's dismissed flags on this page, read only once there is something to paint. */
  let dismissed = new Set<string>();
  let dismissedLoaded = false;
  let analysing: Promise<void> | null = null;
  let stale = true;
  let cursor = -1;
  let selected: string | null = null;
  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // Only when the settings ask for them (benchmarks, page tests): pages can read performance entries.
  const measure = (name: string, start: number): void => {
    if (settings?.timingMarks) recordMeasure(name, start);
  };

  // The card is built when a flag is first explained: most pages never have one.
  let card: Card | null = null;
  const theCard = (): Card =>
    (card ??= new Card(doc, {
      dismiss: (key) => void dismiss(key, true),
      showInList: (key) => {
        selected = key;
        notify();
        void browser.runtime
          .sendMessage({ type: 'claimlens:show-in-list', key })
          .then((shown) => shown === false && card?.say(LIST_CLOSED))
          .catch(() => undefined);
      },
    }));

  const visible = (): PaintedFlag[] => {
    const enabled = enabledCategories(settings);
    return items.filter((i) => enabled.has(i.flag.category) && passesSensitivity(i.flag, settings.sensitivity) && !dismissed.has(i.key));
  };

  const notify = (): void => {
    const shown = state.status === 'done' ? visible() : [];
    // The popup counts every category (so a reader sees what a hidden one holds); the badge what is shown.
    const counted = state.status === 'done' ? items.filter((i) => passesSensitivity(i.flag, settings.sensitivity) && !dismissed.has(i.key)) : [];
    state.counts = countByCategory(counted.map((i) => i.flag));
    const update: PageUpdated = { type: 'claimlens:page-updated', badge: state.status === 'done' ? shown.length : null };
    void browser.runtime.sendMessage(update).catch(() => undefined);
  };

  /** The flags painted now, by key: what the pointer can land on. */
  let painted = new Map<string, PaintedFlag>();

  const repaint = (): void => {
    if (!painter || !extraction) return;
    const shown = visible();
    painted = new Map(shown.map((i) => [i.key, i]));
    painter.paint(shown, new Set(shown.map((i) => i.flag.category)));
    card?.hide();
  };

  async function dismiss(key: string, value: boolean): Promise<void> {
    dismissed = await setDismissed(browser.storage.local, win.location.href, key, value);
    dismissedLoaded = true;
    repaint();
    notify();
  }

  // --- messages from the popup, the side panel and the background -------------------------------
  const report = (): PageReport => ({
    title: doc.title,
    url: win.location.href,
    status: state.status,
    text: extraction?.map.text ?? '',
    flags: items.filter((i) => passesSensitivity(i.flag, settings.sensitivity)).map((i) => ({ key: i.key, flag: i.flag, dismissed: dismissed.has(i.key) })),
    quotations,
    sensitivity: settings.sensitivity,
    selected,
  });

  const open = (key: string, focus: boolean): void => {
    const item = items.find((i) => i.key === key);
    if (!item || !painter) return;
    // After the scroll, so that the card sits beside the span where it ends up (and no scroll closes it).
    void painter.reveal(key, !reducedMotion()).then(() => {
      const rect = ctx.isInvalid ? null : painter?.rectOf(key);
      if (rect) theCard().show([cardItem(key, item.flag)], rect, { focus });
    });
  };

  const handle = (message: TabRequest): Promise<unknown> => {
    switch (message.type) {
      case 'claimlens:analyze-anyway':
        state.forced = true;
        return run().then(() => structuredClone(state));
      case 'claimlens:get-report':
        return Promise.resolve(report());
      case 'claimlens:reveal':
        open(message.key, false);
        return Promise.resolve(true);
      case 'claimlens:dismiss':
        return dismiss(message.key, message.dismissed).then(() => true);
      case 'claimlens:step': {
        const shown = visible();
        if (shown.length === 0) return Promise.resolve(false);
        cursor = (cursor + message.direction + shown.length) % shown.length;
        open(shown[cursor]!.key, true);
        return Promise.resolve(true);
      }
      default:
        return Promise.resolve(structuredClone(state));
    }
  };
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    if (!isTabRequest(message)) return false;
    handle(message).then(sendResponse, () => sendResponse(null));
    return true; // the answer comes asynchronously
  };

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local') return;
    if (REFERENCE_STORE_KEY in changes) {
      // Other reference sets give other reference flags: analyse again (the cache is per set).
      cache.clear();
      stale = true;
      void run();
    }
    if (DISMISSED_KEY in changes) {
      void loadDismissed(browser.storage.local, win.location.href).then((d) => {
        dismissed = d;
        dismissedLoaded = true;
        repaint();
        notify();
      });
    }
    if (!(SETTINGS_KEY in changes)) return;
    const before = settings;
    settings = normaliseSettings(changes[SETTINGS_KEY]!.newValue);
    const gateChanged =
      settings.enabled !== before.enabled || settings.analyseEveryArticle !== before.analyseEveryArticle || settings.sites[host] !== before.sites[host];
    if (gateChanged) void run();
    else {
      repaint();
      notify();
    }
  };

  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);

  // --- hover, keyboard: listened to only once something is painted --------------------------------
  let pending = false;
  // The latest move of a frame counts: the pointer is where it came to rest, not where the frame's first move was.
  let latest: MouseEvent | null = null;
  const onPointer = (event: MouseEvent): void => {
    latest = event;
    if (pending || !painter || state.status !== 'done') return;
    pending = true;
    win.requestAnimationFrame(() => {
      pending = false;
      const e = latest!;
      if (!painter || card?.contains(e.target)) return;
      // The painter holds only the flags shown, so whatever it finds here is shown.
      const here = painter.keysAt(e.clientX, e.clientY).filter((k) => painted.has(k));
      if (here.length === 0) {
        if (card?.isOpen && !card.contains(e.target)) card.hide();
        return;
      }
      const rect = painter.rectOf(here[0]!);
      if (!rect) return;
      theCard().show(
        here.map((key) => cardItem(key, painted.get(key)!.flag)),
        rect,
      );
    });
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && card?.isOpen) card.hide();
  };
  let listening = false;
  const listen = (): void => {
    if (listening) return;
    listening = true;
    doc.addEventListener('mousemove', onPointer, { passive: true, signal: ctx.signal });
    doc.addEventListener('keydown', onKey, { signal: ctx.signal });
    win.addEventListener('scroll', () => card?.isOpen && card.hide(), { passive: true, signal: ctx.signal });
  };

  // --- dynamic pages and single-page navigation ----------------------------------------------------
  let debounce: number | null = null;
  let rechecks = 0;
  const ours = (n: Node) => n.nodeName.toLowerCase() === MARK_TAG || n.nodeName.toLowerCase() === 'claimlens-card';
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => {
      if (r.type === 'characterData') return !(r.target.parentNode && ours(r.target.parentNode));
      const changed = [...r.addedNodes, ...r.removedNodes];
      return changed.length > 0 && !changed.every(ours) && !ours(r.target);
    });
    if (!relevant || state.status === 'disabled' || state.status === 'paused') return;
    if (state.status === 'off-topic') {
      if (addedTextLength(records) < MIN_NEW_TEXT_FOR_RECHECK) return;
      if (++rechecks > MAX_OFF_TOPIC_RECHECKS) {
        observer.disconnect();
        return;
      }
    }
    if (debounce !== null) win.clearTimeout(debounce);
    debounce = ctx.setTimeout(() => {
      debounce = null;
      extraction = null;
      if (state.status === 'off-topic' || state.status === 'no-article') state.topic = null;
      stale = true;
      void run();
    }, DYNAMIC_DEBOUNCE_MS);
  });
  // The page's address without its fragment: a jump to a heading is not a new page.
  const address = () => win.location.href.replace(/#.*$/, '');
  let current = address();
  const navigate = (): void => {
    // popstate and WXT's watcher both report a back navigation: one is enough.
    if (address() === current) return;
    current = address();
    painter?.clear();
    painter = null;
    card?.hide();
    extraction = null;
    items = [];
    flags = [];
    cursor = -1;
    state.topic = null;
    state.forced = false;
    stale = true;
    rechecks = 0;
    dismissed = new Set();
    dismissedLoaded = false;
    void run();
  };
  ctx.addEventListener(win, 'wxt:locationchange', navigate);
  win.addEventListener('popstate', navigate, { signal: ctx.signal });

  ctx.onInvalidated(() => {
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
    painter?.clear();
    painter = null;
    card?.hide();
  });

  // --- the pipeline ----------------------------------------------------------------------------------
  async function analyse(text: string): Promise<{ flags: Flag[]; quotations: Quotation[] }> {
    const blocks = blocksOf(text);
    const missing = [...new Set(blocks.map((b) => b.text).filter((t) => !cache.has(t)))];
    if (missing.length > 0) {
      const request: AnalyzeRequest = { type: 'claimlens:analyze', blocks: missing };
      const response = (await browser.runtime.sendMessage(request)) as AnalyzeResponse | undefined;
      if (!response) throw new Error('no answer from the analysis service');
      if (!response.ok) throw new Error(response.error);
      if (cache.size + missing.length > MAX_CACHED_BLOCKS) cache.clear();
      missing.forEach((t, i) => cache.set(t, response.results[i]!));
      for (const rule in response.notes) notes.set(rule, response.notes[rule]!);
    }
    const all: Flag[] = [];
    const quotes: Quotation[] = [];
    for (const b of blocks) {
      const r = cache.get(b.text)!;
      for (const f of r.flags) all.push({ ...f, start: f.start + b.start, end: f.end + b.start });
      for (const q of r.quotations) quotes.push({ ...q, start: q.start + b.start, end: q.end + b.start });
    }
    return { flags: all, quotations: quotes };
  }

  async function run(): Promise<void> {
    // One run at a time; a change during a run is picked up by the next one.
    while (analysing) await analysing;
    analysing = step()
      .catch((err: unknown) => {
        state.status = 'error';
        state.error = err instanceof Error ? err.message : String(err);
      })
      .finally(() => {
        analysing = null;
        if (!ctx.isInvalid) notify();
      });
    return analysing;
  }

  /** The gate: switched off, paused, or a page that cannot be about the war ends here. */
  async function step(): Promise<void> {
    if (ctx.isInvalid) return;
    state.site = settings.sites[host] ?? null;
    if (!settings.enabled || state.site === 'paused') {
      painter?.clear();
      card?.hide();
      state.status = settings.enabled ? 'paused' : 'disabled';
      return;
    }
    const gateOff = settings.analyseEveryArticle || state.forced || state.site === 'always';
    if (!extraction && !state.topic && !gateOff) {
      // Most pages are not about the war: decide that from raw text before extracting anything.
      const t0 = performance.now();
      const maybe = mayBeOnTopic(quickPageText(doc));
      measure('pregate', t0);
      if (!maybe) {
        state.topic = NOT_ON_TOPIC;
        state.status = 'off-topic';
        observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
        return;
      }
    }
    return extractAnalysePaint(gateOff);
  }

  /** Past the gate, in its own function: the pages that never get here never compile it. */
  async function extractAnalysePaint(gateOff: boolean): Promise<void> {
    if (!extraction) {
      const t0 = performance.now();
      extraction = extractArticle(doc);
      measure('extract', t0);
      stale = true;
    }
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
    if (!extraction || extraction.map.text.trim().length === 0) {
      state.status = 'no-article';
      return;
    }
    if (!state.topic || state.topic === NOT_ON_TOPIC || stale) {
      const t0 = performance.now();
      state.topic = detectTopic(extraction.map.text);
      measure('topic', t0);
    }
    if (!state.topic.onTopic && !gateOff) {
      painter?.clear();
      state.status = 'off-topic';
      return;
    }
    if (stale) {
      state.status = 'analysing';
      const [result, d] = await Promise.all([analyse(extraction.map.text), dismissedLoaded ? dismissed : loadDismissed(browser.storage.local, win.location.href)]);
      if (ctx.isInvalid) return;
      dismissed = d;
      dismissedLoaded = true;
      flags = result.flags;
      quotations = result.quotations;
      const keys = flagKeys(flags);
      items = flags.map((flag, i) => ({ key: keys[i]!, flag }));
      stale = false;
      painter?.clear();
      painter = null;
    }
    const t0 = performance.now();
    if (!painter) {
      const fallback = settings.compatibilityPainter || !highlightApiAvailable(win);
      painter = fallback ? new FallbackPainter(doc, extraction.map) : new Painter(doc, extraction.map);
      state.painter = fallback ? 'fallback' : 'highlights';
      listen();
    }
    repaint();
    measure('paint', t0);
    if (settings.timingMarks) performance.mark('claimlens:painted');
    state.status = 'done';
  }

  const setUp = performance.now();
  // Only the settings: the dismissed flags wait until there is something to paint (most pages are off topic).
  settings = await loadSettings(browser.storage.local);
  if (ctx.isInvalid) return;
  if (settings.timingMarks) recordMeasure('start', startedAt, setUp);
  await run();
}
