import { analyze } from '../core/analyze';
import { bundledReference } from '../core/reference/bundled';
import { isBackgroundRequest, type AnalyzeResponse } from './messages';

/** Handles analysis requests from content scripts. Runs off the page's main thread. */
export function handleBackgroundMessage(message: unknown): Promise<AnalyzeResponse> | undefined {
  if (!isBackgroundRequest(message)) return undefined;
  const t0 = performance.now();
  try {
    const { flags } = analyze(message.text, { reference: bundledReference() });
    return Promise.resolve({ ok: true, flags, ms: performance.now() - t0 });
  } catch (err) {
    return Promise.resolve({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}
