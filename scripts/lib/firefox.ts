import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Finds a Firefox to drive: FIREFOX_PATH, then Debian's firefox-esr, then firefox. Where none is found
 * and we are root on Debian or Ubuntu, installs Debian's firefox-esr with apt-get (a browser from the
 * distribution: the tests never download one); otherwise says what to install.
 */
const CANDIDATES = ['/usr/bin/firefox-esr', 'firefox-esr', 'firefox'];

function resolveOnPath(name: string): string | null {
  if (name.startsWith('/')) return existsSync(name) ? name : null;
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = r.stdout.trim();
  return r.status === 0 && found ? found : null;
}

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
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

export class FirefoxMissing extends Error {}

/** Whether ensureFirefox() could install Firefox here (root on Debian or Ubuntu, no FIREFOX_PATH given). */
export function canInstallFirefox(): boolean {
  return !process.env.FIREFOX_PATH && process.getuid?.() === 0 && isDebianLike();
}

export function ensureFirefox(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  const found = findFirefox();
  if (found) return found;
  if (process.env.FIREFOX_PATH) throw new FirefoxMissing(`FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist.`);
  if (canInstallFirefox()) {
    log('Firefox not found: installing Debian\u2019s firefox-esr with apt-get (one time)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const after = findFirefox();
    if (after) return after;
  }
  throw new FirefoxMissing(
    'Firefox not found: install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox 142 or later.',
  );
}
