// The reader page: loads the view the background stored, applies typography, handles the keyboard.
import { useEffect, useState } from 'preact/hooks';
import type { ReaderSettings, ReaderView as View } from '../lib/types';
import { loadView } from '../lib/store/view-handover';
import { DEFAULT_READER_SETTINGS, LIMITS, loadReaderSettings, saveReaderSettings, watchReaderSettings } from '../lib/store/settings';
import { t } from '../lib/i18n';
import { browser } from 'wxt/browser';
import { parseMessage } from '../lib/messages';
import { safeHttpUrl } from '../lib/sanitize';
import { ReaderView } from './ReaderView';
import { NoArticle } from './NoArticle';
import { lazyComponent } from './lazy';

// The library (Dexie, search) loads only for saved articles, never on the click path.
const SavedReading = lazyComponent(() => import('./library/SavedReading').then((m) => m.SavedReading));
const loadSavedView = (id: string) => import('../lib/store/saved-view').then((m) => m.loadSavedView(id));

let myTabId: number | undefined;
const currentTabId: Promise<number | undefined> = browser.tabs
  .getCurrent()
  .then((tab) => (myTabId = tab?.id))
  .catch(() => undefined);

type State = { kind: 'loading' } | { kind: 'missing'; sourceUrl: string | null } | { kind: 'ready'; view: View };

/** Leave the reader for the page it came from: Back when the page is in history, else load it. */
export function backToPage(sourceUrl: string | null): void {
  if (history.length > 1) history.back();
  else if (sourceUrl) location.href = sourceUrl;
}

function applySettings(s: ReaderSettings): void {
  const root = document.documentElement;
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.style.setProperty('--font-size', `${s.fontSize}px`);
  root.style.setProperty('--line-width', `${s.lineWidth}ch`);
  root.style.setProperty('--line-height', String(s.lineHeight));
}

/**
 * Settings and article load together, and nothing shows before both are there: no flash of the wrong theme, and no
 * late settings load undoing a key press. Started when this module runs, not after the first (empty) render.
 */
function startLoad(): Promise<[ReaderSettings, View | undefined]> {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  const savedId = params.get('saved');
  const settingsLoaded = loadReaderSettings().catch(() => DEFAULT_READER_SETTINGS);
  const viewLoaded = savedId ? loadSavedView(savedId) : id ? loadView(id) : Promise.resolve(undefined);
  return Promise.all([settingsLoaded, viewLoaded.catch(() => undefined)]);
}
let firstLoad: ReturnType<typeof startLoad> | null = typeof location === 'undefined' ? null : startLoad();

export function ReaderApp() {
  const params = new URLSearchParams(location.search);
  const id = params.get('id');
  const sourceUrl = safeHttpUrl(params.get('url'));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  const [forced, setForced] = useState(false);

  useEffect(() => {
    const stop = watchReaderSettings((s) => {
      setSettings(s);
      applySettings(s);
    });
    void (firstLoad ?? startLoad()).then(([s, view]) => {
      firstLoad = null;
      setSettings(s);
      applySettings(s);
      // For `npm run bench`: when the view arrived, and the click's steps before this page.
      performance.mark('baca:view-loaded', { detail: view?.timing ?? null });
      setState(view ? { kind: 'ready', view } : { kind: 'missing', sourceUrl });
    });
    return stop;
  }, []);

  const update = (s: ReaderSettings) => {
    setSettings(s);
    applySettings(s);
    void saveReaderSettings(s);
  };

  // The toolbar button clicked while this reader is shown: the background asks this tab to go back.
  useEffect(() => {
    const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      const msg = parseMessage(raw);
      if (msg?.type !== 'leave-reader' || sender.id !== browser.runtime.id || sender.tab) return undefined;
      // Only the reader in the clicked tab answers: the others stay silent so they cannot answer first.
      if (myTabId !== undefined && msg.tabId !== myTabId) return undefined;
      return currentTabId.then((tabId) => {
        if (msg.tabId !== tabId) return undefined;
        backToPage(state.kind === 'ready' ? state.view.sourceUrl : sourceUrl);
        return true;
      });
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [state]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, textarea, select')) return;
      const size = LIMITS.fontSize;
      if (e.key === '+' || e.key === '=') update({ ...settings, fontSize: Math.min(size.max, settings.fontSize + size.step) });
      else if (e.key === '-' || e.key === '_') update({ ...settings, fontSize: Math.max(size.min, settings.fontSize - size.step) });
      else if (e.key === 'Escape') backToPage(state.kind === 'ready' ? state.view.sourceUrl : sourceUrl);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [settings, state]);

  useEffect(() => {
    if (state.kind === 'ready') {
      const a = state.view.article;
      document.title = a.title || t('extName');
      if (a.lang) document.documentElement.lang = a.lang;
    } else document.title = t('extName');
  }, [state]);

  if (state.kind === 'loading') return <main class="loading" aria-busy="true" />;
  if (state.kind === 'missing')
    return (
      <main class="notice-wrap">
        <section class="notice" role="status">
          <h1>{t('viewExpiredTitle')}</h1>
          <p>{t('viewExpiredBody')}</p>
          {state.sourceUrl && (
            <a class="button primary" href={state.sourceUrl}>{t('showOriginal')}</a>
          )}
        </section>
      </main>
    );

  const { view } = state;
  if (!view.article.isArticle && !forced)
    return (
      <main class="notice-wrap">
        <NoArticle hasContent={!!view.article.contentHtml} onTryAnyway={() => setForced(true)}
          onBack={() => backToPage(view.sourceUrl)} />
      </main>
    );
  const savedId = params.get('saved');
  return (
    <>
      <ReaderView view={view} settings={settings} onSettings={update} onBack={() => backToPage(view.sourceUrl)} />
      {savedId && <SavedReading id={savedId} />}
    </>
  );
}
