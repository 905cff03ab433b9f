// Toolbar state per tab from the detector content script: a badge and a title saying whether the page holds an
// article. Never overwrites the "cannot read this page" state that reader-action.ts's showBlocked sets, the
// "could not read" one of read-failure.ts, nor the "saved" mark that save.ts sets.
import { browser } from 'wxt/browser';
import { parseMessage } from '../../lib/messages';
import { t } from '../../lib/i18n';
import { FAILED_BADGE } from './read-failure';

export const ARTICLE_BADGE = '•';
const BLOCKED_BADGE = '✕';
/** Set by save.ts when the page is in the library: it says more than "article", so it stays. */
const SAVED_BADGE = '✓';

/** Show on the toolbar whether tab `tabId` holds an article. */
export async function showDetection(tabId: number, isArticle: boolean): Promise<void> {
  const current = await browser.action.getBadgeText({ tabId }).catch(() => '');
  if (current === BLOCKED_BADGE || current === SAVED_BADGE || current === FAILED_BADGE) return;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: isArticle ? ARTICLE_BADGE : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#1f6f43' }),
    browser.action.setTitle({ tabId, title: t(isArticle ? 'detectArticleTitle' : 'detectNoArticleTitle') }),
  ]);
}

export function registerDetection(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = parseMessage(raw);
    // Only content scripts in a tab report detection (extension pages have nothing to report).
    if (msg?.type !== 'detect' || sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
    if (!/^https?:/.test(sender.url ?? sender.tab.url ?? 'https:')) return undefined;
    void showDetection(sender.tab.id, msg.isArticle).catch(() => undefined);
    return undefined;
  });
  // A new document in the tab: forget the previous page's state (the detector reports again when it is idle).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void Promise.all([
      browser.action.setBadgeText({ tabId, text: '' }),
      browser.action.setTitle({ tabId, title: t('actionTitle') }),
    ]).catch(() => undefined);
  });
}
