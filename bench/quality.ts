// npm run bench:quality [-- DIR…] [--sample N] [--jobs N] [--timeout MS] [--pages] [--only NAME] [--dump DIR]
// Text F1 (P/R), snippets and detection per corpus folder (../shared/corpus/README.md format), Baca and bare
// Readability 0.6 side by side in one run, both texts taken block by block from sanitized HTML (never
// textContent); on corpora with `pageType` (wcxb-dev) also per page type. Detection is what the toolbar button
// shows: detectArticle() on the page as loaded (Readability: isProbablyReaderable).
// Without DIRs: every corpus found (news-multilingual, readability, wcxb-dev, the project's fixtures).
// --sample N: every Nth case of each corpus. --jobs N: worker threads (default 1). --timeout MS: per case (default
// 60 s); a case over it is reported and skipped, the worker replaced.
import { readdirSync, existsSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { f1, snippetCounts, textScore } from './score';
import { readExpected, type Expected, type Outcome, type PageReply } from './quality-page';

interface Tally {
  pages: number; p: number[]; r: number[]; snip: { tp: number; fn: number; fp: number };
  saysArticle: number; arts: number; artFound: number; nons: number; nonFlag: number;
  meta: Record<string, { ok: number; n: number }>; ms: number[]; failures: number;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const VALUED = new Set(['--only', '--sample', '--jobs', '--timeout', '--dump']);
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1] ?? ''));
const showPages = flag('--pages');
const only = value('--only');
const sample = Math.max(1, Number(value('--sample') ?? 1));
const jobs = Math.max(1, Number(value('--jobs') ?? 1));
const timeoutMs = Math.max(1000, Number(value('--timeout') ?? 60_000));
const dumpDir = value('--dump');

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_DIRS = [join(ROOT, '../shared/corpus/news-multilingual'), join(ROOT, '../shared/corpus/readability'),
  '/tmp/baca-corpus/wcxb-dev', join(ROOT, 'tests/fixtures/pages')];
const dirs = positional.length ? positional : DEFAULT_DIRS.filter((d) => existsSync(d));

function newTally(): Tally {
  return { pages: 0, p: [], r: [], snip: { tp: 0, fn: 0, fp: 0 }, saysArticle: 0, arts: 0, artFound: 0, nons: 0, nonFlag: 0,
    meta: { title: { ok: 0, n: 0 }, byline: { ok: 0, n: 0 }, published: { ok: 0, n: 0 } }, ms: [], failures: 0 };
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function metaAgrees(key: string, expected: string, got: string | null): boolean {
  if (!got) return false;
  if (key === 'published') return got.slice(0, 10) === expected.slice(0, 10);
  if (key === 'byline') return norm(got).includes(norm(expected)) || (norm(got).length > 2 && norm(expected).includes(norm(got)));
  return norm(got) === norm(expected);
}

function record(t: Tally, exp: Expected, out: Outcome): { p: number; r: number; fails: string[] } {
  const s = textScore(exp.text ?? '', out.text);
  t.pages++;
  if (exp.text !== undefined) { t.p.push(s.precision); t.r.push(s.recall); }
  const c = snippetCounts(exp, out.text);
  t.snip.tp += c.tp; t.snip.fn += c.fn; t.snip.fp += c.fp;
  if (out.isArticle) t.saysArticle++;
  if (exp.isArticle === true) { t.arts++; if (out.isArticle) t.artFound++; }
  if (exp.isArticle === false) { t.nons++; if (out.isArticle) t.nonFlag++; }
  const metaFails: string[] = [];
  for (const key of ['title', 'byline', 'published'] as const) {
    const e = exp[key];
    if (!e) continue;
    t.meta[key]!.n++;
    if (metaAgrees(key, e, out[key])) t.meta[key]!.ok++;
    else metaFails.push(`${key} "${out[key] ?? ''}" ≠ "${e}"`);
  }
  if (out.failure) t.failures++;
  t.ms.push(out.ms);
  return { p: s.precision, r: s.recall, fails: [...c.failures, ...metaFails] };
}

const pct = (ok: number, n: number) => (n ? `${((100 * ok) / n).toFixed(1)} % (${ok}/${n})` : '—');
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)]! : 0; };

