import type { BrowserApi } from './browser-api';
import type { PageState, TabRequest, WakeRequest } from './messages';

/** How often to ask a content script just started whether it has read its settings. */
const WAKE_POLL_MS = 25;
/** How long a content script just started may take to say where the page stands (a slow page, a cold background). */
const WAKE_TIMEOUT_MS = 3_000;

/**
 * Asks the content script of a tab (popup, side panel). Most tabs run only the topic pre-check, which
 * answers nothing: there the background starts the full content script first, which then says where
 * the page stands ("not about the war", with its score). Null where ClaimLens cannot run at all.
 */
export async function askTab(browser: BrowserApi, tabId: number | undefined, request: TabRequest): Promise<unknown> {
  if (tabId === undefined) return null;
  const send = async (r: TabRequest): Promise<unknown> => {
    try {
      return (await browser.tabs.sendMessage(tabId, r)) ?? null;
    } catch {
      return null; // nothing listening: only the pre-check, or a page ClaimLens cannot run on
    }
  };
  const answer = await send(request);
  if (answer !== null) return answer;
  const wake: WakeRequest = { type: 'claimlens:wake', tabId };
  const started = await browser.runtime.sendMessage(wake).catch(() => false);
  if (started !== true) return null;
  // Its listener is there at once; its answer means something once it has read the settings.
  for (const until = Date.now() + WAKE_TIMEOUT_MS; Date.now() < until; await new Promise((r) => setTimeout(r, WAKE_POLL_MS))) {
    const state = (await send({ type: 'claimlens:get-state' })) as PageState | null;
    if (state && state.status !== 'starting') break;
  }
  return send(request);
}
