import { browser } from 'wxt/browser';
import { startClaimLens } from '../src/extension/content-app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startClaimLens(ctx, browser).catch((err: unknown) => {
      // Never break the page: report and stop.
      if (!ctx.isInvalid) console.debug('[ClaimLens] stopped:', err);
    });
  },
});
