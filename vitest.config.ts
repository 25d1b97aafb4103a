import { defineConfig } from 'vitest/config';

/**
 * The end-to-end suites (Chromium and Firefox). Every wait in them is on a condition, bounded
 * generously: the machines have 2 cores, shared with other test runs. A test's bound covers several
 * such waits; expect.poll's own default (1 s) is far too short for a browser on a busy machine.
 */
const E2E = {
  environment: 'node',
  // One browser at a time on a 2-core machine.
  fileParallelism: false,
  testTimeout: 180_000,
  hookTimeout: 120_000,
  expect: { poll: { timeout: 30_000, interval: 100 } },
  // Tests run in a random order: none may depend on another having run first (the seed is printed).
  sequence: { shuffle: { files: false, tests: true } },
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // vitest's 5 s default failed the 1 MB-sentence test in CI beside other test runs (load 10 on 2
          // cores). 30 s still catches what that test guards against: a superlinear pass takes minutes.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'pages',
          include: ['test/pages/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          ...E2E,
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          include: ['test/e2e-firefox/**/*.test.ts'],
          ...E2E,
        },
      },
    ],
  },
});
