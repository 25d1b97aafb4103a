import { describe, expect, it } from 'vitest';
import type { ContentApi } from '../../../src/extension/content-api';
import { announce, answer, answerRequests, followStorage, gateChanged, type PageRequests } from '../../../src/extension/content/page-messages';
import { DISMISSED_KEY } from '../../../src/extension/dismissals';
import type { TabRequest } from '../../../src/extension/messages';
import { REFERENCE_STORE_KEY } from '../../../src/extension/reference-store';
import { normaliseSettings, SETTINGS_KEY } from '../../../src/extension/settings';
import { fakeContext, flag, sessionWith, settle } from './fakes';

/** An event of the extension API: listeners in, listeners out, and a way to fire it. */
function fakeEvent<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => unknown>();
  return { listeners, addListener: (cb: (...args: A) => unknown) => void listeners.add(cb), removeListener: (cb: (...args: A) => unknown) => void listeners.delete(cb), fire: (...args: A) => [...listeners].map((l) => l(...args)) };
}

function fakeRuntime() {
  const sent: unknown[] = [];
  const onMessage = fakeEvent<[unknown, unknown, (response: unknown) => void]>();
  const runtime = { sendMessage: async (m: unknown) => void sent.push(m), onMessage } as unknown as ContentApi['runtime'];
  return { runtime, sent, onMessage };
}

const requests = (log: string[]): PageRequests => ({
  state: () => ({ status: 'done' }) as never,
  analyseAnyway: async () => (log.push('anyway'), { status: 'analysing' }) as never,
  report: () => ({ title: 'T' }) as never,
  reveal: (key) => void log.push(`reveal ${key}`),
  dismiss: async (key, dismissed) => void log.push(`dismiss ${key} ${dismissed}`),
  step: (direction) => (log.push(`step ${direction}`), direction === 1),
});

describe('settings and messages', () => {
  it('answers each request of the popup, the side panel and the background', async () => {
    const log: string[] = [];
    const to = requests(log);
    const ask = (m: TabRequest) => answer(m, to);
    expect(await ask({ type: 'claimlens:get-state' })).toEqual({ status: 'done' });
    expect(await ask({ type: 'claimlens:analyze-anyway' })).toEqual({ status: 'analysing' });
    expect(await ask({ type: 'claimlens:get-report' })).toEqual({ title: 'T' });
    expect(await ask({ type: 'claimlens:reveal', key: 'k' })).toBe(true);
    expect(await ask({ type: 'claimlens:dismiss', key: 'k', dismissed: false })).toBe(true);
    expect(await ask({ type: 'claimlens:step', direction: -1 })).toBe(false);
    expect(log).toEqual(['anyway', 'reveal k', 'dismiss k false', 'step -1']);
  });

  it('answers asynchronously, leaves other messages to other listeners, and answers null when a request fails', async () => {
    const { runtime, onMessage } = fakeRuntime();
    const failing = { ...requests([]), dismiss: async () => Promise.reject(new Error('storage full')) };
    answerRequests(fakeContext(), runtime, failing);
    const responses: unknown[] = [];
    const respond = (r: unknown) => void responses.push(r);
    expect(onMessage.fire({ type: 'claimlens:page-updated', badge: 1 }, {}, respond)).toEqual([false]);
    expect(onMessage.fire({ type: 'claimlens:get-state' }, {}, respond)).toEqual([true]);
    expect(onMessage.fire({ type: 'claimlens:dismiss', key: 'k', dismissed: true }, {}, respond)).toEqual([true]);
    await settle();
    expect(responses).toEqual([{ status: 'done' }, null]);
  });

  it('follows stored settings, dismissals and reference sets, in the local area only', () => {
    const onChanged = fakeEvent<[Record<string, { newValue?: unknown }>, string]>();
    const log: string[] = [];
    followStorage(fakeContext(), { onChanged } as unknown as ContentApi['storage'], {
      referenceSetsChanged: () => void log.push('sets'),
      dismissalsChanged: () => void log.push('dismissed'),
      settingsChanged: (s) => void log.push(`settings ${s.sensitivity}`),
    });
    onChanged.fire({ [SETTINGS_KEY]: { newValue: { sensitivity: 'broad' } } }, 'sync');
    onChanged.fire({ [REFERENCE_STORE_KEY]: {}, [DISMISSED_KEY]: {}, [SETTINGS_KEY]: { newValue: { sensitivity: 'broad' } } }, 'local');
    onChanged.fire({ other: {} }, 'local');
    expect(log).toEqual(['sets', 'dismissed', 'settings broad']);
  });

  it('stops listening when the context is invalidated', () => {
    const ctx = fakeContext();
    const { runtime, onMessage } = fakeRuntime();
    const onChanged = fakeEvent<[Record<string, { newValue?: unknown }>, string]>();
    answerRequests(ctx, runtime, requests([]));
    followStorage(ctx, { onChanged } as unknown as ContentApi['storage'], { referenceSetsChanged() {}, dismissalsChanged() {}, settingsChanged() {} });
    expect(onMessage.listeners.size + onChanged.listeners.size).toBe(2);
    ctx.invalidate();
    expect(onMessage.listeners.size + onChanged.listeners.size).toBe(0);
  });

  it('opens or closes the gate only for the master switch, "every article" and this site’s choice', () => {
    const s = (raw: Record<string, unknown>) => normaliseSettings(raw);
    expect(gateChanged(s({}), s({ enabled: false }), 'a.example')).toBe(true);
    expect(gateChanged(s({}), s({ analyseEveryArticle: true }), 'a.example')).toBe(true);
    expect(gateChanged(s({}), s({ sites: { 'a.example': 'paused' } }), 'a.example')).toBe(true);
    expect(gateChanged(s({}), s({ sites: { 'b.example': 'paused' } }), 'a.example')).toBe(false);
    expect(gateChanged(s({}), s({ sensitivity: 'broad', categories: { emotive: false } }), 'a.example')).toBe(false);
  });

  it('announces the badge (flags shown) and keeps the popup’s counts (every category), only when done', () => {
    const { runtime, sent } = fakeRuntime();
    const session = sessionWith({ categories: { emotive: false } });
    session.items = [
      { key: 'a', flag: flag('editorial', 'loaded-language', 'x', 0) },
      { key: 'b', flag: flag('emotive', 'emotive-word', 'y', 5) },
    ];
    session.state.status = 'analysing';
    announce(runtime, session);
    session.state.status = 'done';
    announce(runtime, session);
    expect(sent).toEqual([
      { type: 'claimlens:page-updated', badge: null },
      { type: 'claimlens:page-updated', badge: 1 },
    ]);
    expect(session.state.counts).toEqual({ editorial: 1, emotive: 1 });
  });
});
