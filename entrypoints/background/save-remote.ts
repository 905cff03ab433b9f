// Fetching and extracting a page the person is not looking at ("Save link for later", imported URLs). The service
// worker has no DOM: Chrome parses in an offscreen document; Firefox's background page has DOMParser itself.
import { browser } from 'wxt/browser';
import type { Article } from '../../lib/types';
import type { OffscreenExtractMessage } from '../../lib/messages';
import { ensureOffscreen } from './offscreen-doc';

const MAX_HTML = 8 * 1024 * 1024;

export async function fetchPage(url: string): Promise<{ html: string; url: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 30_000);
  try {
    const res = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: abort.signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) throw new Error(`not a web page (${type.split(';')[0]})`);
    const html = await res.text();
    if (html.length > MAX_HTML) throw new Error('page too large');
    return { html, url: res.url || url };
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw new Error('timed out');
    if (err instanceof TypeError) throw new Error('could not fetch the page (offline, or Baca may not read this site yet)');
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Extract the article from fetched HTML: here when this context has a DOM, else in the offscreen document. */
export async function extractRemote(html: string, url: string): Promise<Article | null> {
  if (typeof DOMParser !== 'undefined' && typeof window !== 'undefined') {
    // Loaded only here (Firefox's background page): Chrome's service worker never evaluates the extraction code,
    // which keeps its start-up, and so a cold toolbar click, shorter.
    const { extractArticle } = await import('../../lib/extract/extract');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return extractArticle(doc, url, { force: true, window });
  }
  await ensureOffscreen();
  const msg: OffscreenExtractMessage = { type: 'offscreen-extract', html, url };
  const res = (await browser.runtime.sendMessage(msg)) as { article?: Article; error?: string } | undefined;
  if (!res) throw new Error('the page could not be parsed');
  if (res.error) throw new Error(res.error);
  return res.article ?? null;
}
