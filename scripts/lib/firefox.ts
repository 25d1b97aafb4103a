import { ensureBrowser, type BrowserSpec } from './find-browser';

/** Firefox for the tests and the demo: FIREFOX_PATH, then Debian's firefox-esr, then firefox. */
const FIREFOX: BrowserSpec = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', 'firefox-esr', 'firefox'],
  aptPackage: 'firefox-esr',
  pathHint: 'a Firefox 142 or later',
};

export class FirefoxMissing extends Error {}

export function ensureFirefox(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  return ensureBrowser(FIREFOX, (m) => new FirefoxMissing(m), log);
}
