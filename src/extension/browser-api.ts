import type { browser } from 'wxt/browser';

/** The extension API object (webextension-polyfill's `browser`), passed in so code stays testable. */
export type BrowserApi = typeof browser;
