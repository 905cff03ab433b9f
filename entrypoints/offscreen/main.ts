// Chrome's offscreen document: a DOM for the service worker. Parses fetched HTML (inert: DOMParser runs no script
// and loads nothing) and returns the extracted, sanitized Article. The document also stays open to keep the
// extension's process warm (entrypoints/background/keep-warm.ts), and it shares that process with the library and
// reader pages: so the extraction code is loaded only for the first page it extracts, never just to wait.
import { browser } from 'wxt/browser';
import { parseMessage } from '../../lib/messages';

browser.runtime.onMessage.addListener((raw, sender) => {
  const msg = parseMessage(raw);
  if (msg?.type !== 'offscreen-extract' || sender.tab) return undefined;
  return import('../../lib/extract/extract')
    .then(({ extractArticle }) => {
      const doc = new DOMParser().parseFromString(msg.html, 'text/html');
      const { isArticle: _gate, ...article } = extractArticle(doc, msg.url, { force: true, window, keepRemoved: false });
      return { article };
    })
    .catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }));
});
