// npm run bench:quality -- DIR [DIR…] [--pages] [--only NAME]
// Text F1, snippets, detection and metadata agreement per corpus folder (../shared/corpus/README.md format),
// for Baca and for bare Readability 0.6 (jsdom, default options, its textContent), side by side in one run.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/extract';
import { detectArticle } from '../lib/extract/detect';
import { extractAllPages } from '../lib/extract/pages';
import { f1, snippetCounts, textScore, type SnippetExpectations } from './score';

interface Expected extends SnippetExpectations {
  url: string;
  isArticle?: boolean;
  title?: string;
  byline?: string;
  published?: string;
  lang?: string;
  text?: string;
  multiPage?: boolean;
  pages?: (string | { url: string; file: string })[];
}

interface Outcome {
  text: string;
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
}

interface Tally {
  p: number[]; r: number[]; snip: { tp: number; fn: number; fp: number }; det: { ok: number; n: number; artMiss: number;
    arts: number; nonFlag: number; nons: number }; meta: Record<string, { ok: number; n: number }>; ms: number[];
}

const args = process.argv.slice(2);
const showPages = args.includes('--pages');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && (onlyIdx < 0 || i !== onlyIdx + 1));

const quiet = new VirtualConsole();
const dom = (html: string, url: string) => new JSDOM(html, { url, virtualConsole: quiet });

function newTally(): Tally {
  return { p: [], r: [], snip: { tp: 0, fn: 0, fp: 0 }, det: { ok: 0, n: 0, artMiss: 0, arts: 0, nonFlag: 0, nons: 0 },
    meta: { title: { ok: 0, n: 0 }, byline: { ok: 0, n: 0 }, published: { ok: 0, n: 0 }, lang: { ok: 0, n: 0 } }, ms: [] };
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function metaAgrees(key: string, expected: string, got: string | null): boolean {
  if (!got) return false;
  if (key === 'published') return got.slice(0, 10) === expected.slice(0, 10);
  if (key === 'lang') return got.toLowerCase().split(/[-_]/)[0] === expected.toLowerCase().split(/[-_]/)[0];
  if (key === 'byline') return norm(got).includes(norm(expected)) || (norm(got).length > 2 && norm(expected).includes(norm(got)));
  return norm(got) === norm(expected);
}

function record(t: Tally, exp: Expected, out: Outcome, ms: number): { p: number; r: number; fails: string[] } {
  const metaFails: string[] = [];
  const s = textScore(exp.text ?? '', out.text);
  if (exp.text !== undefined) { t.p.push(s.precision); t.r.push(s.recall); }
  const c = snippetCounts(exp, out.text);
  t.snip.tp += c.tp; t.snip.fn += c.fn; t.snip.fp += c.fp;
  if (typeof exp.isArticle === 'boolean') {
    t.det.n++;
    if (out.isArticle === exp.isArticle) t.det.ok++;
    if (exp.isArticle) { t.det.arts++; if (!out.isArticle) t.det.artMiss++; } else { t.det.nons++; if (out.isArticle) t.det.nonFlag++; }
  }
  for (const key of ['title', 'byline', 'published', 'lang'] as const) {
    const e = exp[key];
    if (!e) continue;
    t.meta[key]!.n++;
    if (metaAgrees(key, e, out[key])) t.meta[key]!.ok++;
    else metaFails.push(`${key} "${out[key] ?? ''}" ≠ "${e}"`);
  }
  t.ms.push(ms);
  return { p: s.precision, r: s.recall, fails: [...c.failures, ...metaFails] };
}

function pageFetcher(dir: string, exp: Expected): (url: string) => Promise<string | null> {
  const files = (exp.pages ?? []).map((p) => (typeof p === 'string' ? { url: '', file: p } : p));
  const seen: string[] = [];
  return async (url) => {
    const byUrl = files.find((f) => f.url && f.url === url);
    if (!seen.includes(url)) seen.push(url);
    const f = byUrl ?? files.filter((x) => !x.url)[seen.indexOf(url)];
    const path = f ? join(dir, f.file) : '';
    return path && existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
}

async function runBaca(html: string, exp: Expected, dir: string): Promise<[Outcome, number]> {
  const { window } = dom(html, exp.url);
  const t0 = performance.now();
  const detection = detectArticle(window.document, exp.url);
  const opts = { force: true, window: window as unknown as Window };
  const a = exp.multiPage
    ? await extractAllPages(window.document, exp.url, opts, pageFetcher(dir, exp))
    : extractArticle(window.document, exp.url, opts);
  const ms = performance.now() - t0;
  window.close();
  return [{ text: a.textContent, isArticle: detection.isArticle, title: a.title, byline: a.byline,
    published: a.publishedTime, lang: a.lang }, ms];
}

function runReadability(html: string, exp: Expected): [Outcome, number] {
  const { window } = dom(html, exp.url);
  const t0 = performance.now();
  const readerable = isProbablyReaderable(window.document);
  const r = new Readability(window.document).parse();
  const ms = performance.now() - t0;
  window.close();
  return [{ text: r?.textContent ?? '', isArticle: readerable, title: r?.title ?? null, byline: r?.byline ?? null,
    published: r?.publishedTime ?? null, lang: r?.lang ?? null }, ms];
}

const pct = (ok: number, n: number) => (n ? `${((100 * ok) / n).toFixed(1)}% (${ok}/${n})` : '—');
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)]! : 0; };

