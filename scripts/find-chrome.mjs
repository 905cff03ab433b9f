// Finds a Chromium to run Baca in: $CHROME_PATH, then chromium, chromium-browser, google-chrome on PATH.
// With { install: true } and none found, installs Debian's chromium with apt-get when this machine can.
import { accessSync, constants, existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* keep looking */
    }
  }
  return null;
}

export function locateChrome() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  for (const name of NAMES) {
    const p = onPath(name);
    if (p) return p;
  }
  return null;
}

export function findChrome({ install = true } = {}) {
  const found = locateChrome();
  if (found) return found;
  if (install && process.platform === 'linux' && onPath('apt-get') && process.getuid?.() === 0) {
    console.error('No Chromium found: installing Debian\'s chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status === 0) {
      const p = locateChrome();
      if (p) return p;
    }
  }
  throw new Error(
    'No Chromium found. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  or set CHROME_PATH=/path/to/chrome (Chromium or Google Chrome).',
  );
}
