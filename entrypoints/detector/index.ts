// The detector, on every http(s) page (declared in wxt.config.ts's manifest content_scripts; an unlisted script so
// it carries no extension-API polyfill: budget 10 KB minified). At idle time: is this an article? Tell the
// background (toolbar badge and title), and on news pages hide ad slots and scroll interstitials on the page itself
// unless the person switched that off for the site. Checks again after single-page-app navigations.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectArticle } from '../../lib/extract/detect';
import { hideLiveClutter, showLiveClutter } from '../../lib/extract/live-cleanup';
import { CLEANUP_KEY, cleanupOn, normalizeCleanupPrefs } from '../../lib/store/site-prefs-core';
import type { DetectMessage } from '../../lib/messages';

/** The few extension APIs used here; Chrome MV3's chrome.* and Firefox's browser.* both return promises. */
interface MiniApi {
  runtime: { id?: string; sendMessage(msg: unknown): Promise<unknown> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(fn: (changes: Record<string, unknown>, area: string) => void): void };
  };
}

type Idle = (cb: () => void, opts?: { timeout: number }) => number;

export default defineUnlistedScript(() => {
  const g = globalThis as { browser?: MiniApi; chrome?: MiniApi; requestIdleCallback?: Idle; __bacaDetector?: boolean };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api?.runtime?.id || g.__bacaDetector) return;
  g.__bacaDetector = true;
  const whenIdle: Idle = g.requestIdleCallback?.bind(globalThis) ?? ((cb) => setTimeout(cb, 200) as unknown as number);

  let lastUrl = '';
  let isArticle = false;
  let hidden = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const applyCleanup = async () => {
    // Most pages are not articles and have nothing hidden: no storage read, no walk over the page for them.
    if (!isArticle && !hidden) return;
    const got = await api.storage.local.get(CLEANUP_KEY);
    if (isArticle && cleanupOn(normalizeCleanupPrefs(got[CLEANUP_KEY]), location.hostname)) {
      hideLiveClutter(document);
      hidden = true;
    } else if (hidden) {
      showLiveClutter(document);
      hidden = false;
    }
  };

  const check = () => {
    timer = undefined;
    if (!document.body || !api.runtime.id) return;
    const detection = detectArticle(document, location.href);
    lastUrl = location.href;
    isArticle = detection.isArticle;
    const msg: DetectMessage = { type: 'detect', isArticle, score: detection.score };
    api.runtime.sendMessage(msg).catch(() => undefined);
    applyCleanup().catch(() => undefined);
  };

  const schedule = (delay: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => whenIdle(check, { timeout: 2000 }), delay);
  };

  schedule(0);
  // Single-page sites change the article without a new document: check again once the new content is in.
  const onNavigate = () => {
    if (location.href !== lastUrl) schedule(800);
  };
  addEventListener('popstate', onNavigate);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('navigatesuccess', onNavigate);
  else setInterval(onNavigate, 1000);
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CLEANUP_KEY in changes) applyCleanup().catch(() => undefined);
  });
});
