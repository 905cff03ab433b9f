// Injected on demand (toolbar click, shortcut, menu): extracts the article from the live page's DOM.
// Never registered in the manifest, never in any page the person did not ask for.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../../lib/extract/extract';
import type { ExtractOptions, ExtractResult } from '../../lib/types';

export type ExtractResponse = { ok: true; article: ExtractResult; ms: number } | { ok: false; error: string };

declare global {
  // Set by the background (scripting.executeScript with a func) just before this script runs.
  var __bacaExtractOptions: ExtractOptions | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  main(): ExtractResponse {
    const start = performance.now();
    try {
      if (document.contentType === 'application/pdf') return { ok: false, error: 'pdf' };
      if (!document.documentElement || !document.body) return { ok: false, error: 'no-document' };
      const options = { ...(globalThis.__bacaExtractOptions ?? {}) };
      globalThis.__bacaExtractOptions = undefined;
      // The gate is applied by the reader page (it shows "no article" with "try anyway"), so extraction always runs:
      // "try anyway" is then instant and never needs the original page again.
      const article = extractArticle(document, location.href, { force: true, ...options, window });
      return { ok: true, article, ms: performance.now() - start };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  },
});
