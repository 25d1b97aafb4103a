import { describe, expect, it } from 'vitest';
import { contentScriptCost, loadExtras, type TraceEvent } from '../../scripts/lib/trace';

/** A synthetic renderer main thread: which tasks the benchmark's CPU figure counts as the content script's. */
const SCRIPT = 'chrome-extension://abc/content-scripts/content.js';
const PAGE = 'http://127.0.0.1/page.js';
const PID = 7;

const meta: TraceEvent = { name: 'thread_name', cat: '__metadata', ph: 'M', pid: PID, tid: PID, ts: 0, args: { name: 'CrRendererMain' } };
const x = (name: string, ts: number, dur: number, tdur: number, args: TraceEvent['args'] = {}, cat = 'devtools.timeline'): TraceEvent => ({ name, cat, ph: 'X', pid: PID, tid: PID, ts, dur, tdur, args });
const task = (ts: number, dur: number, tdur: number) => x('RunTask', ts, dur, tdur, {}, 'disabled-by-default-devtools.timeline');
const instant = (name: string, ts: number, data: Record<string, unknown>): TraceEvent => ({ name, cat: 'devtools.timeline', ph: 'I', pid: PID, tid: PID, ts, args: { data } });
const mojo = (ts: number, tag: string) => x('Receive mojo reply', ts, 10, 10, { chrome_mojo_event_info: { mojo_interface_tag: tag } }, 'toplevel,mojom');

