import { describe, expect, it } from 'vitest';
import { createBackground } from '../../src/extension/background';
import type { BrowserApi } from '../../src/extension/browser-api';
import type { AnalyzeRequest, AnalyzeResponse } from '../../src/extension/messages';
import { loadStore, saveStore } from '../../src/extension/reference-store';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/extension/settings';

/**
 * A background with storage in memory that reports its changes, and scripting that records where it
 * started the full content script (no badge, no commands).
 */
function fakeBackground() {
  const data = new Map<string, unknown>();
  let reads = 0;
  const listeners: ((changes: Record<string, { newValue?: unknown }>, area: string) => void)[] = [];
  const area = {
    get: async (key: string) => (reads++, data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      for (const l of listeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
    },
  };
  const started: number[] = [];
  const scripting = {
    executeScript: async (injection: { target: { tabId: number } }) => void started.push(injection.target.tabId),
    getRegisteredContentScripts: async () => [],
    registerContentScripts: async () => undefined,
    updateContentScripts: async () => undefined,
    unregisterContentScripts: async () => undefined,
  };
  const browser = { storage: { local: area, onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l) } }, scripting } as unknown as BrowserApi;
  const handle = createBackground(browser);
  const analyse = (blocks: string[]) => handle({ type: 'claimlens:analyze', blocks, meta: { url: 'https://news.example/a' } } satisfies AnalyzeRequest, {}) as Promise<AnalyzeResponse>;
  const handOver = (tabId: number) => handle({ type: 'claimlens:may-be-on-topic' }, { tab: { id: tabId }, frameId: 0, url: 'https://news.example/a' }) as Promise<boolean>;
  return { area, analyse, handOver, started, reads: () => reads };
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
  it('starts the full script where the pre-check hands over, by the settings as they are after each change', async () => {
    const bg = fakeBackground();
    expect(await bg.handOver(1)).toBe(true);
    await bg.area.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sites: { 'news.example': 'paused' } } });
    expect(await bg.handOver(2)).toBe(false);
    await bg.area.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, enabled: true, sites: {} } });
    expect(await bg.handOver(3)).toBe(true);
    expect(bg.started).toEqual([1, 3]);
    // Between changes the settings are not read again for every page.
    const before = bg.reads();
    await bg.handOver(4);
    expect(bg.reads()).toBe(before);
  });
});
