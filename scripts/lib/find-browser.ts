import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Finds a browser to drive, for the end-to-end tests, the bench and the demo: the path in its
 * environment variable, then the distribution's binaries in order. Where none is found and we are root
 * on Debian or Ubuntu, installs the distribution's package with apt-get (a browser from the
 * distribution: the tests never download one); otherwise stops with a one-line instruction.
 */
export interface BrowserSpec {
  /** "Chromium", "Firefox": for messages. */
  name: string;
  /** The variable that names a binary, overriding the search: CHROME_PATH, FIREFOX_PATH. */
  envVar: string;
  /** Absolute paths or names on PATH, in order of preference. */
  candidates: readonly string[];
  /** Debian's package, installed when none is found and we may. */
  aptPackage: string;
  /** What a reader may set the variable to, for the message when nothing is found. */
  pathHint: string;
}

function resolveOnPath(name: string): string | null {
  if (name.startsWith('/')) return existsSync(name) ? name : null;
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = r.stdout.trim();
  return r.status === 0 && found ? found : null;
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function findBrowser(spec: BrowserSpec): string | null {
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const c of spec.candidates) {
    const p = resolveOnPath(c);
    if (p) return p;
  }
  return null;
}

/** Whether ensureBrowser() could install the browser here (root on Debian or Ubuntu, no path given). */
function canInstallBrowser(spec: BrowserSpec): boolean {
  return !process.env[spec.envVar] && process.getuid?.() === 0 && isDebianLike();
}

/** The browser's binary, installed first where it may be; otherwise `missing` with what to do. */
export function ensureBrowser(spec: BrowserSpec, missing: (message: string) => Error, log: (line: string) => void): string {
  const found = findBrowser(spec);
  if (found) return found;
  const given = process.env[spec.envVar];
  if (given) throw missing(`${spec.envVar}=${given} does not exist.`);
  if (canInstallBrowser(spec)) {
    log(`${spec.name} not found: installing Debian\u2019s ${spec.aptPackage} with apt-get (one time)...`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', spec.aptPackage], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const after = findBrowser(spec);
    if (after) return after;
  }
  throw missing(`${spec.name} not found: install it (Debian/Ubuntu: sudo apt-get install ${spec.aptPackage}) or set ${spec.envVar} to ${spec.pathHint}.`);
}