function summary(t: Tally): Record<string, string> {
  const p = mean(t.p); const r = mean(t.r);
  const text = (x: number) => (t.p.length ? x.toFixed(4) : '—');
  const sp = t.snip.tp + t.snip.fp ? t.snip.tp / (t.snip.tp + t.snip.fp) : 1;
  const sr = t.snip.tp + t.snip.fn ? t.snip.tp / (t.snip.tp + t.snip.fn) : 1;
  return {
    'text F1': text(f1(p, r)), 'text precision': text(p), 'text recall': text(r),
    'snippet precision': sp.toFixed(3), 'snippet recall': sr.toFixed(3), 'snippet F1': f1(sp, sr).toFixed(3),
    'snippets (tp/fn/fp)': `${t.snip.tp}/${t.snip.fn}/${t.snip.fp}`,
    'detection accuracy': pct(t.det.ok, t.det.n), 'articles found': pct(t.det.arts - t.det.artMiss, t.det.arts),
    'non-articles flagged': pct(t.det.nonFlag, t.det.nons),
    ...Object.fromEntries(Object.entries(t.meta).map(([k, v]) => [`meta ${k}`, pct(v.ok, v.n)])),
    'median ms/page': median(t.ms).toFixed(1),
  };
}

async function runCorpus(dir: string): Promise<void> {
  const cases = readdirSync(dir).filter((c) => existsSync(join(dir, c, 'expected.json')) && statSync(join(dir, c)).isDirectory())
    .filter((c) => !only || c.includes(only)).sort();
  const baca = newTally();
  const bare = newTally();
  for (const name of cases) {
    const exp = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const [bo, bms] = await runBaca(html, exp, join(dir, name));
    const [ro, rms] = runReadability(html, exp);
    const b = record(baca, exp, bo, bms);
    const r = record(bare, exp, ro, rms);
    if (showPages && (Math.abs(f1(b.p, b.r) - f1(r.p, r.r)) > 0.0005 || b.fails.length || bo.isArticle !== (exp.isArticle ?? bo.isArticle))) {
      console.log(`  ${name}: baca F1 ${f1(b.p, b.r).toFixed(3)} (p ${b.p.toFixed(3)} r ${b.r.toFixed(3)})` +
        `  readability F1 ${f1(r.p, r.r).toFixed(3)} (p ${r.p.toFixed(3)} r ${r.r.toFixed(3)})` +
        `${bo.isArticle !== exp.isArticle ? `  detection wrong (${bo.isArticle})` : ''}${b.fails.length ? `  ${b.fails.join('; ')}` : ''}`);
    }
  }
  const a = summary(baca);
  const z = summary(bare);
  console.log(`\n${basename(dir)} — ${cases.length} pages`);
  console.log(`${''.padEnd(22)}${'Baca'.padEnd(22)}Readability 0.6`);
  for (const k of Object.keys(a)) console.log(`${k.padEnd(22)}${(a[k] ?? '').padEnd(22)}${z[k] ?? ''}`);
}

if (!dirs.length) {
  console.error('usage: npm run bench:quality -- DIR [DIR…] [--pages] [--only NAME]');
  process.exit(2);
}
for (const d of dirs) await runCorpus(d);
