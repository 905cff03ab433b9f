// One corpus case, run by Baca and by bare Readability on fresh jsdom documents (in a worker thread of
// bench/quality.ts). Both texts are taken the same way: sanitized HTML, then block by block (lib/extract/text.ts),
// never textContent. Detection is the function the detector content script runs, on the page as loaded.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/extract';
import { detectArticle } from '../lib/extract/detect';
import { extractAllPages } from '../lib/extract/pages';
import { blockText } from '../lib/extract/text';
import { sanitizeHtml } from '../lib/sanitize';

export interface Expected {
  url: string;
  isArticle?: boolean;
  pageType?: string;
  title?: string;
  byline?: string;
  published?: string;
  lang?: string;
  text?: string;
  multiPage?: boolean;
  pages?: (string | { url: string; file: string })[];
  mustInclude?: string[];
  mustExclude?: string[];
  mustExcludeWords?: string[];
  maxOccurrences?: Record<string, number>;
}

export interface Outcome {
  text: string;
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  ms: number;
  /** A stage that failed inside the pipeline (Baca records it in the result). */
  failure?: string;
}

export interface PageJob {
  dir: string;
}

export interface PageReply {
  baca: Outcome;
  bare: Outcome;
}

const quiet = new VirtualConsole();
const dom = (html: string, url: string) => new JSDOM(html, { url, virtualConsole: quiet });

export function readExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
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

async function runBaca(html: string, exp: Expected, dir: string): Promise<Outcome> {
  const { window } = dom(html, exp.url);
  try {
    const t0 = performance.now();
    const detection = detectArticle(window.document, exp.url);
    const opts = { force: true, window: window as unknown as Window };
    const a = exp.multiPage
      ? await extractAllPages(window.document, exp.url, opts, pageFetcher(dir, exp))
      : extractArticle(window.document, exp.url, opts);
    const ms = performance.now() - t0;
    return { text: a.textContent, isArticle: detection.isArticle, title: a.title, byline: a.byline,
      published: a.publishedTime, lang: a.lang, ms, failure: a.failures?.map((f) => f.stage).join(',') || undefined };
  } finally {
    window.close();
  }
}

function runReadability(html: string, exp: Expected): Outcome {
  const { window } = dom(html, exp.url);
  try {
    const t0 = performance.now();
    const readerable = isProbablyReaderable(window.document);
    const r = new Readability(window.document).parse();
    const holder = window.document.createElement('div');
    holder.innerHTML = sanitizeHtml(r?.content ?? '', window as unknown as Window);
    const ms = performance.now() - t0;
    return { text: blockText(holder), isArticle: readerable, title: r?.title ?? null, byline: r?.byline ?? null,
      published: r?.publishedTime ?? null, lang: r?.lang ?? null, ms };
  } finally {
    window.close();
  }
}

export async function runPage(job: PageJob): Promise<PageReply> {
  const exp = readExpected(job.dir);
  const html = readFileSync(join(job.dir, 'source.html'), 'utf8');
  const baca = await runBaca(html, exp, job.dir);
  const bare = runReadability(html, exp);
  return { baca, bare };
}