function textCell(t: Tally): string {
  if (!t.p.length) return '—';
  const p = mean(t.p); const r = mean(t.r);
  return `${f1(p, r).toFixed(4)} (${p.toFixed(3)} / ${r.toFixed(3)})`;
}

function snipCell(t: Tally): string {
  const { tp, fn, fp } = t.snip;
  if (!tp && !fn && !fp) return '—';
  const sp = tp + fp ? tp / (tp + fp) : 1; const sr = tp + fn ? tp / (tp + fn) : 1;
  return `${f1(sp, sr).toFixed(3)} (${tp}/${fn}/${fp})`;
}

// ---- the worker pool: one case at a time per worker, a stuck case costs its worker, never the run ----

type Reply = { ok: true; reply: PageReply } | { ok: false; error: string };
const WORKER_URL = new URL('./quality-worker.mjs', import.meta.url);

class Runner {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private done = 0;

  private start(): Promise<void> {
    const w = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: 1536 } });
    this.worker = w;
    this.done = 0;
    return new Promise((res, rej) => { w.once('message', () => res()); w.once('error', rej); });
  }

  private stop(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }

  async run(dir: string): Promise<Reply> {
    if (!this.worker || this.done >= 150) { this.stop(); this.ready = this.start(); }
    try { await this.ready; } catch (err) { this.stop(); return { ok: false, error: `worker did not start: ${String(err)}` }; }
    const w = this.worker!;
    this.done++;
    return new Promise<Reply>((res) => {
      const finish = (r: Reply, kill: boolean) => {
        clearTimeout(timer);
        w.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
        if (kill) this.stop();
        res(r);
      };
      const timer = setTimeout(() => finish({ ok: false, error: `timed out after ${timeoutMs} ms` }, true), timeoutMs);
      w.on('message', (r: Reply) => finish(r, false));
      w.on('error', (err) => finish({ ok: false, error: `worker crashed: ${err.message}` }, true));
      w.on('exit', (code) => finish({ ok: false, error: `worker exited (${code})` }, true));
      w.postMessage({ dir });
    });
  }

  close(): void { this.stop(); }
}

async function runAll(cases: string[], onReply: (i: number, r: Reply) => void): Promise<void> {
  const runners = Array.from({ length: Math.min(jobs, cases.length) }, () => new Runner());
  let next = 0;
  await Promise.all(runners.map(async (runner) => {
    while (next < cases.length) {
      const i = next++;
      onReply(i, await runner.run(cases[i]!));
    }
    runner.close();
  }));
}

// ---- per corpus ----

interface Row { label: string; baca: Tally; bare: Tally }

