import { nativeApi } from '../src/extension/content-api';
import { startClaimLens } from '../src/extension/content-app';
import { PAGE_MATCHES } from '../src/extension/injector';

/**
 * The full content script. Not in the manifest: the background starts it where the pre-check that runs
 * on every page (entrypoints/pregate.ts) hands over, where the topic gate is off, and where the popup
 * or side panel asks about the page (src/extension/injector.ts). Its matches are the host access the
 * background needs for that.
 */
export default defineContentScript({
  matches: PAGE_MATCHES,
  registration: 'runtime',
  main(ctx) {
    void startClaimLens(ctx, nativeApi()).catch((err: unknown) => {
      // Never break the page: report and stop.
      if (!ctx.isInvalid) console.debug('[ClaimLens] stopped:', err);
    });
  },
});
