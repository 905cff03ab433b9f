// Chrome's offscreen document (entrypoints/offscreen): a DOM for the service worker, which has none. It parses
// pages saved for later, and while it is open it keeps Baca's extension process alive (keep-warm.ts).
import { browser } from 'wxt/browser';

const OFFSCREEN_PATH = '/offscreen.html';

interface ChromeOffscreen {
  offscreen?: { createDocument: (o: { url: string; reasons: string[]; justification: string }) => Promise<void> };
  runtime?: { getContexts?: (f: object) => Promise<unknown[]> };
}

let creating: Promise<void> | null = null;

/** Whether this browser has offscreen documents (Chrome); Firefox's background page has a DOM itself. */
export function hasOffscreen(): boolean {
  return !!(globalThis as { chrome?: ChromeOffscreen }).chrome?.offscreen;
}

export async function ensureOffscreen(): Promise<void> {
  const chrome = (globalThis as { chrome?: ChromeOffscreen }).chrome;
  if (!chrome?.offscreen) throw new Error('no offscreen documents in this browser');
  const url = browser.runtime.getURL(OFFSCREEN_PATH as '/');
  const existing = (await chrome.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })) ?? [];
  if (existing.length) return;
  creating ??= chrome.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER'], justification: 'Extract the article of a page saved for later' })
    .finally(() => (creating = null));
  await creating;
}
