// Finds a Firefox to run Baca in: $FIREFOX_PATH, then firefox-esr, firefox on PATH.
// With { install: true } and none found, installs Debian's firefox-esr with apt-get when running as root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();

/** The Firefox binary, or '' when there is none. */
export function locateFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  for (const name of ['firefox-esr', 'firefox']) if (which(name)) return which(name);
  return '';
}

export function findFirefox({ install = false } = {}) {
  const found = locateFirefox();
  if (found || !install) return found;
  if (process.platform === 'linux' && which('apt-get') && process.getuid?.() === 0) {
    console.log("No Firefox found: installing Debian's firefox-esr with apt-get…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return which('firefox-esr');
  }
  return '';
}
