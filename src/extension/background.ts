import { analyze } from '../core/analyze';
import { bundledReference } from '../core/reference/bundled';
import { indexReferenceSet, type ReferenceIndex } from '../core/reference/check';
import type { BrowserApi } from './browser-api';
import { isBackgroundRequest, type AnalyzeResponse } from './messages';
import { combineSets, loadRevision, loadStore } from './reference-store';

/**
 * The analysis service in the background worker, off the page's main thread. It checks against the
 * enabled reference sets (the bundled one and the reader's imports), rebuilding its index only when
 * the stored sets change.
 */
export function createAnalysisService(browser: BrowserApi): (message: unknown) => Promise<AnalyzeResponse> | undefined {
  const area = browser.storage.local;
  // Keyed by the store's revision: a request that arrives just after the reader changed the sets,
  // before any change event reached this worker, still sees the new sets.
  let cached: { revision: string; reference: Promise<ReferenceIndex | undefined> } | null = null;
  const currentReference = async (): Promise<ReferenceIndex | undefined> => {
    const revision = await loadRevision(area);
    if (cached?.revision !== revision) {
      cached = {
        revision,
        reference: loadStore(area).then((store) => {
          const set = combineSets(store.bundledEnabled ? bundledReference().set : null, store.imported.filter((s) => s.enabled));
          return set ? indexReferenceSet(set) : undefined;
        }),
      };
    }
    return cached.reference;
  };

  return (message) => {
    if (!isBackgroundRequest(message)) return undefined;
    return (async (): Promise<AnalyzeResponse> => {
      const t0 = performance.now();
      try {
        const { flags } = analyze(message.text, { reference: await currentReference() });
        return { ok: true, flags, ms: performance.now() - t0 };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  };
}
