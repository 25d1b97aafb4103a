import { analyseArticleBlocks, genreLine } from '../core/article';
import { whyItMatters } from '../core/rule-notes';
import { bundledReference } from '../core/reference/bundled';
import { indexReferenceSet, type ReferenceIndex } from '../core/reference/check';
import type { BrowserApi } from './browser-api';
import { isAnalyzeRequest, isMayBeOnTopic, isPageUpdated, isShowInListRequest, isWakeRequest, type AnalyzeRequest, type AnalyzeResponse, type TabRequest } from './messages';
import { showListFor } from './dom';
import { startContentScript, startsOnHandOver, syncGateOffScript, type ScriptingApi } from './injector';
import { combineSets, loadRevision, loadStore } from './reference-store';
import { loadSettings, SETTINGS_KEY, type Settings, type StorageArea } from './settings';

/** Badge colour: dark enough for white digits to pass WCAG AA. */
const BADGE_COLOR = '#1f4e99';

interface Sender {
  tab?: { id?: number; windowId?: number };
  frameId?: number;
  url?: string;
}

const hostOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

const failure = (err: unknown): AnalyzeResponse => ({ ok: false, error: err instanceof Error ? err.message : String(err) });

/** The analysis service's answer for a page's blocks: each analysed on its own, with the rules' notes. */
export function analyseBlocks(request: Pick<AnalyzeRequest, 'blocks' | 'genre' | 'meta'>, reference: ReferenceIndex | undefined, t0 = performance.now()): AnalyzeResponse {
  try {
    const notes: Record<string, string> = {};
    const article = analyseArticleBlocks(request.blocks, { genre: request.genre, meta: request.meta, reference });
    const results = article.analyses.map(({ flags, quotations }) => {
      for (const f of flags) notes[f.rule] ??= whyItMatters(f);
      return { flags, quotations };
    });
    const line = article.reading ? genreLine(article.reading) : null;
    return { ok: true, results, notes, ms: performance.now() - t0, genre: article.genre, genreLine: line };
  } catch (err) {
    return failure(err);
  }
}

/**
 * The analysis service's answers, against the enabled reference sets: their index is rebuilt only
 * when the stored sets change, which storage's revision of them tells.
 */
function analysisService(area: StorageArea): (request: AnalyzeRequest) => Promise<AnalyzeResponse> {
  // Keyed by the store's revision: a request that arrives just after the reader changed the sets,
  // before any change event reached this worker, still sees the new sets.
  let cached: { revision: string; reference: Promise<ReferenceIndex | undefined> } | null = null;
  /** The sets of the last request, once indexed: what the next request almost always finds again. */
  let last: { revision: string; reference: ReferenceIndex | undefined } | null = null;
  const referenceAt = (revision: string): Promise<ReferenceIndex | undefined> => {
    if (cached?.revision !== revision) {
      const reference = loadStore(area).then((store) => {
        const set = combineSets(store.bundledEnabled ? bundledReference().set : null, store.imported.filter((s) => s.enabled));
        return set ? indexReferenceSet(set) : undefined;
      });
      cached = { revision, reference };
      void reference.then((index) => (last = { revision, reference: index }), () => undefined);
    }
    return cached.reference;
  };
  // Storage is asked for the revision first, and while its answer is on the way (milliseconds, more
  // on a busy machine) the blocks are analysed against the sets of the last request; only if the
  // revision moved are they analysed again. So the answer waits for the longer of the two, not both.
  return (request) => {
    const t0 = performance.now();
    const revision = loadRevision(area);
    const early = last && { revision: last.revision, response: analyseBlocks(request, last.reference, t0) };
    return revision.then(async (now) => (early?.revision === now ? early.response : analyseBlocks(request, await referenceAt(now), t0)), failure);
  };
}

/**
 * The settings as last read, for the pre-check's hand-over: it waits for them before the full script
 * can start, on every page that may be about the war. `drop` on every change: they are read again. A
 * hand-over in the moment between a change and its event starts the script by the settings before,
 * and the script, which reads them itself, stops where they say so.
 */
function keptSettings(area: StorageArea): { current(): Promise<Settings>; drop(): void } {
  let kept: Promise<Settings> | null = null;
  return {
    current() {
      if (!kept) {
        const read = loadSettings(area);
        kept = read;
        read.catch(() => kept === read && (kept = null));
      }
      return kept;
    },
    drop() {
      kept = null;
    },
  };
}

/**
 * The background: the analysis service (off the page's main thread), where the full content script
 * starts (see injector.ts), the badge, the side panel and the keyboard commands.
 */
export function createBackground(browser: BrowserApi): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  const area = browser.storage.local;
  const analyse = analysisService(area);
  const settings = keptSettings(area);
  const action = (browser as unknown as { action?: BrowserApi['browserAction'] }).action ?? browser.browserAction;
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;

  // The gate-off registration follows the settings: now (each time the background starts) and on change.
  let syncing: Promise<void> = Promise.resolve();
  const syncScripts = (): Promise<void> =>
    (syncing = syncing
      .then(async () => {
        if (scripting) await syncGateOffScript(scripting, await loadSettings(area));
      })
      .catch((err: unknown) => console.error('[ClaimLens] could not register the content script:', err)));
  void syncScripts();
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
    settings.drop();
    void syncScripts();
  });

  browser.commands?.onCommand.addListener(async (command: string) => {
    const direction = command === 'next-flag' ? 1 : command === 'previous-flag' ? -1 : 0;
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const request: TabRequest = { type: 'claimlens:step', direction };
    await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });

  return (message, sender) => {
    if (isAnalyzeRequest(message)) return analyse(message);
    if (isWakeRequest(message)) {
      // Settings first: a page opened while the registration was changing is started by one or the other.
      return syncing.then(() => (scripting ? startContentScript(scripting, message.tabId) : false));
    }
    const tabId = sender.tab?.id;
    if (isMayBeOnTopic(message) && tabId !== undefined) {
      return settings.current().then((now) =>
        scripting && startsOnHandOver(now, hostOf(sender.url)) ? startContentScript(scripting, tabId, sender.frameId ?? 0) : false,
      );
    }
    if (isPageUpdated(message) && tabId !== undefined) {
      const text = message.badge === null || message.badge === 0 ? '' : String(message.badge);
      return Promise.all([action?.setBadgeText({ tabId, text }), action?.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR })]).then(() => true);
    }
    if (isShowInListRequest(message) && tabId !== undefined) {
      // Opening a panel needs a user gesture; the click on "Show in list" is one where the browser allows it (not Firefox).
      return showListFor(browser, tabId, sender.tab?.windowId);
    }
    return undefined;
  };
}
