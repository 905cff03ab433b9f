// Multi-page articles: fetch the other pages (same site, at most 10, each with a timeout), extract each with the
// same pipeline and join them with a quiet marker. A page that cannot be fetched is named in `pages.missing`.
// The fetching function is a parameter: the extension passes `fetch`, tests and benchmarks pass fixtures.
import type { ExtractOptions, ExtractResult } from '../types';
import { extractArticle } from './extract';
import { findPageLinks } from './page-links';
import { countWords, readingMinutes } from './text';

export type FetchPage = (url: string, signal: AbortSignal) => Promise<string | null>;

export interface MultiPageOptions {
  /** Pages in all, the first included. */
  maxPages?: number;
  /** Per page. */
  timeoutMs?: number;
}

const MARKER = (n: number) => `<hr class="page-break" id="baca-page-${n}" title="${n}">`;

async function fetchDoc(fetchPage: FetchPage, url: string, timeoutMs: number, win: Window): Promise<Document | null> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const html = await Promise.race([
      fetchPage(url, ctrl.signal),
      new Promise<null>((resolve) => ctrl.signal.addEventListener('abort', () => resolve(null))),
    ]);
    if (!html) return null;
    const Parser = (win as Window & { DOMParser: typeof DOMParser }).DOMParser;
    return new Parser().parseFromString(html, 'text/html');
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Extract `doc` and, when it is one page of several, the pages after it. */
export async function extractAllPages(
  doc: Document, url: string, options: ExtractOptions, fetchPage: FetchPage, limits: MultiPageOptions = {},
): Promise<ExtractResult> {
  const first = extractArticle(doc, url, options);
  const win = options.window ?? doc.defaultView;
  if (!win) return first;
  const maxPages = Math.min(limits.maxPages ?? 10, 10);
  const timeoutMs = limits.timeoutMs ?? 8000;
  const links = findPageLinks(doc, url);
  const pageOptions = { ...options, force: true };

  if (links.all) {
    const allDoc = await fetchDoc(fetchPage, links.all, timeoutMs, win);
    const whole = allDoc ? extractArticle(allDoc, links.all, pageOptions) : null;
    if (whole && whole.wordCount > first.wordCount) return { ...whole, url: first.url, isArticle: first.isArticle, pages: { count: 1, missing: [] } };
  }
  const queue = links.numbered.length ? [...links.numbered] : links.next ? [links.next] : [];
  if (!queue.length) return first;

  const parts = [first];
  const missing: string[] = [];
  const seen = new Set([url]);
  while (queue.length && parts.length + missing.length < maxPages) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const pageDoc = await fetchDoc(fetchPage, next, timeoutMs, win);
    if (!pageDoc) {
      missing.push(next);
      continue;
    }
    parts.push(extractArticle(pageDoc, next, pageOptions));
    if (!links.numbered.length) {
      const after = findPageLinks(pageDoc, next).next;
      if (after && !seen.has(after)) queue.push(after);
    }
  }
  return joinPages(parts, missing);
}

function joinPages(parts: ExtractResult[], missing: string[]): ExtractResult {
  const [first, ...rest] = parts as [ExtractResult, ...ExtractResult[]];
  const contentHtml = [first.contentHtml, ...rest.map((p, i) => `${MARKER(i + 2)}${p.contentHtml}`)].join('');
  const textContent = parts.map((p) => p.textContent).filter(Boolean).join('\n');
  const wordCount = countWords(textContent, first.lang);
  const removed = parts.flatMap((p, i) => (p.removed ?? []).map((b) => (i ? { ...b, id: `p${i + 1}-${b.id}` } : b)));
  return { ...first, contentHtml, textContent, wordCount, readingMinutes: readingMinutes(wordCount), removed,
    pages: { count: parts.length, missing } };
}
