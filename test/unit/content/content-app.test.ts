import { describe, expect, it } from 'vitest';
import { MARK_TAG } from '../../../src/dom/fallback-painter';
import { analyseBlocks } from '../../../src/extension/background';
import type { ContentApi } from '../../../src/extension/content-api';
import { startClaimLens } from '../../../src/extension/content-app';
import { isAnalyzeRequest, type PageReport, type PageState, type TabRequest } from '../../../src/extension/messages';
import { SETTINGS_KEY } from '../../../src/extension/settings';
import { fakeContext, OFF_TOPIC_PAGE, settle, testPage, WAR_ARTICLE } from './fakes';

/**
 * The extension around the content script: storage that reports its changes, and a background that
 * analyses blocks with the real core (as the background worker does) and records what else it is told.
 */
function fakeExtension(stored: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(stored));
  const storageListeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  const messageListeners = new Set<(message: unknown, sender: unknown, respond: (r: unknown) => void) => unknown>();
  const told: unknown[] = [];
  const analysed: string[][] = [];
  const api: ContentApi = {
    runtime: {
      sendMessage: async (message) => {
        if (isAnalyzeRequest(message)) return (analysed.push(message.blocks), analyseBlocks(message, undefined));
        told.push(message);
        return undefined;
      },
      onMessage: { addListener: (cb) => void messageListeners.add(cb), removeListener: (cb) => void messageListeners.delete(cb) },
    },
    storage: {
      local: {
        get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
        set: async (items) => {
          for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
          for (const l of storageListeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
        },
      },
      onChanged: { addListener: (cb) => void storageListeners.add(cb), removeListener: (cb) => void storageListeners.delete(cb) },
    },
  };
  /** Asks the content script as the popup or side panel does, and waits for its answer. */
  const ask = (request: TabRequest): Promise<unknown> =>
    new Promise((resolve) => {
      for (const l of messageListeners) l(request, {}, resolve);
    });
  const badges = () => told.filter((m) => (m as { type: string }).type === 'claimlens:page-updated').map((m) => (m as { badge: number | null }).badge);
  return { api, ask, told, analysed, badges, listeners: () => messageListeners.size + storageListeners.size };
}

async function start(body: string, stored: Record<string, unknown> = {}) {
  const page = testPage(body, { title: 'Kharkiv under fire' });
  const ctx = fakeContext();
  const ext = fakeExtension(stored);
  await startClaimLens(ctx, ext.api, page.doc);
  await settle();
  const marks = () => [...page.doc.querySelectorAll(MARK_TAG)].map((m) => m.textContent);
  const markedKeys = () => new Set([...page.doc.querySelectorAll(MARK_TAG)].flatMap((m) => JSON.parse((m as HTMLElement).dataset.keys!) as string[]));
  return { ...page, ...ext, ctx, marks, markedKeys };
}

describe('startClaimLens: the parts together on a page', () => {
  it('paints an article about the war with the background’s flags and answers the popup and side panel', async () => {
    const { marks, markedKeys, ask, badges, analysed } = await start(WAR_ARTICLE);
    expect(analysed).toHaveLength(1);
    expect(marks()).toEqual(expect.arrayContaining(['has not been confirmed', 'Critics warn']));
    const state = (await ask({ type: 'claimlens:get-state' })) as PageState;
    expect(state).toMatchObject({ status: 'done', painter: 'fallback', host: 'news.example' });
    expect(state.topic?.onTopic).toBe(true);
    const report = (await ask({ type: 'claimlens:get-report' })) as PageReport;
    expect(report.title).toBe('Kharkiv under fire');
    expect(report.flags.map((f) => f.key)).toEqual(expect.arrayContaining([...markedKeys()]));
    expect(badges().at(-1)).toBe(markedKeys().size);
  });

  it('leaves an off-topic page alone: nothing sent for analysis, no badge', async () => {
    const { marks, ask, analysed, badges } = await start(OFF_TOPIC_PAGE);
    expect(((await ask({ type: 'claimlens:get-state' })) as PageState).status).toBe('off-topic');
    expect(analysed).toEqual([]);
    expect(marks()).toEqual([]);
    expect(badges()).toEqual([null]);
  });

  it('follows the settings: a category switched off goes without asking the background again', async () => {
    const { marks, api, analysed } = await start(WAR_ARTICLE);
    await api.storage.local.set({ [SETTINGS_KEY]: { categories: { unverified: false } } });
    await settle();
    expect(marks()).not.toContain('has not been confirmed');
    expect(marks()).toContain('Critics warn');
    expect(analysed).toHaveLength(1);
  });

  it('dismisses a flag for the reader, remembered in storage, and restores it', async () => {
    const { marks, ask, badges } = await start(WAR_ARTICLE);
    const report = (await ask({ type: 'claimlens:get-report' })) as PageReport;
    const unconfirmed = report.flags.find((f) => f.flag.cue === 'has not been confirmed')!;
    const before = badges().at(-1)!;
    await ask({ type: 'claimlens:dismiss', key: unconfirmed.key, dismissed: true });
    await settle();
    expect(marks()).not.toContain('has not been confirmed');
    expect(badges().at(-1)).toBe(before - 1);
    const again = (await ask({ type: 'claimlens:get-report' })) as PageReport;
    expect(again.flags.find((f) => f.key === unconfirmed.key)?.dismissed).toBe(true);
    await ask({ type: 'claimlens:dismiss', key: unconfirmed.key, dismissed: false });
    await settle();
    expect(marks()).toContain('has not been confirmed');
  });

  it('stops with the context: highlights gone, listeners removed, the DOM as it was', async () => {
    const page = testPage(WAR_ARTICLE);
    const original = page.doc.body.innerHTML;
    const ctx = fakeContext();
    const ext = fakeExtension();
    await startClaimLens(ctx, ext.api, page.doc);
    expect(page.doc.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    expect(ext.listeners()).toBe(2);
    ctx.invalidate();
    expect(page.doc.body.innerHTML).toBe(original);
    expect(ext.listeners()).toBe(0);
  });
});
