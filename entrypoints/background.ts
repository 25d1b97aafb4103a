import { browser } from 'wxt/browser';
import { createAnalysisService } from '../src/extension/background';

export default defineBackground(() => {
  const handle = createAnalysisService(browser);
  browser.runtime.onMessage.addListener((message: unknown) => handle(message));
});
