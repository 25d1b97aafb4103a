import type { BrowserApi } from './browser-api';
import { detectTopic, mayBeOnTopic, NOT_ON_TOPIC } from '../core/topic';
import type { Flag } from '../core/types';
import { extractArticle, quickPageText, type Extraction } from '../dom/extract';
import { highlightApiAvailable, Painter } from '../dom/painter';
import {
  countByCategory,
  isTabRequest,
  type AnalyzeRequest,
  type AnalyzeResponse,
  type PageState,
} from './messages';
import { REFERENCE_STORE_KEY } from './reference-store';
import { enabledCategories, loadSettings, SETTINGS_KEY, normaliseSettings, type Settings } from './settings';

/** Main-thread work of the content script, as performance measures the benchmark reads from the page. */
function measure(name: string, start: number): void {
  try {
    performance.measure(`claimlens:${name}`, { start, end: performance.now() });
  } catch {
    /* measures are diagnostics only */
  }
}

/** What the content script needs from WXT's ContentScriptContext: everything it starts stops with it. */
export interface AppContext {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
}

/**
 * The content script's work on one page: extract the article, gate on topic, ask the background to
 * analyse, paint, and keep the highlights in step with the settings. Holds no global state: all of it
 * lives in this closure and is released when the context is invalidated.
 */
export async function startClaimLens(ctx: AppContext, browser: BrowserApi, doc: Document = document): Promise<void> {
  const startedAt = performance.now();
  const state: PageState = { status: 'starting', topic: null, counts: {}, forced: false };
  let settings: Settings;
  let extraction: Extraction | null = null;
  let painter: Painter | null = null;
  let flags: Flag[] | null = null;
  let analysing: Promise<void> | null = null;

  const onMessage = (message: unknown): Promise<PageState> | undefined => {
    if (!isTabRequest(message)) return undefined;
    if (message.type === 'claimlens:analyze-anyway') {
      state.forced = true;
      return run().then(() => snapshot());
    }
    return Promise.resolve(snapshot());
  };
  const snapshot = (): PageState => structuredClone(state);

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local') return;
    if (REFERENCE_STORE_KEY in changes) {
      // Other reference sets give other reference flags: analyse again.
      flags = null;
      void run();
    }
    if (!(SETTINGS_KEY in changes)) return;
    const before = settings;
    settings = normaliseSettings(changes[SETTINGS_KEY]!.newValue);
    if (settings.enabled !== before.enabled || settings.analyseEveryArticle !== before.analyseEveryArticle) {
      void run();
    } else {
      painter?.show(enabledCategories(settings));
    }
  };

  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
    painter?.clear();
    painter = null;
  });

  async function analyse(text: string): Promise<Flag[]> {
    const request: AnalyzeRequest = { type: 'claimlens:analyze', text };
    const response = (await browser.runtime.sendMessage(request)) as AnalyzeResponse | undefined;
    if (!response) throw new Error('no answer from the analysis service');
    if (!response.ok) throw new Error(response.error);
    return response.flags;
  }

  async function run(): Promise<void> {
    // One run at a time; a settings change during a run is picked up by the next one.
    while (analysing) await analysing;
    analysing = step().finally(() => {
      analysing = null;
    });
    return analysing;
  }

  async function step(): Promise<void> {
    if (ctx.isInvalid) return;
    if (!settings.enabled) {
      painter?.clear();
      state.status = 'disabled';
      return;
    }
    if (!extraction && !state.topic && !settings.analyseEveryArticle && !state.forced) {
      // Most pages are not about the war: decide that from raw text before extracting anything.
      const t0 = performance.now();
      const maybe = mayBeOnTopic(quickPageText(doc));
      measure('pregate', t0);
      if (!maybe) {
        state.topic = NOT_ON_TOPIC;
        state.status = 'off-topic';
        return;
      }
    }
    if (!extraction) {
      const t0 = performance.now();
      extraction = extractArticle(doc);
      measure('extract', t0);
    }
    if (!extraction || extraction.map.text.trim().length === 0) {
      state.status = 'no-article';
      return;
    }
    if (!state.topic || (state.topic === NOT_ON_TOPIC && (settings.analyseEveryArticle || state.forced))) {
      const t0 = performance.now();
      state.topic = detectTopic(extraction.map.text);
      measure('topic', t0);
    }
    if (!state.topic.onTopic && !settings.analyseEveryArticle && !state.forced) {
      painter?.clear();
      state.status = 'off-topic';
      return;
    }
    if (!highlightApiAvailable(doc.defaultView as Window & typeof globalThis)) {
      state.status = 'unsupported';
      return;
    }
    if (!flags) {
      state.status = 'analysing';
      try {
        flags = await analyse(extraction.map.text);
      } catch (err) {
        if (ctx.isInvalid) return;
        state.status = 'error';
        state.error = err instanceof Error ? err.message : String(err);
        return;
      }
      state.counts = countByCategory(flags);
    }
    if (ctx.isInvalid) return;
    const t0 = performance.now();
    painter ??= new Painter(doc, extraction.map);
    painter.paint(flags, enabledCategories(settings));
    measure('paint', t0);
    performance.mark('claimlens:painted');
    state.status = 'done';
  }

  measure('start', startedAt);
  settings = await loadSettings(browser.storage.local);
  if (ctx.isInvalid) return;
  await run();
}
