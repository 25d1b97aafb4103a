/**
 * What the content script needs from WXT's ContentScriptContext. It is the one way everything the
 * content script starts is stopped: listeners go in with its signal or through it, timers through its
 * setTimeout, and each part registers what else it must undo with onInvalidated (extension update,
 * disable or removal).
 */
export interface AppContext {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  /** WXT's own event for single-page navigations (pushState too): only heard through the context. */
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

/** The page's window, typed with the globals the content script uses from it. */
export type PageWindow = Window & typeof globalThis;
