// npm run bench: speed in the real browser.
//  1. click → reader text visible: toolbar click (DevTools Extensions.triggerAction) to the frame in which the reader
//     page has painted the article text (a performance mark in the reader), over every article fixture page.
//  2. extraction time of Baca's whole pipeline vs bare Readability on the same pages, in the same browser run.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBaca } from '../scripts/browser';
import { FIXTURES } from '../scripts/server';
import { fixtureNames } from '../tests/unit/load-fixture';
import { median, quantile } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ms = (x: number) => `${x.toFixed(1)} ms`;

if (!process.argv.includes('--no-build')) {
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const inpage = await build({
  entryPoints: [resolve(import.meta.dirname, 'inpage.ts')], bundle: true, format: 'iife', write: false, minify: true,
  target: 'es2022', logLevel: 'silent',
});
const inpageCode = inpage.outputFiles[0]!.text;

const pages = fixtureNames().filter((name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { isArticle?: boolean };
  return expected.isArticle !== false;
});
const baca = await launchBaca();
const clickToText: number[] = [];
// The two halves of a click: extraction in the page + storing + starting the navigation; then the reader page.
const beforeNavigation: number[] = [];
const readerPage: number[] = [];
const perPage: { name: string; click: number; baca: number; readability: number }[] = [];
const allBaca: number[] = [];
const allReadability: number[] = [];

// One warm-up round so the first measurement does not include the service worker's start.
{
  const page = await baca.open(`${pages[0]}/`);
  await baca.openReader(page);
  await page.close();
}

for (const name of pages) {
  const clicks: number[] = [];
  for (let i = 0; i < Math.max(3, Math.round(RUNS / 3)); i++) {
    const page = await baca.open(`${name}/`);
    await page.waitForLoadState('load');
    const t0 = Date.now();
    await baca.click(page);
    await page.waitForURL((u) => u.href.startsWith(baca.readerUrlPrefix), { timeout: 15_000 });
    // A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
    const { visibleAt, navigationAt } = (await page.evaluate(`(async () => {
      let mark;
      while (!(mark = performance.getEntriesByName('baca:text-visible')[0])) await new Promise((r) => setTimeout(r, 5));
      return { visibleAt: performance.timeOrigin + mark.startTime, navigationAt: performance.timeOrigin };
    })()`)) as { visibleAt: number; navigationAt: number };
    clicks.push(visibleAt - t0);
    beforeNavigation.push(navigationAt - t0);
    readerPage.push(visibleAt - navigationAt);
    await page.close();
  }
  const page = await baca.open(`${name}/`);
  await page.addScriptTag({ content: inpageCode });
  const times = (await page.evaluate((runs) => (globalThis as unknown as { __bacaBench: (n: number) => { baca: number[]; readability: number[] } }).__bacaBench(runs), RUNS));
  await page.close();
  clickToText.push(...clicks);
  allBaca.push(...times.baca.slice(1));
  allReadability.push(...times.readability.slice(1));
  perPage.push({ name, click: median(clicks), baca: median(times.baca.slice(1)), readability: median(times.readability.slice(1)) });
}
await baca.close();

console.log(`\nBaca speed in headless Chromium (${pages.length} article pages, ${clickToText.length} clicks, ${RUNS} extraction runs per page)\n`);
console.log('page'.padEnd(34), 'click→text'.padStart(12), 'Baca extract'.padStart(14), 'Readability'.padStart(13));
for (const p of perPage) console.log(p.name.padEnd(34), ms(p.click).padStart(12), ms(p.baca).padStart(14), ms(p.readability).padStart(13));
console.log(`\nclick → reader text visible: median ${ms(median(clickToText))}, p95 ${ms(quantile(clickToText, 0.95))} (goal: median ≤ 150 ms)`);
console.log(`  of which click → reader navigation starts (inject, extract, store): median ${ms(median(beforeNavigation))}; reader page load → text painted: median ${ms(median(readerPage))}`);
console.log(`extraction, all pages:       Baca median ${ms(median(allBaca))} (p95 ${ms(quantile(allBaca, 0.95))}), bare Readability median ${ms(median(allReadability))} (p95 ${ms(quantile(allReadability, 0.95))})`);
