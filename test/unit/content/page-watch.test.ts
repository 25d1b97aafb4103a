import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARK_TAG } from '../../../src/dom/fallback-painter';
import { pageChanged, watchPage } from '../../../src/extension/content/page-watch';
import type { PageStatus } from '../../../src/extension/messages';
import { DYNAMIC_DEBOUNCE_MS, MAX_OFF_TOPIC_RECHECKS, MIN_NEW_TEXT_FOR_RECHECK } from '../../../src/extension/late-text';
import { fakeContext, sessionWith, testPage, WAR_ARTICLE } from './fakes';

function setUp(status: PageStatus = 'done') {
  const page = testPage(WAR_ARTICLE);
  const ctx = fakeContext();
  const session = sessionWith();
  session.state.status = status;
  session.stale = false;
  session.extraction = { root: page.doc.body, map: { text: 'old', segments: [] } } as never;
  const events = { changed: 0, navigated: 0 };
  const watch = watchPage(ctx, page.doc, session, { changed: () => events.changed++, navigated: () => events.navigated++ });
  watch.observe();
  const add = (text: string, tag = 'p') => {
    const el = page.doc.createElement(tag);
    el.textContent = text;
    page.doc.body.append(el);
  };
  return { ...page, ctx, session, events, add };
}

/** Lets the observer report and the debounce run out. */
const quiet = () => vi.advanceTimersByTimeAsync(DYNAMIC_DEBOUNCE_MS + 50);

describe('watching the page change', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('reads the page again once it has been quiet for a moment, however many changes came', async () => {
    const { add, events, session } = setUp();
    add('A new paragraph of the live blog.');
    await vi.advanceTimersByTimeAsync(DYNAMIC_DEBOUNCE_MS / 2);
    add('And another one.');
    await vi.advanceTimersByTimeAsync(DYNAMIC_DEBOUNCE_MS / 2);
    expect(events.changed).toBe(0);
    await quiet();
    expect(events.changed).toBe(1);
    expect(session.extraction).toBeNull();
    expect(session.stale).toBe(true);
  });

  it('ignores its own marks and card', async () => {
    const { add, events } = setUp();
    add('marked', MARK_TAG);
    add('', 'claimlens-card');
    await quiet();
    expect(events.changed).toBe(0);
  });

  it('tells the page’s changes from its own', () => {
    const p = (name: string) => ({ nodeName: name }) as Node;
    const childList = (added: Node[], target = p('DIV')) => ({ type: 'childList', addedNodes: added, removedNodes: [], target }) as unknown as MutationRecord;
    expect(pageChanged([childList([p('P')])])).toBe(true);
    expect(pageChanged([childList([p(MARK_TAG.toUpperCase())])])).toBe(false);
    expect(pageChanged([childList([p('#text')], p('CLAIMLENS-MARK'))])).toBe(false);
    expect(pageChanged([childList([])])).toBe(false);
    const text = (parent: Node | null) => ({ type: 'characterData', target: { parentNode: parent } }) as unknown as MutationRecord;
    expect(pageChanged([text(p('P'))])).toBe(true);
    expect(pageChanged([text(p(MARK_TAG))])).toBe(false);
  });

  it.each(['disabled', 'paused'] as const)('does nothing while %s', async (status) => {
    const { add, events } = setUp(status);
    add('x'.repeat(MIN_NEW_TEXT_FOR_RECHECK * 2));
    await quiet();
    expect(events.changed).toBe(0);
  });

  it('looks again at an off-topic page only for a lot of new text, and a few times at most', async () => {
    const { add, events, session } = setUp('off-topic');
    session.state.topic = { onTopic: false, score: 0, terms: [], words: 10 };
    add('An advertisement.');
    await quiet();
    expect(events.changed).toBe(0);
    add('x'.repeat(MIN_NEW_TEXT_FOR_RECHECK));
    await quiet();
    expect(events.changed).toBe(1);
    expect(session.state.topic).toBeNull();
    for (let i = 0; i < MAX_OFF_TOPIC_RECHECKS + 2; i++) {
      add('x'.repeat(MIN_NEW_TEXT_FOR_RECHECK));
      await quiet();
    }
    expect(events.changed).toBe(MAX_OFF_TOPIC_RECHECKS);
  });

  it('starts afresh on a navigation to another address, once, and not for a jump within the page', () => {
    const { win, fire, events } = setUp();
    win.location.href = 'https://news.example/war#section-2';
    fire(win, 'popstate');
    expect(events.navigated).toBe(0);
    win.location.href = 'https://news.example/next-article';
    fire(win, 'popstate');
    fire(win, 'wxt:locationchange');
    expect(events.navigated).toBe(1);
  });

  it('stops with the context: no more looks, no more navigations', async () => {
    const { add, win, fire, events, ctx } = setUp();
    ctx.invalidate();
    add('A new paragraph.');
    await quiet();
    win.location.href = 'https://news.example/other';
    fire(win, 'popstate');
    expect(events).toEqual({ changed: 0, navigated: 0 });
  });
});
