import { nativeApi } from '../src/extension/content-api';
import { startClaimLens } from '../src/extension/content-app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At DOMContentLoaded: the article is parsed, and the reader should not wait for images.
  runAt: 'document_end',
  main(ctx) {
    void startClaimLens(ctx, nativeApi()).catch((err: unknown) => {
      // Never break the page: report and stop.
      if (!ctx.isInvalid) console.debug('[ClaimLens] stopped:', err);
    });
  },
});
