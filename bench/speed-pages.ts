// The page sets of `npm run bench`: the project's article fixtures, and real saved news pages read from the corpora
// at bench time (never copied into the repository), served by the local server with their own scripts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FixtureServer } from '../scripts/server';
import { fixtures } from '../tests/unit/fixture-pages';

export interface BenchPage {
  set: 'fixtures' | 'real';
  name: string;
  /** Path on the local server. */
  path: string;
  bytes: number;
}

export const REAL_CORPORA = {
  'news-multilingual': process.env.BACA_NEWS_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus/news-multilingual'),
  'wcxb-dev': process.env.BACA_WCXB_CORPUS ?? '/tmp/baca-corpus/wcxb-dev',
} as const;

/** Heavy real pages: at least 100 KB of HTML carrying at least 5 scripts. */
const MIN_BYTES = 100_000;
const MIN_SCRIPTS = 5;

export function fixturePages(limit = Infinity): BenchPage[] {
  return fixtures()
    .filter((f) => f.expected.isArticle !== false)
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((f) => ({ set: 'fixtures', name: f.name, path: `${f.name}/`, bytes: Buffer.byteLength(f.html) }));
}

function candidates(corpus: keyof typeof REAL_CORPORA): BenchPage[] {
  const root = REAL_CORPORA[corpus];
  if (!existsSync(root)) return [];
  const out: BenchPage[] = [];
  for (const name of readdirSync(root).sort()) {
    const file = join(root, name, 'source.html');
    const expectedFile = join(root, name, 'expected.json');
    if (!existsSync(file) || !existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { isArticle?: boolean; pageType?: string };
    if (expected.isArticle === false || (expected.pageType && expected.pageType !== 'article')) continue;
    const bytes = statSync(file).size;
    if (bytes < MIN_BYTES) continue;
    const scripts = readFileSync(file, 'latin1').match(/<script\b/gi)?.length ?? 0;
    if (scripts < MIN_SCRIPTS) continue;
    out.push({ set: 'real', name: `${corpus}/${name}`, path: `real/${corpus}/${name}/`, bytes });
  }
  return out;
}

/** An even spread of `n` items (deterministic: same pages every run). */
function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}

/** `n` real pages, half from each corpus (the other corpus fills in when one has too few). */
export function realPages(n: number): BenchPage[] {
  const news = candidates('news-multilingual');
  const wcxb = candidates('wcxb-dev');
  const fromNews = Math.min(news.length, Math.ceil(n / 2));
  return [...spread(news, fromNews), ...spread(wcxb, n - fromNews)];
}

/** Serve /real/<corpus>/<case>/ from the corpus folders (source.html only). */
export function serveRealPages(server: FixtureServer): void {
  server.route(async (req, res) => {
    const m = /^\/real\/([\w-]+)\/([^/]+)\/$/.exec((req.url ?? '').split('?')[0] ?? '');
    const root = m ? REAL_CORPORA[m[1] as keyof typeof REAL_CORPORA] : undefined;
    if (!m || !root || m[2]!.includes('..')) return false;
    const file = join(root, m[2]!, 'source.html');
    if (!existsSync(file)) return false;
    // No charset: the page's own <meta charset> decides, as it did when it was saved.
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
    return true;
  });
}
