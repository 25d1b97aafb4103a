/**
 * Bounds for the end-to-end suites' waits (Chromium and Firefox). Every wait is on a condition and ends
 * as soon as it holds; the bound only decides when to give up. Generous, because the machines have 2
 * cores shared with other test runs (and, to prove it, a CPU burner).
 */
export const WAIT_MS = 30_000;
/** How often a condition is looked at again. */
export const POLL_MS = 100;
