import type { CDPSession } from 'playwright-core';

/**
 * Main-thread CPU time of one script (the content script) in a Chrome trace.
 *
 * Performance marks see only the code between them, in wall time: on a busy 2-core machine a
 * descheduled thread looks slow, and compiling the script, evaluating its modules, WXT's context
 * start-up and the extension API's replies are not seen at all. A trace records, for each renderer
 * task, `tdur`: the CPU time of the thread, not the clock. Here a renderer main-thread task counts
 * as the script's when the script caused all of it:
 *   - it evaluates the script (injection: compile, module initialisation, main()), or
 *   - it delivers an extension message or API reply to the frame (storage replies, sendMessage
 *     answers; their promise continuations run in the same task's microtask checkpoint), or
 *   - it runs only the script's functions (its timers, observers, listeners), or
 *   - it was scheduled by one of the tasks above (a timer it set, a postMessage it sent: the
 *     message event reaches the page's listeners too, and that is still work the script caused).
 * A task that runs the page's code as well as the script's (an event both listen to) counts only the
 * script's function calls. Nested events are counted once: the unit is the task or the outermost call.
 * What a trace cannot attribute: garbage collection of the script's garbage that runs later in a
 * page task, and the style and layout the page would have done anyway.
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: Record<string, unknown>; name?: string; chrome_mojo_event_info?: { mojo_interface_tag?: string } } & Record<string, unknown>;
}

/** The script's cost on one page load: one injection and everything that followed it on that thread. */
export interface ScriptCost {
  pid: number;
  /** Trace timestamp of the injection (microseconds). */
  ts: number;
  /** Thread CPU time of the script's tasks and calls, milliseconds. */
  cpuMs: number;
  /** Wall time of the same tasks and calls, milliseconds (for comparison: includes waiting for a core). */
  wallMs: number;
  /** Of cpuMs: the injection task (compile, module initialisation, the synchronous part of main()). */
  injectionMs: number;
  /** Of cpuMs: compiling the script. */
  compileMs: number;
  /** Tasks and calls counted. */
  pieces: number;
  /** cpuMs by why it was counted. */
  byKind: Record<CostKind, number>;
  /** The scripts evaluated in this window, in order (a later stage started by the first shows here). */
  evaluated: string[];
}

/** Why a piece counts: the injection, an extension message or reply, work it scheduled, its own calls. */
export type CostKind = 'injection' | 'extension' | 'scheduled' | 'calls';

/** Categories for contentScriptCost: tasks with thread time, script evaluation and calls, mojo messages (not all of `toplevel`: 5x the events). */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'mojom'];

const dataOf = (e: TraceEvent): Record<string, unknown> => e.args?.data ?? {};
const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);
const isTask = (e: TraceEvent): boolean => e.ph === 'X' && e.name === 'RunTask' && e.cat.includes('devtools.timeline');
/** Where a call or evaluation comes from: FunctionCall and EvaluateScript carry the script's URL. */
const isScriptEntry = (e: TraceEvent): boolean => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile');
const isExtensionMessage = (e: TraceEvent): boolean => e.args?.chrome_mojo_event_info?.mojo_interface_tag?.startsWith('extensions.mojom.') === true;

/** Events that schedule work in a later task, and the events that run it, joined by an id. */
const CAUSES: { schedule: string; run: string; key: string }[] = [
  { schedule: 'SchedulePostMessage', run: 'HandlePostMessage', key: 'traceId' },
  { schedule: 'TimerInstall', run: 'TimerFire', key: 'timerId' },
];

/**
 * The cost of the extension's scripts per injection of the first, on every renderer main thread in the
 * trace. Each injection of `scriptUrls[0]` (an EvaluateScript of it: the script on every page) opens a
 * window that the next one on the same thread closes; the other scripts (a second stage it starts)
 * count as its own within the window.
 */
export function contentScriptCost(events: readonly TraceEvent[], scriptUrls: string | readonly string[]): ScriptCost[] {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key) || e.ph === 'M') continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const out: ScriptCost[] = [];
  const urls = typeof scriptUrls === 'string' ? [scriptUrls] : scriptUrls;
  for (const list of byThread.values()) out.push(...threadCost(list, urls));
  return out.sort((a, b) => a.ts - b.ts);
}

