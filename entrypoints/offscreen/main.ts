// Chrome's offscreen document: a DOM for the service worker. Parses fetched HTML (inert: DOMParser runs no script
// and loads nothing) and returns the extracted, sanitized Article.
import { browser } from 'wxt/browser';
import { extractArticle } from '../../lib/extract/extract';
import { parseMessage } from '../../lib/messages';

browser.runtime.onMessage.addListener((raw, sender) => {
  const msg = parseMessage(raw);
  if (msg?.type !== 'offscreen-extract' || sender.tab) return undefined;
  try {
    const doc = new DOMParser().parseFromString(msg.html, 'text/html');
    const { isArticle: _gate, ...article } = extractArticle(doc, msg.url, { force: true, window, keepRemoved: false });
    return Promise.resolve({ article });
  } catch (err) {
    return Promise.resolve({ error: err instanceof Error ? err.message : String(err) });
  }
});
