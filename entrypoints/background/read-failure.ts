// When Baca may read a page but reading it failed (the extraction threw, the document is not HTML, the script did
// not answer), say so truthfully: "Baca could not read this page: <reason>" on the toolbar button, and in HTML pages
// a notice with "Try again". Restricted pages (the browser's own, stores, PDF viewer, view-source:, file:) keep
// their own "can't read" reasons (reader-action.ts showBlocked).
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

export const FAILED_BADGE = '!';
const NOTICE_ID = 'baca-read-failure';

const REASON_KEYS: Record<string, string> = { 'no-document': 'readFailedNotHtml', 'no-result': 'readFailedNoAnswer' };

/** An executeScript refusal that means the browser protects the page (not a failure inside it). */
export function isRefusal(message: string): boolean {
  return /cannot access|cannot be scripted|permission|gallery|web ?store|pdf|not allowed|denied|restricted|privileged/i.test(message);
}

/** The short reason a person reads, for an extraction error code or exception message. */
export function failureReason(error: string): string {
  const key = REASON_KEYS[error];
  if (key) return t(key);
  return t('readFailedError', shortError(error));
}

/** An exception message on one line, at most 80 characters. */
export function shortError(error: string): string {
  const oneLine = error.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

export interface FailureNoticeText {
  id: string;
  title: string;
  reason: string;
  retry: string;
  close: string;
}

/**
 * Runs in the page (scripting.executeScript, the extension's isolated world): a notice at the top of an HTML page,
 * in a shadow root the page's CSS cannot restyle, styled through CSSOM (allowed under any page CSP). "Try again"
 * asks the background to read the page again: the toolbar click's permission for this page still holds.
 */
function showNotice(text: FailureNoticeText): boolean {
  if (document.documentElement?.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
  document.getElementById(text.id)?.remove();
  const host = document.createElement('div');
  host.id = text.id;
  Object.assign(host.style, { position: 'fixed', top: '0', left: '0', right: '0', zIndex: '2147483647' });
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  Object.assign(box.style, {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '12px', padding: '12px 16px', background: '#fff4e0',
    color: '#3a2600', borderBottom: '2px solid #9a5b00', font: '16px/1.4 system-ui, sans-serif',
  });
  const message = document.createElement('p');
  Object.assign(message.style, { margin: '0', flex: '1 1 240px' });
  const strong = document.createElement('strong');
  strong.textContent = `${text.title}: `;
  message.append(strong, text.reason);
  const button = (label: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    Object.assign(b.style, { minHeight: '44px', minWidth: '44px', padding: '8px 16px', font: 'inherit', cursor: 'pointer' });
    b.addEventListener('click', onClick);
    return b;
  };
  const retry = button(text.retry, () => {
    host.remove();
    void (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime
      .sendMessage({ type: 'retry-reader' });
  });
  retry.className = 'retry';
  box.append(message, retry, button(text.close, () => host.remove()));
  root.append(box);
  (document.body ?? document.documentElement).append(host);
  retry.focus();
  return true;
}

/** Show that reading the page in `tabId` failed, with the reason, on the button and (HTML pages) in the page. */
export async function showReadFailure(tabId: number, error: string): Promise<void> {
  const reason = failureReason(error);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: FAILED_BADGE }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#9a5b00' }),
    browser.action.setTitle({ tabId, title: t('readFailedTitle', reason) }),
  ]);
  const text: FailureNoticeText = { id: NOTICE_ID, title: t('readFailed'), reason, retry: t('readFailedRetry'), close: t('readFailedClose') };
  await browser.scripting.executeScript({ target: { tabId }, func: showNotice, args: [text] }).catch(() => undefined);
}
