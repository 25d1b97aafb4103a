/**
 * The slice of the extension API the content script uses, typed here. The content script takes the
 * browser's own API object (promise-based in Firefox and in Chrome's MV3) rather than
 * webextension-polyfill: the polyfill is 10 KB, a quarter of the budget for the script that is
 * injected into every page. Replies to messages use sendResponse, which both browsers support.
 */
type Listener<A extends unknown[]> = { addListener(cb: (...args: A) => unknown): void; removeListener(cb: (...args: A) => unknown): void };

export interface ContentApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listener<[message: unknown, sender: unknown, sendResponse: (response: unknown) => void]>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: Listener<[changes: Record<string, { newValue?: unknown }>, area: string]>;
  };
}

/** Firefox's `browser`, else Chrome's `chrome` (as WXT's own `browser` export picks). */
export function nativeApi(): ContentApi {
  const g = globalThis as unknown as { browser?: { runtime?: { id?: string } } & ContentApi; chrome: ContentApi };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
}
