// The toolbar button and the shortcut: open the reader for the tab's page in the same tab, or go back to it.
import { browser, type Browser } from 'wxt/browser';
import { restrictedReason, type RestrictedReason } from '../../lib/restricted';
import { newView, warmViews, writeView } from '../../lib/store/views';
import { holdView } from './held-views';

// Open the views database while the page is being extracted, not after.
let openViews: Promise<unknown> = Promise.resolve();
import { keepRulesFor } from '../../lib/store/keep-rules';
import { t } from '../../lib/i18n';
import { isRefusal, showReadFailure } from './read-failure';
import type { ExtractOptions } from '../../lib/types';
import type { ExtractResponse } from '../extract.content/index';
import { epochNow, type ClickTiming } from '../../lib/click-timing';

const READER_PATH = '/reader.html';

function readerUrl(id: string, sourceUrl: string): string {
  return browser.runtime.getURL(`${READER_PATH}?id=${encodeURIComponent(id)}&url=${encodeURIComponent(sourceUrl)}` as '/reader.html');
}

export function isReaderUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL(READER_PATH as '/reader.html'));
}

const REASON_KEYS: Record<Exclude<RestrictedReason, null>, string> = {
  'browser-page': 'blockedBrowserPage',
  'web-store': 'blockedWebStore',
  pdf: 'blockedPdf',
  'view-source': 'blockedViewSource',
  file: 'blockedFile',
  'not-web': 'blockedNotWeb',
};

/** Tell the person, on the button itself, that this page cannot be read and why. */
export async function showBlocked(tabId: number, reason: Exclude<RestrictedReason, null>): Promise<void> {
  const why = t(REASON_KEYS[reason]);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '✕' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' }),
    browser.action.setTitle({ tabId, title: `${t('cannotReadPage')}: ${why}` }),
  ]);
}

/** Map an executeScript failure to the reason a person can act on. */
export function reasonFromError(message: string, url: string | undefined): Exclude<RestrictedReason, null> {
  const known = restrictedReason(url);
  if (known) return known;
  if (/pdf/i.test(message)) return 'pdf';
  if (/file/i.test(message) && url?.startsWith('file:')) return 'file';
  if (/gallery|web ?store/i.test(message)) return 'web-store';
  return 'browser-page';
}

async function runExtraction(tabId: number, options: ExtractOptions): Promise<ExtractResponse> {
  if (Object.keys(options).length) {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (opts: ExtractOptions) => {
        (globalThis as { __bacaExtractOptions?: ExtractOptions }).__bacaExtractOptions = opts;
      },
      args: [options],
    });
  }
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/extract.js'] });
  return (frame?.result as ExtractResponse | undefined) ?? { ok: false, error: 'no-result' };
}

/** Whether the tab shows our reader page now. */
async function tabShowsReader(tab: Browser.tabs.Tab): Promise<boolean> {
  if (isReaderUrl(tab.url) || isReaderUrl(tab.pendingUrl)) return true;
  // Chrome 116+: ask which extension contexts live in this tab (tab.url may be hidden without the tabs permission).
  const runtime = (globalThis as { chrome?: { runtime?: { getContexts?: (f: object) => Promise<{ documentUrl?: string }[]> } } })
    .chrome?.runtime;
  if (typeof runtime?.getContexts === 'function' && tab.id !== undefined) {
    const contexts = await runtime.getContexts({ contextTypes: ['TAB'], tabIds: [tab.id] });
    return contexts.some((c) => isReaderUrl(c.documentUrl));
  }
  return false;
}

/** Leave the reader: back in history when it came from there, else load the original page. */
export async function leaveReader(tabId: number, sourceUrl?: string): Promise<void> {
  try {
    // The reader goes back itself (history.back() from the page keeps the original page's entry and scroll place;
    // tabs.goBack may skip an entry the person never interacted with).
    const handled = (await browser.runtime.sendMessage({ type: 'leave-reader', tabId })) as unknown;
    if (handled === true) return;
  } catch {
    /* no reader page answered */
  }
  try {
    await browser.tabs.goBack(tabId);
  } catch {
    if (sourceUrl) await browser.tabs.update(tabId, { url: sourceUrl });
  }
}

/** The toolbar click / shortcut. */
export async function toggleReader(tab: Browser.tabs.Tab, options: ExtractOptions = {}, clickAt = epochNow()): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  if (await tabShowsReader(tab)) {
    await leaveReader(tabId);
    return;
  }
  const blocked = restrictedReason(tab.url);
  if (blocked && tab.url) {
    await showBlocked(tabId, blocked);
    return;
  }
  openViews = warmViews();
  let response: ExtractResponse;
  try {
    // Kinds of block the person chose to keep on this site ("what was removed" panel).
    const keepRules = options.keepRules ?? (await keepRulesFor(tab.url).catch(() => []));
    response = await runExtraction(tabId, keepRules.length ? { ...options, keepRules } : options);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // The browser refused to run the script (a protected page), or running it failed on a page Baca may read.
    if (restrictedReason(tab.url) || isRefusal(message)) await showBlocked(tabId, reasonFromError(message, tab.url));
    else await showReadFailure(tabId, message);
    return;
  }
  if (!response.ok) {
    // The script ran in the page, so the page is not protected: the reading itself failed (a PDF aside).
    if (response.error === 'pdf') await showBlocked(tabId, 'pdf');
    else await showReadFailure(tabId, response.error);
    return;
  }
  await handOver(tabId, response, clickAt);
}

/** The article to the reader page: from memory (held-views.ts), and to IndexedDB at the same time. */
async function handOver(tabId: number, response: Extract<ExtractResponse, { ok: true }>, clickAt: number): Promise<void> {
  const extractedAt = epochNow();
  const extractStartAt = response.startedAt ?? extractedAt - response.ms;
  const timing: ClickTiming = { clickAt, workerStartAt: performance.timeOrigin, extractStartAt,
    extractEndAt: extractStartAt + response.ms, extractedAt, navigateAt: epochNow() };
  const sourceUrl = response.article.url;
  const view = newView(response.article, sourceUrl, timing);
  holdView(view);
  const written = openViews.then(() => writeView(view));
  await Promise.all([written, browser.tabs.update(tabId, { url: readerUrl(view.id, sourceUrl) })]);
}
