// Injected on demand (toolbar click, shortcut, menu): extracts the article from the live page's DOM.
// Never registered in the manifest, never in any page the person did not ask for.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractAllPages, type FetchPage } from '../../lib/extract/pages';
import type { ExtractOptions, ExtractResult } from '../../lib/types';

/** `startedAt`: epoch ms when the script started in the page; `ms`: how long it ran. */
export type ExtractResponse = { ok: true; article: ExtractResult; ms: number; startedAt?: number } | { ok: false; error: string };

declare global {
  // Set by the background (scripting.executeScript with a func) just before this script runs.
  var __bacaExtractOptions: ExtractOptions | undefined;
}

/** The other pages of a multi-page article: same origin only, HTML only, at most 5 MB each. */
const fetchSameOrigin: FetchPage = async (url, signal) => {
  if (new URL(url).origin !== location.origin) return null;
  const res = await fetch(url, { signal, credentials: 'same-origin', redirect: 'follow' });
  if (!res.ok || new URL(res.url || url).origin !== location.origin) return null;
  if (!/html/i.test(res.headers.get('content-type') ?? 'text/html')) return null;
  const text = await res.text();
  return text.length > 5_000_000 ? null : text;
};

export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<ExtractResponse> {
    const start = performance.now();
    try {
      if (document.contentType === 'application/pdf') return { ok: false, error: 'pdf' };
      // XML (a feed, an SVG) and pages that took their own body away have no HTML to read.
      const html = /^(?:text\/html|application\/xhtml\+xml)$/.test(document.contentType)
        && document.documentElement?.namespaceURI === 'http://www.w3.org/1999/xhtml';
      if (!html || !document.body) return { ok: false, error: 'no-document' };
      const options = { ...(globalThis.__bacaExtractOptions ?? {}) };
      globalThis.__bacaExtractOptions = undefined;
      // The gate is applied by the reader page (it shows "no article" with "try anyway"), so extraction always runs:
      // "try anyway" is then instant and never needs the original page again.
      const article = await extractAllPages(document, location.href, { force: true, ...options, window }, fetchSameOrigin);
      return { ok: true, article, ms: performance.now() - start, startedAt: performance.timeOrigin + start };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  },
});
