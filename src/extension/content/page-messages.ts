import type { ContentApi } from '../content-api';
import { DISMISSED_KEY } from '../dismissals';
import { countByCategory, isTabRequest, type PageReport, type PageState, type PageUpdated, type TabRequest } from '../messages';
import { REFERENCE_STORE_KEY } from '../reference-store-key';
import { normaliseSettings, SETTINGS_KEY, type Settings } from '../settings';
import type { AppContext } from './context';
import { countedFlags, visibleFlags, type Session } from './session';

/**
 * Settings and messages: the content script's conversation with the rest of the extension. The popup,
 * the side panel and the background ask about the page (TabRequest); storage tells it when the
 * settings, the dismissed flags or the reference sets change; it announces its own changes. Listeners
 * are removed when the context is invalidated.
 */

/** What the content script answers, one function per request. */
export interface PageRequests {
  state(): PageState;
  analyseAnyway(): Promise<PageState>;
  report(): PageReport;
  reveal(key: string): void;
  dismiss(key: string, dismissed: boolean): Promise<void>;
  step(direction: 1 | -1): boolean;
}

export function answer(message: TabRequest, to: PageRequests): Promise<unknown> {
  switch (message.type) {
    case 'claimlens:analyze-anyway':
      return to.analyseAnyway();
    case 'claimlens:get-report':
      return Promise.resolve(to.report());
    case 'claimlens:reveal':
      to.reveal(message.key);
      return Promise.resolve(true);
    case 'claimlens:dismiss':
      return to.dismiss(message.key, message.dismissed).then(() => true);
    case 'claimlens:step':
      return Promise.resolve(to.step(message.direction));
    default:
      return Promise.resolve(to.state());
  }
}

/** Answers the extension's questions about the page until the context is invalidated. */
export function answerRequests(ctx: AppContext, runtime: ContentApi['runtime'], to: PageRequests): void {
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    if (!isTabRequest(message)) return false;
    answer(message, to).then(sendResponse, () => sendResponse(null));
    return true; // the answer comes asynchronously
  };
  runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => runtime.onMessage.removeListener(onMessage));
}

export interface StorageReactions {
  /** Other reference sets give other reference flags. */
  referenceSetsChanged(): void;
  /** The reader dismissed or restored a flag (here or in the side panel). */
  dismissalsChanged(): void;
  settingsChanged(settings: Settings): void;
}

/** Follows the stored settings, dismissals and reference sets until the context is invalidated. */
export function followStorage(ctx: AppContext, storage: ContentApi['storage'], on: StorageReactions): void {
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local') return;
    if (REFERENCE_STORE_KEY in changes) on.referenceSetsChanged();
    if (DISMISSED_KEY in changes) on.dismissalsChanged();
    if (SETTINGS_KEY in changes) on.settingsChanged(normaliseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => storage.onChanged.removeListener(onStorage));
}

/** True when a change of settings opens or closes the gate on this host (else only what is shown changes). */
export function gateChanged(before: Settings, after: Settings, host: string): boolean {
  return after.enabled !== before.enabled || after.analyseEveryArticle !== before.analyseEveryArticle || after.sites[host] !== before.sites[host];
}

/** The page's counts for the popup and one broadcast for the badge and the side panel. */
export function announce(runtime: ContentApi['runtime'], session: Session): void {
  const { state } = session;
  const done = state.status === 'done';
  state.counts = countByCategory((done ? countedFlags(session) : []).map((i) => i.flag));
  const update: PageUpdated = { type: 'claimlens:page-updated', badge: done ? visibleFlags(session).length : null };
  void runtime.sendMessage(update).catch(() => undefined);
}
