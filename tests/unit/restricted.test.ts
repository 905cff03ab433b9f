import { describe, expect, it } from 'vitest';
import { restrictedReason } from '../../lib/restricted';

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['chrome-extension://abc/page.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/x', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['view-source:https://example.com/', 'view-source'],
    ['file:///home/me/page.html', 'file'],
    ['file:///home/me/report.pdf', 'pdf'],
    ['https://example.com/files/report.PDF', 'pdf'],
    ['data:text/html,<p>x', 'not-web'],
    ['ftp://example.com/', 'not-web'],
    ['', 'browser-page'],
    ['not a url', 'not-web'],
  ])('%s → %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it.each(['https://news.detik.com/berita/d-1/x', 'http://127.0.0.1:8080/a', 'https://chrome.google.com/search'])(
    '%s can be read',
    (url) => expect(restrictedReason(url)).toBeNull(),
  );
});
