import type { Browser } from 'webextension-polyfill';

/**
 * The extension API of the extension's own pages and background: webextension-polyfill's `browser`,
 * passed in so that code stays testable. (The content script uses the browser's own API object
 * instead, to stay small: see content-api.ts.)
 */
export type BrowserApi = Browser;
