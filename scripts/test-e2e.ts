import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ChromiumMissing, ensureChromium } from './lib/chromium';
import { ensureFirefox, FirefoxMissing } from './lib/firefox';

/**
 * `npm run test:e2e`: the end-to-end suites in every browser there is. Chromium (test/e2e) and Firefox
 * (test/e2e-firefox) each run when their browser is found, or can be installed from Debian's packages
 * (as root on Debian or Ubuntu); a browser that cannot be had is skipped, and the run says so, and why,
 * before and after the tests. With neither, it fails: a run that tested nothing is no pass.
 * `--browser chromium` or `--browser firefox` runs one suite only.
 */
const ROOT = join(import.meta.dirname, '..');

interface Suite {
  name: string;
  project: string;
  find(): string;
  build: string[];
}

const SUITES: Suite[] = [
  { name: 'Chromium', project: 'e2e', find: () => ensureChromium(), build: ['wxt', 'build'] },
  { name: 'Firefox', project: 'e2e-firefox', find: () => ensureFirefox(), build: ['wxt', 'build', '-b', 'firefox'] },
];

function run(args: string[]): number {
  return spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
}

const only = process.argv.includes('--browser') ? process.argv[process.argv.indexOf('--browser') + 1]?.toLowerCase() : undefined;
if (only !== undefined && !SUITES.some((s) => s.name.toLowerCase() === only)) {
  process.stderr.write(`test:e2e: --browser must be one of ${SUITES.map((s) => s.name.toLowerCase()).join(', ')}\n`);
  process.exit(2);
}

const running: Suite[] = [];
const skipped: string[] = [];
for (const suite of SUITES) {
  if (only !== undefined && suite.name.toLowerCase() !== only) continue;
  try {
    const path = suite.find();
    process.stdout.write(`test:e2e: ${suite.name} suite in ${path}\n`);
    running.push(suite);
  } catch (err) {
    if (!(err instanceof ChromiumMissing || err instanceof FirefoxMissing)) throw err;
    skipped.push(`test:e2e: SKIPPED the ${suite.name} suite: ${err.message}`);
  }
}
const sayWhatWasSkipped = () => skipped.forEach((line) => process.stdout.write(`${line}\n`));
sayWhatWasSkipped();
if (running.length === 0) {
  process.stderr.write('test:e2e: no browser to run the end-to-end tests in.\n');
  process.exit(1);
}

for (const suite of running) {
  const status = run(suite.build);
  if (status !== 0) process.exit(status);
}
const status = run(['vitest', 'run', ...running.flatMap((s) => ['--project', s.project])]);
sayWhatWasSkipped();
process.exit(status);
