// Read later: the menus ("Save page for later", "Save link for later", "Open library"), the Alt+Shift+S shortcut,
// saves requested by extension pages, the toolbar's "saved" mark, and the queue of imported URLs to fetch.
import { browser, type Browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { isExtensionPage, parseMessage, type Message } from '../../lib/messages';
import { SaveError } from '../../lib/store/articles';
import { saveWithImages } from '../../lib/store/save-with-images';
import { findByUrl } from '../../lib/store/articles';
import { processQueue } from '../../lib/store/queue';
import { getView } from '../../lib/store/views';
import { enqueueLink } from '../../lib/store/import/apply';
import { loadLibraryPrefs } from '../../lib/store/library-prefs';
import type { Article, ExtractResult } from '../../lib/types';
import type { ExtractResponse } from '../extract.content/index';
import { extractRemote, fetchPage } from './save-remote';
import { commandsApi, menusApi } from '../../lib/platform';

export const LIBRARY_PATH = '/library.html';
const MENU = { savePage: 'baca-save-page', saveLink: 'baca-save-link', openLibrary: 'baca-open-library' } as const;

export type SaveResponse = { ok: true; id: string; created: boolean; imagesFailed: number } | { ok: false; code: string; message: string };

function stripGate(article: Article | ExtractResult): Article {
  const { isArticle: _gate, ...rest } = article as ExtractResult;
  return rest;
}

export async function saveFromMessage(article: Article): Promise<SaveResponse> {
  try {
    const prefs = await loadLibraryPrefs().catch(() => undefined);
    const r = await saveWithImages(stripGate(article), {}, undefined, prefs);
    return { ok: true, id: r.id, created: r.created, imagesFailed: r.imagesFailed };
  } catch (err) {
    const e = err instanceof SaveError ? err : new SaveError('failed', String(err));
    return { ok: false, code: e.code, message: e.code === 'quota' ? t('saveQuotaError') : e.message };
  }
}

/** Tabs that carry our mark, so it is cleared (and only ours) when they move on. */
const markedTabs = new Set<number>();

/** The toolbar's mark for a tab whose page is saved ("✓" and a title saying so). */
async function markTab(tabId: number, saved: boolean, problem?: string): Promise<void> {
  if (saved || problem) markedTabs.add(tabId);
  else if (!markedTabs.delete(tabId)) return;
  try {
    if (problem) {
      await browser.action.setBadgeText({ tabId, text: '!' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
      await browser.action.setTitle({ tabId, title: problem });
      return;
    }
    await browser.action.setBadgeText({ tabId, text: saved ? '✓' : '' });
    if (saved) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1e6b34' });
    await browser.action.setTitle({ tabId, title: saved ? t('actionTitleSaved') : t('actionTitle') });
  } catch {
    /* the tab is gone */
  }
}

function readerViewId(url: string | undefined): string | null {
  if (!url?.startsWith(browser.runtime.getURL('/reader.html' as '/'))) return null;
  return new URL(url).searchParams.get('id');
}

/** Save what the tab shows: the reader's article, or the live page extracted where it is. */
export async function saveTab(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  const tabId = tab.id;
  let article: Article | null = null;
  const viewId = readerViewId(tab.url);
  try {
    if (viewId) article = (await getView(viewId))?.article ?? null;
    else {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/extract.js'] });
      const res = frame?.result as ExtractResponse | undefined;
      if (res?.ok) article = res.article;
    }
  } catch {
    article = null;
  }
  if (!article) return markTab(tabId, false, t('saveFailedPage'));
  const res = await saveFromMessage(article);
  await markTab(tabId, res.ok, res.ok ? undefined : res.message);
}

function queueDeps() {
  return { fetchPage, extract: extractRemote, imagePrefs: () => loadLibraryPrefs() };
}

export function runQueue(): void {
  void processQueue(queueDeps()).catch(() => undefined);
}

/** "Save link for later": the link is queued (so a failure stays listed and retryable) and fetched right away. */
async function saveLink(url: string, tabId: number | undefined): Promise<void> {
  const queued = await enqueueLink(url);
  if (!queued) return tabId === undefined ? undefined : markTab(tabId, false, t('saveFailedPage'));
  runQueue();
}

/** The menus, where the browser has menus (Firefox for Android has none: the reader's own Save button remains). */
function createMenus(): void {
  const menus = menusApi();
  if (!menus) return;
  void menus
    .removeAll()
    .then(() => {
      menus.create({ id: MENU.savePage, title: t('menuSavePage'), contexts: ['page', 'action'] });
      menus.create({ id: MENU.saveLink, title: t('menuSaveLink'), contexts: ['link'] });
      menus.create({ id: MENU.openLibrary, title: t('menuOpenLibrary'), contexts: ['action'] });
    })
    .catch(() => undefined);
}

/**
 * A page the detector reported on (detect-state.ts sets its own badge from the same message): when it is saved,
 * our mark goes on after theirs. Tab addresses are only known here, from the sender of that message.
 */
function markIfSaved(sender: Browser.runtime.MessageSender): void {
  const url = sender.url ?? sender.tab?.url;
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !url || !/^https?:/.test(url)) return;
  void findByUrl(url)
    .then((e) => e && new Promise((ok) => setTimeout(ok, 250)).then(() => markTab(tabId, true)))
    .catch(() => undefined);
}

function handleMessage(msg: Message, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  if (msg.type === 'detect') {
    markIfSaved(sender);
    return undefined;
  }
  const fromExtension = isExtensionPage(sender, browser.runtime.getURL('/'));
  if (!fromExtension) return undefined;
  switch (msg.type) {
    case 'save-article':
      return saveFromMessage(msg.article).then(async (res) => {
        if (res.ok && sender.tab?.id !== undefined) await markTab(sender.tab.id, true);
        return res;
      });
    case 'saved-indicator':
      return sender.tab?.id === undefined ? undefined : markTab(sender.tab.id, msg.saved).then(() => true);
    case 'queue-run':
      runQueue();
      return Promise.resolve(true);
    default:
      return undefined;
  }
}

export function registerSave(): void {
  browser.runtime.onInstalled.addListener(createMenus);
  browser.runtime.onStartup?.addListener(() => {
    createMenus();
    runQueue();
  });
  menusApi()?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU.openLibrary) void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PATH as '/') });
    else if (info.menuItemId === MENU.savePage && tab) void saveTab(tab);
    else if (info.menuItemId === MENU.saveLink && info.linkUrl) {
      // Reading another site needs its permission; asked here, while the click still counts as the person's.
      const origin = /^https?:/.test(info.linkUrl) ? `${new URL(info.linkUrl).origin}/*` : null;
      const asked = origin ? browser.permissions.request({ origins: [origin] }).catch(() => false) : Promise.resolve(false);
      void asked.then(() => saveLink(info.linkUrl!, tab?.id));
    }
  });
  commandsApi()?.onCommand.addListener((command, tab) => {
    if (command !== 'save-article') return;
    void (tab ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then(([t0]) => t0)).then(
      (active) => (active ? saveTab(active) : undefined),
    );
  });
  browser.tabs.onRemoved.addListener((tabId) => markedTabs.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Tab addresses are visible only where Baca has access; elsewhere our mark is cleared on navigation.
    if (change.status !== 'loading') return;
    const url = change.url ?? tab.url;
    if (url && readerViewId(url)) return;
    if (!url) {
      void markTab(tabId, false);
      return;
    }
    void findByUrl(url).then((e) => markTab(tabId, !!e)).catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = parseMessage(raw);
    return msg ? handleMessage(msg, sender) : undefined;
  });
  runQueue();
}
