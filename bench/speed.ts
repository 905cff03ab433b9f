// npm run bench: speed in the real browser (headless Chromium, the built extension).
//  1. click → reader text painted, with the extension's service worker stopped before each click (cold, the headline:
//     the click a person makes after reading for a while) and running (warm); median / p95 / max, on the article
//     fixtures and on real saved news pages from the corpora (served with their own scripts), with the breakdown.
//  2. bare Readability's own parse time (and Baca's whole pipeline) inside the same pages, in the same run.
// Options: --pages N real pages (32), --fixtures N (all), --clicks K per page and mode (1), --runs R in-page parses
// (5), --set fixtures|real|both, --compare DIR[=LABEL] (repeatable) other chrome-mv3 builds measured interleaved (A/B),
// --no-firefox (Chromium only), --no-build, --json FILE.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, launchBaca, type Baca } from '../scripts/browser';
import { startServer } from '../scripts/server';
import { ClickLab, type ClickSample, type Mode } from './speed-click';
import { firefoxClicks } from './speed-firefox';
import { fixturePages, realPages, serveRealPages, type BenchPage } from './speed-pages';
import { speedReport, type Parse } from './speed-report';

const { values: opt } = parseArgs({
  options: {
    pages: { type: 'string', default: '32' }, fixtures: { type: 'string', default: '1000' },
    clicks: { type: 'string', default: '1' }, runs: { type: 'string', default: '5' },
    set: { type: 'string', default: 'both' }, compare: { type: 'string', multiple: true }, 'no-build': { type: 'boolean' },
    json: { type: 'string' }, label: { type: 'string', default: 'this build' },
    'no-firefox': { type: 'boolean' },
  },
});

if (!opt['no-build']) {
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  if (!opt['no-firefox']) {
    const f = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (f.status !== 0) process.exit(f.status ?? 1);
  }
}
const inpage = await build({
  entryPoints: [resolve(import.meta.dirname, 'inpage.ts')], bundle: true, format: 'iife', write: false, minify: true,
  target: 'es2022', logLevel: 'silent',
});
const inpageCode = inpage.outputFiles[0]!.text;

const pages: BenchPage[] = [
  ...(opt.set !== 'real' ? fixturePages(Number(opt.fixtures)) : []),
  ...(opt.set !== 'fixtures' ? realPages(Number(opt.pages)) : []),
];
const builds = [{ label: opt.label!, dir: EXTENSION_DIR }];
for (const c of opt.compare ?? []) {
  const [dir, label] = c.split('=');
  builds.push({ label: label ?? dir!, dir: resolve(dir!) });
}

const server = await startServer();
serveRealPages(server);
// The pages' remote scripts, fonts and trackers fail at once instead of reaching the internet; local ones run.
const args = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const labs: { label: string; baca: Baca; lab: ClickLab }[] = [];
for (const b of builds) {
  const baca = await launchBaca({ server, extensionDir: b.dir, args });
  labs.push({ label: b.label, baca, lab: new ClickLab(baca) });
}

export interface Sample extends ClickSample {
  build: string;
  set: BenchPage['set'];
  mode: Mode;
  page: string;
}
const samples: Sample[] = [];
const parses: Parse[] = [];
let failed = 0;

// One click to start every build's worker and code caches, as a person's browser has them.
for (const { baca } of labs) {
  const page = await baca.open(pages[0]!.path);
  await baca.openReader(page);
  await page.close();
}

const clicks = Number(opt.clicks);
for (const [i, p] of pages.entries()) {
  for (let k = 0; k < clicks; k++) {
    // Builds take turns going first, so none always follows another's load on the machine.
    const shift = (i + k) % labs.length;
    const order = [...labs.slice(shift), ...labs.slice(0, shift)];
    for (const { label, lab } of order) {
      for (const mode of ['cold', 'warm'] as Mode[]) {
        const page = await lab.openPage(`${server.url}/${p.path}`);
        const s = await lab.click(page, mode).catch((err) => {
          if (process.env.BACA_DEBUG) console.log(p.name, mode, String(err));
          return null;
        });
        await page.close();
        if (s) samples.push({ ...s, build: label, set: p.set, mode, page: p.name });
        else failed++;
      }
    }
  }
  // Bare Readability and Baca's pipeline inside the same page, in the first build's browser.
  const page = await labs[0]!.lab.openPage(`${server.url}/${p.path}`);
  try {
    await page.evaluate(inpageCode);
    const t = (await page.evaluate(`__bacaBench(${Number(opt.runs)})`)) as { baca: number[]; readability: number[] };
    parses.push({ set: p.set, page: p.name, ...t });
  } catch (err) {
    if (process.env.BACA_DEBUG) console.log(p.name, 'in-page parse', String(err));
  }
  await page.close();
  process.stderr.write(`\r${i + 1}/${pages.length} pages`);
}
process.stderr.write('\n');
for (const { baca } of labs) await baca.close();

// Firefox (the goal is Chromium's; Firefox's figure is reported): the same pages, after Chromium.
if (!opt['no-firefox']) {
  let done = 0;
  await firefoxClicks(server, pages, clicks, (p, mode, s) => {
    if (s) samples.push({ ...s, build: 'Firefox', set: p.set, mode, page: p.name });
    else failed++;
    if (mode === 'warm') process.stderr.write(`\rFirefox ${++done}/${pages.length * clicks} pages`);
  }).catch((err) => console.log(`Firefox not measured: ${String(err)}`));
  process.stderr.write('\n');
}
await server.close();

console.log(speedReport({ samples, parses, pages, builds: [...builds.map((b) => b.label), 'Firefox'], failed }));
if (opt.json) writeFileSync(opt.json, JSON.stringify({ pages, samples, parses, failed }, null, 1));
