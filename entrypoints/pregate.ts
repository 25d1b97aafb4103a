import { nativeApi } from '../src/extension/content-api';
import type { MayBeOnTopic } from '../src/extension/messages';
import { startPregate } from '../src/extension/pregate';

/**
 * The script injected into every page (listed in the manifest by wxt.config.ts): the topic pre-check.
 * An unlisted script, not a WXT content script: it needs none of WXT's content-script context, whose
 * start-up would cost every page more than the pre-check itself. The full content script, with WXT's
 * context, starts only where the pre-check hands over.
 */
export default defineUnlistedScript(() => {
  startPregate(document, {
    alive: () => {
      try {
        return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
      } catch {
        return false;
      }
    },
    handOver: () => {
      const message: MayBeOnTopic = { type: 'claimlens:may-be-on-topic' };
      void nativeApi().runtime.sendMessage(message).catch(() => undefined);
    },
  });
});
