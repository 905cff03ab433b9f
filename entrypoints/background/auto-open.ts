// Auto-open: on the sites the person chose (options page; host permission granted per site), an article page
// turns into the reader view by itself once the detector says it is an article. Each page opens at most once per
// tab, so Back from the reader shows the original page and stays there.
import { browser, type Browser } from 'wxt/browser';
import { parseMessage } from '../../lib/messages';
import { AUTO_OPEN_KEY, loadAutoOpenSites, matchesAutoOpen } from '../../lib/store/auto-open';
import { toggleReader } from './reader-action';

const OPENED_KEY = 'autoOpened';

/** Pure decision: open the reader for this detection? */
export function shouldAutoOpen(opts: { isArticle: boolean; url: string | undefined; sites: readonly string[];
  alreadyOpened: boolean }): boolean {
  return opts.isArticle && !opts.alreadyOpened && matchesAutoOpen(opts.url, opts.sites);
}

const pageKey = (url: string) => url.split('#')[0] ?? url;

async function openedBefore(tabId: number, url: string): Promise<boolean> {
  const area = browser.storage.session ?? browser.storage.local;
  const got = (await area.get(OPENED_KEY))[OPENED_KEY] as Record<string, string> | undefined;
  return got?.[String(tabId)] === pageKey(url);
}

async function rememberOpened(tabId: number, url: string): Promise<void> {
  const area = browser.storage.session ?? browser.storage.local;
  const got = ((await area.get(OPENED_KEY))[OPENED_KEY] as Record<string, string> | undefined) ?? {};
  await area.set({ [OPENED_KEY]: { ...got, [String(tabId)]: pageKey(url) } });
}

/** Whether the person gave Baca access to this page's site (asked for when the site was added). */
async function hasAccess(url: string): Promise<boolean> {
  try {
    const u = new URL(url);
    return await browser.permissions.contains({ origins: [`${u.protocol}//${u.hostname}/*`] });
  } catch {
    return false;
  }
}

export async function handleDetection(isArticle: boolean, sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tab = sender.tab;
  const url = sender.url ?? tab?.url;
  if (!tab || tab.id === undefined || !url || sender.frameId) return false;
  if (!isArticle) return false;
  const sites = await loadAutoOpenSites();
  if (!shouldAutoOpen({ isArticle, url, sites, alreadyOpened: await openedBefore(tab.id, url) })) return false;
  // Without access (withdrawn in the browser's settings) the reader cannot open by itself: stay quiet.
  if (!(await hasAccess(url))) return false;
  await rememberOpened(tab.id, url);
  await toggleReader({ ...tab, url });
  return true;
}

export function registerAutoOpen(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = parseMessage(raw);
    // Detection messages come from the detector content script in the page; other listeners answer them.
    if (msg?.type === 'detect' && sender.tab) void handleDetection(msg.isArticle, sender).catch(() => undefined);
    return undefined;
  });
  // Forget a tab's pages when the list changes, so a newly added site opens at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[AUTO_OPEN_KEY]) void (browser.storage.session ?? browser.storage.local).remove(OPENED_KEY);
  });
}
