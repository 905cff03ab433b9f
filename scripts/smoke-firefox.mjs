// Firefox smoke check (Playwright cannot drive Firefox): Firefox ESR must install the built add-on as a temporary
// add-on (manifest, permissions, background accepted) and its background must start without an error.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = `${process.env.BACA_OUT_DIR ?? '.output'}/firefox-mv3`;
const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();

function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  for (const name of ['firefox-esr', 'firefox']) if (which(name)) return which(name);
  if (process.platform === 'linux' && which('apt-get') && process.getuid?.() === 0) {
    console.log("No Firefox found: installing Debian's firefox-esr with apt-get…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return which('firefox-esr');
  }
  return '';
}

if (!existsSync(dir)) {
  console.error(`${dir} is missing: run "npm run build:firefox" first.`);
  process.exit(2);
}
const firefox = findFirefox();
if (!firefox) {
  console.error('No Firefox found. Install one (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  process.exit(2);
}

const child = spawn('npx', ['web-ext', 'run', '--source-dir', dir, `--firefox=${firefox}`, '--no-input', '--no-reload',
  '--arg=--headless', '--start-url', 'about:blank', '--verbose'], { detached: true, env: { ...process.env, MOZ_HEADLESS: '1' } });
let log = '';
let installedAt = 0;
const onData = (chunk) => {
  log += chunk;
  if (!installedAt && /Installed .* as a temporary add-on/.test(log)) installedAt = Date.now();
};
child.stdout.on('data', onData);
child.stderr.on('data', onData);

const started = Date.now();
const result = await new Promise((resolve) => {
  const timer = setInterval(() => {
    if (installedAt && Date.now() - installedAt > 4000) resolve('installed');
    else if (Date.now() - started > 90_000) resolve('timeout');
  }, 200);
  child.on('exit', () => {
    clearInterval(timer);
    resolve(installedAt ? 'installed' : 'exited');
  });
}).finally(() => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
});

// Errors that come from the add-on itself (its moz-extension:// files or its id), not Firefox's own offline noise.
const ours = log.split('\n').filter((l) => /moz-extension:\/\/|baca@baca\.reader/.test(l) && /error|exception|uncaught/i.test(l));
if (result !== 'installed') {
  console.error(log.split('\n').slice(-30).join('\n'));
  console.error(`✖ Firefox did not install the add-on (${result}).`);
  process.exit(1);
}
if (ours.length) {
  console.error(ours.join('\n'));
  console.error('✖ the add-on reported errors in Firefox.');
  process.exit(1);
}
console.log(`Firefox smoke check: ${firefox} installed ${dir} as a temporary add-on; its background started without errors.`);
process.exit(0);
