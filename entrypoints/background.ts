import { browser } from 'wxt/browser';
import { handleBackgroundMessage } from '../src/extension/background';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => handleBackgroundMessage(message));
});
