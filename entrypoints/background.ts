import browser from 'webextension-polyfill';
import { createBackground } from '../src/extension/background';

export default defineBackground(() => {
  const handle = createBackground(browser);
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number }; frameId?: number; url?: string }) => handle(message, sender));
});
