import { describe, expect, it } from 'vitest';
import { createBackground } from '../../src/extension/background';
import type { BrowserApi } from '../../src/extension/browser-api';
import type { AnalyzeRequest, AnalyzeResponse } from '../../src/extension/messages';
import { loadStore, saveStore } from '../../src/extension/reference-store';

/** A background with storage in memory and nothing else it could touch (no scripting, no badge). */
function fakeBackground() {
  const data = new Map<string, unknown>();
  let reads = 0;
  const area = {
    get: async (key: string) => (reads++, data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
  };
  const browser = { storage: { local: area, onChanged: { addListener: () => undefined } } } as unknown as BrowserApi;
  const handle = createBackground(browser);
  const analyse = (blocks: string[]) => handle({ type: 'claimlens:analyze', blocks, meta: { url: 'https://news.example/a' } } satisfies AnalyzeRequest, {}) as Promise<AnalyzeResponse>;
  return { area, analyse, reads: () => reads };
}

/** A sentence that conflicts with the bundled reference set (its range is about 190 miles). */
const CONFLICT = 'ATACMS missiles can hit targets 500 kilometers away, officials said on Monday.';
const referenceFlags = (r: AnalyzeResponse) => (r.ok ? r.results.flatMap((b) => b.flags).filter((f) => ['conflict', 'supported', 'uncovered'].includes(f.category)) : []);

describe('the background analysis service', () => {
  it('answers every request against the reference sets stored when it arrives, even right after they changed', async () => {
    const bg = fakeBackground();
    const first = await bg.analyse([CONFLICT]);
    expect(referenceFlags(first).map((f) => f.category)).toContain('conflict');
    // The reader switches the bundled set off; the next request, analysed at once against the sets
    // the last one used, must still be answered against the stored ones.
    await saveStore(bg.area, { ...(await loadStore(bg.area)), bundledEnabled: false });
    expect(referenceFlags(await bg.analyse([CONFLICT]))).toEqual([]);
    expect(referenceFlags(await bg.analyse([CONFLICT]))).toEqual([]);
    await saveStore(bg.area, { ...(await loadStore(bg.area)), bundledEnabled: true });
    expect(referenceFlags(await bg.analyse([CONFLICT])).map((f) => f.category)).toContain('conflict');
  });
  it('reads only the revision from storage while the sets stay the same', async () => {
    const bg = fakeBackground();
    await bg.analyse([CONFLICT]);
    const before = bg.reads();
    await bg.analyse([CONFLICT]);
    expect(bg.reads() - before).toBe(1);
  });
});
