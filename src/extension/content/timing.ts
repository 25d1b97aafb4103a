/**
 * The content script's main-thread work as `claimlens:*` performance entries, which the benchmark and
 * the page tests read from the page. Only when the settings ask for them: a page's own analytics can
 * read every performance entry.
 */
export interface Timing {
  /** Records the work from `start` to `end` (now by default) under `claimlens:<name>`. */
  measure(name: string, start: number, end?: number): void;
  mark(name: string): void;
}

/**
 * `isOn` is undefined until the settings are read: the article is read while they are on their way,
 * and its measures wait for them (kept, then recorded or dropped with the next entry).
 */
export function createTiming(isOn: () => boolean | undefined): Timing {
  let waiting: [name: string, start: number, end: number][] = [];
  const record = (name: string, start: number, end: number): void => {
    const on = isOn();
    if (on === undefined) return void waiting.push([name, start, end]);
    const now = waiting;
    waiting = [];
    if (!on) return;
    for (const [n, s, e] of [...now, [name, start, end] as const]) {
      try {
        performance.measure(`claimlens:${n}`, { start: s, end: e });
      } catch {
        /* measures are diagnostics only */
      }
    }
  };
  return {
    measure(name, start, end = performance.now()) {
      record(name, start, end);
    },
    mark(name) {
      if (isOn()) performance.mark(`claimlens:${name}`);
    },
  };
}
