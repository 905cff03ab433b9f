// npm test: everything CI checks, in order, stopping at the first failure.
//   typecheck → unit tests (jsdom) → Chrome + Firefox builds → web-ext lint → then e2e in headless
//   Chromium (every spec, the shared flows included) and the shared e2e flows (tests/e2e/flows) in headless Firefox ESR.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';
import { findFirefox } from './find-firefox.mjs';

// Both Vitest runs also write a JSON report, so the run ends with one plain "N passed, N failed" line.
const reports = mkdtempSync(join(tmpdir(), 'baca-test-'));
const json = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, name)}`];

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit tests', 'npx', ['vitest', 'run', ...json('unit.json')]],
  ['build (Chrome MV3)', 'npx', ['wxt', 'build']],
  ['build (Firefox MV3)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  ['web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']],
];

// The two engines' e2e runs, one after the other (each drives its own browser, one spec file at a time). Chromium runs every spec and the shared flows; the hostile-payload
// table runs there in tests/e2e/security.spec.ts, which also watches the console, CSP refusals and every request the
// extension makes (CDP), so its shared-flow copy runs in Firefox only. Firefox runs all the shared flows.
const e2e = [
  ['e2e in headless Chromium', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts',
    '--exclude', 'tests/e2e/flows/hostile.spec.ts', ...json('e2e.json')]],
  ['e2e flows in headless Firefox ESR', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/flows/',
    ...json('firefox.json')], { BACA_ENGINE: 'firefox' }],
];

// Find (or install) Chromium before anything else, so a missing browser is said at once, not after the unit tests.
process.env.CHROME_PATH = findChrome({ install: true });
process.env.FIREFOX_PATH = findFirefox({ install: true });
if (!process.env.FIREFOX_PATH) {
  console.error('No Firefox found. Install one (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  process.exit(2);
}

function summary() {
  let passed = 0;
  let failed = 0;
  for (const name of ['unit.json', 'e2e.json', 'firefox.json']) {
    try {
      const report = JSON.parse(readFileSync(join(reports, name), 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    } catch {
      /* that step did not run */
    }
  }
  return `${passed} passed, ${failed} failed`;
}

const started = Date.now();
function fail(name, code, secs) {
  console.error(`\n✖ ${name} failed (exit ${code}) after ${secs}s`);
  console.log(summary());
  process.exit(typeof code === 'number' && code ? code : 1);
}
const run = ([name, cmd, args, env = {}]) => {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { name, code: r.status ?? r.signal, secs: ((Date.now() - t0) / 1000).toFixed(1) };
};
for (const step of steps) {
  const r = run(step);
  if (r.code !== 0) fail(r.name, r.code, r.secs);
  console.log(`✔ ${r.name} (${r.secs}s)`);
}
// One engine after the other (side by side, two browsers on 2 cores made timing-sensitive waits flaky); both run
// even when the first fails, so one CI run reports both engines.
const results = e2e.map(run);
for (const r of results) console.log(`${r.code === 0 ? '✔' : '✖'} ${r.name} (${r.secs}s)`);
const failedRun = results.find((r) => r.code !== 0);
if (failedRun) fail(failedRun.name, failedRun.code, failedRun.secs);
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
console.log(summary());