async function runCorpus(dir: string): Promise<{ rows: Row[]; skipped: string[] }> {
  const all = readdirSync(dir).filter((c) => existsSync(join(dir, c, 'expected.json')) && statSync(join(dir, c)).isDirectory())
    .filter((c) => !only || c.includes(only)).sort();
  const cases = all.filter((_, i) => i % sample === 0);
  const corpus = basename(dir);
  const rows = new Map<string, Row>();
  const row = (label: string) => {
    let r = rows.get(label);
    if (!r) rows.set(label, (r = { label, baca: newTally(), bare: newTally() }));
    return r;
  };
  row(corpus);
  const skipped: string[] = [];
  const replies: (Reply | undefined)[] = [];
  await runAll(cases.map((c) => join(dir, c)), (i, r) => { replies[i] = r; });
  cases.forEach((name, i) => {
    const reply = replies[i]!;
    if (!reply.ok) { skipped.push(`${name}: ${reply.error}`); return; }
    const exp = readExpected(join(dir, name));
    const targets = [row(corpus), ...(exp.pageType ? [row(`${corpus} · ${exp.pageType}`)] : [])];
    let b = { p: 0, r: 0, fails: [] as string[] };
    let z = { p: 0, r: 0, fails: [] as string[] };
    for (const t of targets) { b = record(t.baca, exp, reply.reply.baca); z = record(t.bare, exp, reply.reply.bare); }
    if (dumpDir) {
      const out = join(dumpDir, corpus, name);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'baca.txt'), reply.reply.baca.text);
      writeFileSync(join(out, 'readability.txt'), reply.reply.bare.text);
      writeFileSync(join(out, 'expected.txt'), exp.text ?? '');
      writeFileSync(join(out, 'score.json'), JSON.stringify({ pageType: exp.pageType, baca: b, bare: z, det: reply.reply.baca.isArticle }));
    }
    const wrongDetection = exp.isArticle !== undefined && reply.reply.baca.isArticle !== exp.isArticle;
    if (showPages && (Math.abs(f1(b.p, b.r) - f1(z.p, z.r)) > 0.0005 || b.fails.length || wrongDetection)) {
      console.log(`  ${corpus}/${name}${exp.pageType ? ` [${exp.pageType}]` : ''}: baca ${f1(b.p, b.r).toFixed(3)} (p ${b.p.toFixed(3)} r ${b.r.toFixed(3)})` +
        `  readability ${f1(z.p, z.r).toFixed(3)} (p ${z.p.toFixed(3)} r ${z.r.toFixed(3)})` +
        `${wrongDetection ? `  detection wrong (${reply.reply.baca.isArticle})` : ''}` +
        `${reply.reply.baca.failure ? `  stage failed: ${reply.reply.baca.failure}` : ''}${b.fails.length ? `  ${b.fails.join('; ')}` : ''}`);
    }
  });
  const sorted = [...rows.values()];
  return { rows: [sorted[0]!, ...sorted.slice(1).sort((a, b) => a.label.localeCompare(b.label))], skipped };
}

if (!dirs.length) {
  console.error('usage: npm run bench:quality [-- DIR…] [--sample N] [--jobs N] [--timeout MS] [--pages] [--only NAME] [--dump DIR]');
  process.exit(2);
}
const started = performance.now();
const table: Row[] = [];
const skippedAll: string[] = [];
for (const d of dirs) {
  const { rows, skipped } = await runCorpus(d);
  table.push(...rows);
  skippedAll.push(...skipped);
}
console.log(`\nsample: every ${sample === 1 ? '' : `${sample}th `}case · jobs ${jobs} · ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
console.log('| corpus | pages | Baca text F1 (P / R) | Readability text F1 (P / R) | Baca snippets F1 (tp/fn/fp) | Readability snippets | Baca says article | isProbablyReaderable | Baca articles found / non-articles flagged | stage failures | Baca ms median |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const { label, baca, bare } of table) {
  const det = `${pct(baca.artFound, baca.arts)} / ${pct(baca.nonFlag, baca.nons)}`;
  console.log(`| ${label} | ${baca.pages} | ${textCell(baca)} | ${textCell(bare)} | ${snipCell(baca)} | ${snipCell(bare)} | ` +
    `${pct(baca.saysArticle, baca.pages)} | ${pct(bare.saysArticle, bare.pages)} | ${det} | ${baca.failures} | ${median(baca.ms).toFixed(0)} |`);
}
const metaRows = table.filter((r) => !r.label.includes(' · '));
console.log('\n| corpus | Baca title / byline / date | Readability title / byline / date |\n|---|---|---|');
for (const { label, baca, bare } of metaRows) {
  const m = (t: Tally) => ['title', 'byline', 'published'].map((k) => pct(t.meta[k]!.ok, t.meta[k]!.n)).join(' / ');
  console.log(`| ${label} | ${m(baca)} | ${m(bare)} |`);
}
if (skippedAll.length) console.log(`\nskipped (${skippedAll.length}):\n  ${skippedAll.join('\n  ')}`);
