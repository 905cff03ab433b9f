// Pages no extension may read, and why: the toolbar says so instead of failing silently.
export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf' | 'view-source' | 'file' | 'not-web' | null;

const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Why Baca cannot read `url`, or null when it can try. */
export function restrictedReason(url: string | undefined | null): RestrictedReason {
  if (!url) return 'browser-page';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not-web';
  }
  const scheme = u.protocol;
  if (scheme === 'view-source:') return 'view-source';
  if (scheme === 'file:') return /\.pdf$/i.test(u.pathname) ? 'pdf' : 'file';
  if (['chrome:', 'edge:', 'about:', 'brave:', 'opera:', 'vivaldi:', 'chrome-untrusted:', 'devtools:', 'chrome-search:',
    'chrome-error:', 'moz-extension:', 'chrome-extension:', 'resource:', 'jar:'].includes(scheme)) return 'browser-page';
  if (scheme !== 'http:' && scheme !== 'https:') return 'not-web';
  if (STORE_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return 'web-store';
  }
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}
