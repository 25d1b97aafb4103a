import { ensureBrowser, type BrowserSpec } from './find-browser';

/** Chromium for the tests, the bench and the demo: CHROME_PATH, then /usr/bin/chromium, chromium-browser, google-chrome. */
const CHROMIUM: BrowserSpec = {
  name: 'Chromium',
  envVar: 'CHROME_PATH',
  candidates: ['/usr/bin/chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  aptPackage: 'chromium',
  pathHint: 'a Chrome or Chromium binary',
};

export class ChromiumMissing extends Error {}

export function ensureChromium(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  return ensureBrowser(CHROMIUM, (m) => new ChromiumMissing(m), log);
}
