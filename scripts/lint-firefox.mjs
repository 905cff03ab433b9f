// web-ext lint on the Firefox build: fails on any error (warnings are printed, not fatal).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = `${process.env.BACA_OUT_DIR ?? '.output'}/firefox-mv3`;
if (!existsSync(dir)) {
  console.error(`${dir} is missing: run "npx wxt build -b firefox" first.`);
  process.exit(2);
}
const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
const { errors: lintErrors = [], warnings: lintWarnings = [], notices = [] } = report;
// A manifest key that the declared minimum Firefox (desktop or Android) does not support is a broken promise to
// those users: fatal here, not a warning.
const FATAL = new Set(['KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION']);
const errors = [...lintErrors, ...lintWarnings.filter((w) => FATAL.has(w.code))];
const warnings = lintWarnings.filter((w) => !FATAL.has(w.code));
for (const w of warnings) console.log(`warning ${w.code}: ${w.message} ${w.file ?? ''}`);
for (const e of errors) console.error(`ERROR ${e.code}: ${e.description ?? e.message} ${e.file ?? ''}`);
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length ? 1 : 0);
