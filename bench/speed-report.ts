// The tables `npm run bench` prints: click → text per page set, mode and build; the breakdown; in-page parse times.
import type { BenchPage } from './speed-pages';
import type { Sample } from './speed';
import { median, quantile } from './stats';

export interface Parse {
  set: BenchPage['set'];
  page: string;
  /** Per run, in ms; the first run of each is cold (the code just loaded). */
  baca: number[];
  readability: number[];
}

const f = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(0));
const med = (xs: (number | null)[]) => median(xs.filter((x): x is number => x !== null));

export function speedReport(r: { samples: Sample[]; parses: Parse[]; pages: BenchPage[]; builds: string[]; failed: number }): string {
  const out: string[] = [];
  const sets = [...new Set(r.pages.map((p) => p.set))];
  out.push(`\nclick → reader text painted, headless Chromium and Firefox (ms; ${r.samples.length} clicks, ${r.failed} failed)`);
  out.push(`${'set'.padEnd(9)} ${'mode'.padEnd(5)} ${'build'.padEnd(16)} ${'n'.padStart(4)} ${'median'.padStart(7)} ${'p95'.padStart(6)} ${'max'.padStart(6)}`
    + ' │ →bg  (spawn) extract (in page) hand-over reader (html, files, modules, view)');
  for (const set of sets) {
    const n = r.pages.filter((p) => p.set === set);
    const kb = median(n.map((p) => p.bytes / 1024));
    out.push(`-- ${set}: ${n.length} pages, median ${kb.toFixed(0)} KB of HTML`);
    for (const mode of ['cold', 'warm'] as const) {
      for (const build of r.builds) {
        const s = r.samples.filter((x) => x.set === set && x.mode === mode && x.build === build);
        if (!s.length) continue;
        const tot = s.map((x) => x.total);
        out.push(`${set.padEnd(9)} ${mode.padEnd(5)} ${build.slice(0, 16).padEnd(16)} ${String(s.length).padStart(4)} `
          + `${f(median(tot)).padStart(7)} ${f(quantile(tot, 0.95)).padStart(6)} ${f(Math.max(...tot)).padStart(6)} │ `
          + `${f(med(s.map((x) => x.toBackground))).padStart(4)}  (${f(med(s.map((x) => x.workerSpawn))).padStart(4)}) `
          + `${f(med(s.map((x) => x.extraction))).padStart(7)} (${f(med(s.map((x) => x.inPage))).padStart(7)}) `
          + `${f(med(s.map((x) => x.handOver))).padStart(9)} ${f(med(s.map((x) => x.readerPaint))).padStart(6)} `
          + `(${f(med(s.map((x) => x.readerHtml)))}, ${f(med(s.map((x) => x.readerFiles)))}, ${f(med(s.map((x) => x.readerModules)))}, ${f(med(s.map((x) => x.readerView)))})`);
      }
    }
  }
  out.push('\nin-page parse on the same pages, same run (ms): first run (code just loaded) / later runs median, p95');
  for (const set of sets) {
    const p = r.parses.filter((x) => x.set === set);
    if (!p.length) continue;
    const first = (k: 'baca' | 'readability') => median(p.map((x) => x[k][0]!));
    const later = (k: 'baca' | 'readability') => p.flatMap((x) => x[k].slice(1));
    for (const k of ['readability', 'baca'] as const) {
      out.push(`${set.padEnd(9)} ${(k === 'baca' ? "Baca's whole pipeline" : 'bare Readability').padEnd(22)} first ${f(first(k)).padStart(4)}`
        + ` / later median ${median(later(k)).toFixed(1)}, p95 ${quantile(later(k), 0.95).toFixed(1)}`);
    }
  }
  return out.join('\n');
}
