import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Finds a Chromium to drive: CHROME_PATH, then /usr/bin/chromium, chromium-browser, google-chrome.
 * Where none is found and we are root on Debian or Ubuntu, installs Debian's chromium with apt-get;
 * otherwise stops with a one-line instruction.
 */
const CANDIDATES = ['/usr/bin/chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function resolveOnPath(name: string): string | null {
  if (name.startsWith('/')) return existsSync(name) ? name : null;
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = r.stdout.trim();
  return r.status === 0 && found ? found : null;
}

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const c of CANDIDATES) {
    const p = resolveOnPath(c);
    if (p) return p;
  }
  return null;
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export class ChromiumMissing extends Error {}

export function ensureChromium(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) throw new ChromiumMissing(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isDebianLike()) {
    log('Chromium not found: installing Debian\u2019s chromium with apt-get (one time)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const after = findChromium();
    if (after) return after;
  }
  throw new ChromiumMissing(
    'Chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
}