function threadCost(events: TraceEvent[], urls: readonly string[]): ScriptCost[] {
  events.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const ours = (e: TraceEvent) => urls.includes(dataOf(e).url as string);
  const injections = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && dataOf(e).url === urls[0]);
  if (injections.length === 0) return [];
  const costs: ScriptCost[] = injections.map((e) => ({
    pid: e.pid,
    ts: e.ts,
    cpuMs: 0,
    wallMs: 0,
    injectionMs: 0,
    compileMs: 0,
    pieces: 0,
    byKind: { injection: 0, extension: 0, scheduled: 0, calls: 0 },
    evaluated: [],
  }));
  // A task belongs to the last injection that began before it ended (the injection's own task included).
  const costOf = (task: TraceEvent): ScriptCost | undefined => {
    let found: ScriptCost | undefined;
    for (const c of costs) if (c.ts <= end(task)) found = c;
    return found;
  };

  // Top-level tasks, and each event inside the task that contains it (tasks never overlap on one thread).
  const tasks: { task: TraceEvent; inside: TraceEvent[] }[] = [];
  for (const e of events) {
    const last = tasks.at(-1);
    if (last && e.ts < end(last.task)) last.inside.push(e);
    else if (isTask(e)) tasks.push({ task: e, inside: [] });
  }

  const scheduled = new Map<string, Set<unknown>>(CAUSES.map((c) => [c.run, new Set()]));
  const remember = (inside: TraceEvent[], from = -Infinity, to = Infinity) => {
    for (const c of CAUSES) {
      for (const e of inside) if (e.name === c.schedule && e.ts >= from && e.ts <= to) scheduled.get(c.run)!.add(dataOf(e)[c.key]);
    }
  };
  const add = (cost: ScriptCost, e: TraceEvent, kind: CostKind) => {
    cost.byKind[kind] += (e.tdur ?? 0) / 1000;
    cost.cpuMs += (e.tdur ?? 0) / 1000;
    cost.wallMs += (e.dur ?? 0) / 1000;
    cost.pieces++;
  };

  for (const { task, inside } of tasks) {
    const cost = costOf(task);
    if (!cost) continue;
    const entries = inside.filter(isScriptEntry);
    const injection = entries.some((e) => e.name !== 'FunctionCall' && ours(e));
    const caused = CAUSES.some((c) => inside.some((e) => e.name === c.run && scheduled.get(c.run)!.has(dataOf(e)[c.key])));
    const onlyOurs = entries.length > 0 && entries.every(ours);
    const extension = inside.some(isExtensionMessage);
    if (injection || caused || onlyOurs || extension) {
      add(cost, task, injection ? 'injection' : extension ? 'extension' : caused ? 'scheduled' : 'calls');
      if (injection) {
        for (const e of inside) if (e.name === 'EvaluateScript' && ours(e)) cost.evaluated.push(dataOf(e).url as string);
        cost.injectionMs += (task.tdur ?? 0) / 1000;
        for (const e of inside) if (e.name === 'v8.compile' && ours(e)) cost.compileMs += (e.tdur ?? 0) / 1000;
      }
      remember(inside);
      continue;
    }
    // A task shared with the page: only the script's own outermost calls.
    let until = -Infinity;
    for (const e of entries) {
      if (e.name !== 'FunctionCall' || !ours(e) || e.ts < until) continue;
      add(cost, e, 'calls');
      remember(inside, e.ts, end(e));
      until = end(e);
    }
  }
  return costs;
}

/** Records a trace through a CDP session (tracing covers the whole browser, whichever page the session is on). */
export async function startTrace(cdp: CDPSession, categories = TRACE_CATEGORIES): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** What else a load left in the trace: the script's own performance measures and marks, the URLs it fetched. */
export interface LoadExtras {
  /** Sum of the durations of the measures named with the prefix (wall time, as the page saw them). */
  measuresMs: number;
  /** Names of the measures and marks with the prefix. */
  names: Set<string>;
  /** URLs the page requested. */
  requests: string[];
}

/**
 * For each cost from contentScriptCost: the user-timing entries named `prefix*` and the requests of
 * the same renderer between that injection and the next one there. Needs `blink.user_timing`.
 */
export function loadExtras(events: readonly TraceEvent[], costs: readonly ScriptCost[], prefix: string): LoadExtras[] {
  const windowOf = (e: TraceEvent): number => {
    let found = -1;
    costs.forEach((c, i) => {
      if (c.pid === e.pid && c.ts <= e.ts && (found < 0 || costs[found]!.ts < c.ts)) found = i;
    });
    return found;
  };
  const out: LoadExtras[] = costs.map(() => ({ measuresMs: 0, names: new Set(), requests: [] }));
  const open = new Map<string, number>();
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.name === 'ResourceSendRequest' && typeof e.args?.data?.url === 'string') {
      const i = windowOf(e);
      if (i >= 0) out[i]!.requests.push(e.args.data.url);
      continue;
    }
    if (!e.cat.includes('blink.user_timing') || !e.name.startsWith(prefix)) continue;
    const i = windowOf(e);
    if (i < 0) continue;
    out[i]!.names.add(e.name);
    // A measure is a begin and an end on the same thread; a mark is a single event.
    const key = `${e.pid}:${e.name}`;
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      out[i]!.measuresMs += (e.ts - open.get(key)!) / 1000;
      open.delete(key);
    }
  }
  return out;
}
