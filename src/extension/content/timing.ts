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

export function createTiming(isOn: () => boolean): Timing {
  return {
    measure(name, start, end = performance.now()) {
      if (!isOn()) return;
      try {
        performance.measure(`claimlens:${name}`, { start, end });
      } catch {
        /* measures are diagnostics only */
      }
    },
    mark(name) {
      if (isOn()) performance.mark(`claimlens:${name}`);
    },
  };
}