describe('content-script CPU from a trace', () => {
  it('counts the injection, extension replies, its own callbacks and what it scheduled; not the page', () => {
    const events: TraceEvent[] = [
      meta,
      // the page's own script before the injection: not counted
      task(0, 5_000, 4_000), x('EvaluateScript', 10, 4_000, 3_900, { data: { url: PAGE } }),
      // the injection: compile and run, with a postMessage and a timer scheduled from it
      task(10_000, 9_000, 6_000),
      x('EvaluateScript', 10_010, 8_900, 5_900, { data: { url: SCRIPT } }),
      x('v8.compile', 10_020, 2_000, 1_500, { data: { url: SCRIPT } }, 'v8,devtools.timeline'),
      instant('SchedulePostMessage', 12_000, { traceId: '42' }),
      instant('TimerInstall', 12_100, { timerId: 9 }),
      // the storage reply, with the promise continuations in its microtask checkpoint
      task(20_000, 800, 600), mojo(20_001, 'extensions.mojom.LocalFrameHost'),
      // the postMessage it sent reaches the page's listener: caused by the script, counted
      task(21_000, 500, 300), x('HandlePostMessage', 21_001, 400, 250, { data: { traceId: '42' } }), x('FunctionCall', 21_010, 300, 200, { data: { url: PAGE } }),
      // somebody else's postMessage: not counted
      task(22_000, 500, 300), x('HandlePostMessage', 22_001, 400, 250, { data: { traceId: '43' } }),
      // its timer fires
      task(23_000, 1_000, 700), x('TimerFire', 23_001, 900, 650, { data: { timerId: 9 } }), x('FunctionCall', 23_002, 800, 600, { data: { url: SCRIPT } }),
      // a click both the page and the script listen to: only the script's call, counted once though nested
      task(30_000, 4_000, 3_000),
      x('EventDispatch', 30_001, 3_900, 2_900, { data: { type: 'click' } }),
      x('FunctionCall', 30_010, 1_000, 800, { data: { url: PAGE } }),
      x('FunctionCall', 31_100, 1_000, 400, { data: { url: SCRIPT } }),
      x('FunctionCall', 31_200, 500, 100, { data: { url: SCRIPT } }),
      // layout and the page's timers: not counted
      task(40_000, 8_000, 7_000), x('Layout', 40_001, 7_000, 6_500),
    ];
    const [cost, ...rest] = contentScriptCost(events, SCRIPT);
    expect(rest).toEqual([]);
    expect(cost!.injectionMs).toBeCloseTo(6);
    expect(cost!.compileMs).toBeCloseTo(1.5);
    expect(cost!.cpuMs).toBeCloseTo(6 + 0.6 + 0.3 + 0.7 + 0.4);
    expect(cost!.wallMs).toBeCloseTo(9 + 0.8 + 0.5 + 1 + 1);
  });

  it('splits a thread at each injection: one figure per page load', () => {
    const events: TraceEvent[] = [
      meta,
      task(0, 1_000, 800), x('EvaluateScript', 1, 900, 700, { data: { url: SCRIPT } }),
      task(2_000, 100, 100), mojo(2_001, 'extensions.mojom.LocalFrameHost'),
      task(10_000, 2_000, 1_500), x('EvaluateScript', 10_001, 1_900, 1_400, { data: { url: SCRIPT } }),
      task(12_000, 200, 200), mojo(12_001, 'extensions.mojom.MessagePort'),
    ];
    expect(contentScriptCost(events, SCRIPT).map((c) => c.cpuMs)).toEqual([0.9, 1.7]);
  });

  it('counts a second stage started by the first in the first one\'s window; only the first opens windows', () => {
    const STAGE2 = 'chrome-extension://abc/content-scripts/full.js';
    const events: TraceEvent[] = [
      meta,
      task(0, 1_000, 800), x('EvaluateScript', 1, 900, 700, { data: { url: SCRIPT } }),
      task(2_000, 100, 100), mojo(2_001, 'extensions.mojom.LocalFrameHost'),
      task(3_000, 3_000, 2_500), x('EvaluateScript', 3_001, 2_900, 2_400, { data: { url: STAGE2 } }),
      task(10_000, 2_000, 1_500), x('EvaluateScript', 10_001, 1_900, 1_400, { data: { url: SCRIPT } }),
    ];
    const costs = contentScriptCost(events, [SCRIPT, STAGE2]);
    expect(costs.map((c) => c.cpuMs)).toEqual([3.4, 1.5]);
    expect(costs.map((c) => c.evaluated)).toEqual([[SCRIPT, STAGE2], [SCRIPT]]);
    // Measured as the first stage alone, the second one's evaluation is not seen.
    expect(contentScriptCost(events, SCRIPT).map((c) => c.cpuMs)).toEqual([0.9, 1.5]);
  });

  it('finds nothing where the script never ran', () => {
    expect(contentScriptCost([meta, task(0, 1_000, 800), x('EvaluateScript', 1, 900, 700, { data: { url: PAGE } })], SCRIPT)).toEqual([]);
  });

  it('gives each load its own measures (wall time), marks and requests', () => {
    const ut = (name: string, ph: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph, pid: PID, tid: PID, ts });
    const events: TraceEvent[] = [
      meta,
      task(0, 1_000, 800), x('EvaluateScript', 1, 900, 700, { data: { url: SCRIPT } }),
      ut('claimlens:start', 'b', 100), ut('claimlens:start', 'e', 600),
      ut('claimlens:pregate', 'b', 2_000), ut('claimlens:pregate', 'e', 3_500),
      ut('domComplete', 'R', 3_600),
      instant('ResourceSendRequest', 3_700, { url: 'http://127.0.0.1/a.png' }),
      task(10_000, 2_000, 1_500), x('EvaluateScript', 10_001, 1_900, 1_400, { data: { url: SCRIPT } }),
      ut('claimlens:painted', 'R', 11_000),
    ];
    const extras = loadExtras(events, contentScriptCost(events, SCRIPT), 'claimlens:');
    expect(extras.map((e) => e.measuresMs)).toEqual([2, 0]);
    expect(extras.map((e) => [...e.names])).toEqual([['claimlens:start', 'claimlens:pregate'], ['claimlens:painted']]);
    expect(extras.map((e) => e.requests)).toEqual([['http://127.0.0.1/a.png'], []]);
  });
});
