import { ChromiumMissing, ensureChromium } from './lib/chromium';

try {
  ensureChromium();
} catch (err) {
  process.stderr.write(`${err instanceof ChromiumMissing ? err.message : String(err)}\n`);
  process.exit(1);
}
