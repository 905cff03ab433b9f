// The reader page's view: from the background's memory right after a click (no IndexedDB on the first paint's path),
// else from IndexedDB (reload, Back / Forward, a restarted background).
import { browser } from 'wxt/browser';
import type { GetViewMessage } from '../messages';
import type { ReaderView } from '../types';
import { getView } from './views';

function isView(v: unknown, id: string): v is ReaderView {
  if (typeof v !== 'object' || v === null) return false;
  const view = v as Partial<ReaderView>;
  return view.id === id && typeof view.sourceUrl === 'string' && typeof view.article?.contentHtml === 'string';
}

export async function loadView(id: string): Promise<ReaderView | undefined> {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!nav || nav.type === 'navigate') {
    const msg: GetViewMessage = { type: 'get-view', id };
    const held: unknown = await browser.runtime.sendMessage(msg).catch(() => null);
    if (isView(held, id)) return held;
  }
  return getView(id);
}
