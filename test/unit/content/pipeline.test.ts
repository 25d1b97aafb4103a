import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/core/types';
import { MARK_TAG } from '../../../src/dom/fallback-painter';
import type { BlockAnalysis } from '../../../src/extension/content/block-analysis';
import { createPainting } from '../../../src/extension/content/painting';
import { createPipeline } from '../../../src/extension/content/pipeline';
import { visibleFlags } from '../../../src/extension/content/session';
import { createTiming } from '../../../src/extension/content/timing';
import { fakeContext, flag, OFF_TOPIC_PAGE, sessionWith, settle, testPage, WAR_ARTICLE } from './fakes';

/** Words the fake analysis flags wherever they occur. */
const CUES: [string, Flag['category']][] = [
  ['disastrous', 'editorial'],
  ['has not been confirmed', 'unverified'],
  ['water them', 'editorial'],
];

function fakeAnalysis(options: { fail?: string; gate?: Promise<void> } = {}) {
  const calls = { analyse: 0, forget: 0, inFlight: 0, most: 0 };
  const analysis: BlockAnalysis = {
    async analyse(text) {
      calls.analyse++;
      calls.most = Math.max(calls.most, ++calls.inFlight);
      await options.gate;
      calls.inFlight--;
      if (options.fail) throw new Error(options.fail);
      const flags = CUES.filter(([cue]) => text.includes(cue)).map(([cue, category]) => flag(category, 'rule', cue, text.indexOf(cue)));
      return { flags, quotations: [], genre: null };
    },
    forget: () => void calls.forget++,
    whyItMatters: () => undefined,
  };
  return { analysis, calls };
}

function setUp(body = WAR_ARTICLE, raw: Record<string, unknown> = {}, analysisOptions: Parameters<typeof fakeAnalysis>[0] = {}) {
  const page = testPage(body);
  const ctx = fakeContext();
  const session = sessionWith(raw);
  const { analysis, calls } = fakeAnalysis(analysisOptions);
  const painting = createPainting(ctx, page.doc, session);
  const log: string[] = [];
  const pipeline = createPipeline(ctx, page.doc, session, {
    meta: () => ({ url: 'http://127.0.0.1/article' }),
    analysis,
    painting,
    explaining: { hide: () => void log.push('hide'), listen: () => void log.push('listen'), restart: () => void log.push('restart') },
    watch: { observe: () => void log.push('observe') },
    timing: createTiming(() => false),
    loadDismissed: async () => (log.push('load dismissed'), new Set(['unverified|rule|has not been confirmed|1'])),
    show: () => void painting.repaint(),
    announce: () => void log.push(`announce ${session.state.status}`),
  });
  const marks = () => [...page.doc.querySelectorAll(MARK_TAG)].map((m) => m.textContent);
  return { ...page, ctx, session, pipeline, calls, log, marks };
}

describe('the run from settings to painted flags', () => {
  it('paints an article about the war: analysed, dismissals read, painted, announced', async () => {
    const { pipeline, session, calls, log, marks } = setUp();
    await pipeline.run();
    expect(session.state.status).toBe('done');
    expect(session.state.painter).toBe('fallback');
    expect(calls.analyse).toBe(1);
    expect(session.items.map((i) => i.key)).toEqual(['editorial|rule|disastrous|1', 'unverified|rule|has not been confirmed|1']);
    // The dismissed flag is not painted.
    expect(marks()).toEqual(['disastrous']);
    expect(visibleFlags(session)).toHaveLength(1);
    expect(log).toEqual(['observe', 'load dismissed', 'listen', 'announce done']);
  });

  it('paints again without asking the background when nothing changed', async () => {
    const { pipeline, calls, log } = setUp();
    await pipeline.run();
    await pipeline.run();
    expect(calls.analyse).toBe(1);
    expect(log.filter((l) => l === 'listen' || l === 'load dismissed')).toEqual(['load dismissed', 'listen']);
  });

  it.each([
    ['switched off', { enabled: false }, 'disabled'],
    ['paused on this site', { sites: { 'news.example': 'paused' } }, 'paused'],
  ])('stops at once when %s, clearing what was painted', async (_name, raw, status) => {
    const { pipeline, session, calls, log, marks } = setUp(WAR_ARTICLE, {});
    await pipeline.run();
    session.settings = sessionWith(raw).settings;
    await pipeline.run();
    expect(session.state.status).toBe(status);
    expect(marks()).toEqual([]);
    expect(calls.analyse).toBe(1);
    expect(log.slice(-2)).toEqual(['hide', `announce ${status}`]);
  });

  it('ends an off-topic page at the quick check and watches it; "analyse anyway" analyses it', async () => {
    const { pipeline, session, calls, log, marks } = setUp(OFF_TOPIC_PAGE);
    await pipeline.run();
    expect(session.state.status).toBe('off-topic');
    expect(session.extraction).toBeNull();
    expect(calls.analyse).toBe(0);
    expect(log).toEqual(['observe', 'announce off-topic']);
    await pipeline.analyseAnyway();
    expect(session.state.status).toBe('done');
    expect(marks()).toEqual(['water them']);
  });

  it('analyses the whole text again for other reference sets', async () => {
    const { pipeline, calls } = setUp();
    await pipeline.run();
    await pipeline.reanalyse();
    expect(calls).toMatchObject({ analyse: 2, forget: 1 });
  });

  it('starts afresh after a navigation: painter dropped, stepping restarted, the page read again', async () => {
    const { pipeline, session, calls, log } = setUp();
    await pipeline.run();
    session.state.forced = true;
    await pipeline.startAfresh();
    expect(log).toContain('restart');
    expect(session.state.forced).toBe(false);
    expect(calls.analyse).toBe(2);
    expect(session.state.status).toBe('done');
  });

  it('leaves the page in the error state when the analysis fails, and says so', async () => {
    const { pipeline, session, log } = setUp(WAR_ARTICLE, {}, { fail: 'no answer from the analysis service' });
    await pipeline.run();
    expect(session.state).toMatchObject({ status: 'error', error: 'no answer from the analysis service' });
    expect(log.at(-1)).toBe('announce error');
  });

  it('runs one at a time: a run asked for during another waits for it', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { pipeline, session, calls } = setUp(WAR_ARTICLE, {}, { gate });
    const first = pipeline.run();
    await settle();
    expect(session.state.status).toBe('analysing');
    // The page changed meanwhile (as the watch records it).
    session.extraction = null;
    const second = pipeline.run();
    await settle();
    open();
    await Promise.all([first, second]);
    expect(calls).toMatchObject({ analyse: 2, most: 1 });
  });

  it('stops when the context is invalidated during the analysis: nothing painted, nothing announced', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { pipeline, ctx, log, marks } = setUp(WAR_ARTICLE, {}, { gate });
    const run = pipeline.run();
    await settle();
    ctx.invalidate();
    open();
    await run;
    expect(marks()).toEqual([]);
    expect(log.filter((l) => l.startsWith('announce') || l === 'listen')).toEqual([]);
  });
});
