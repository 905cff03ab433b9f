// The reader page's view: from the background's memory after a click, else (or when the background has none,
// e.g. it restarted) from IndexedDB (lib/store/view-handover.ts).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadView } from '../../lib/store/view-handover';
import { putView } from '../../lib/store/views';
import type { ExtractResult, ReaderView } from '../../lib/types';

const article = (title: string): ExtractResult => ({
  url: 'https://example.com/a', canonicalUrl: 'https://example.com/a', title, byline: null, siteName: null,
  publishedTime: null, modifiedTime: null, lang: 'en', dir: null, excerpt: null, leadImage: null,
  contentHtml: '<p>x</p>', textContent: 'x', wordCount: 1, readingMinutes: 1, isArticle: true,
});

describe('the reader view hand-over', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  /** What the background answers a get-view message with. */
  const background = (answer: (msg: { type: string; id: string }) => unknown) =>
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((msg: { type: string; id: string }) => Promise.resolve(answer(msg))) as never);

  it('takes the view the background holds in memory', async () => {
    const held: ReaderView = { id: 'mem-1', article: article('From memory'), sourceUrl: 'https://example.com/a', createdAt: 1 };
    background((msg) => (msg.type === 'get-view' && msg.id === 'mem-1' ? held : null));
    expect((await loadView('mem-1'))?.article.title).toBe('From memory');
  });

  it('falls back to IndexedDB when the background has no such view', async () => {
    background(() => null);
    const id = await putView(article('From the database'), 'https://example.com/a');
    expect((await loadView(id))?.article.title).toBe('From the database');
  });

  it('ignores an answer for another id', async () => {
    const other: ReaderView = { id: 'other', article: article('Wrong one'), sourceUrl: 'https://example.com/a', createdAt: 1 };
    background(() => other);
    const id = await putView(article('Right one'), 'https://example.com/a');
    expect((await loadView(id))?.article.title).toBe('Right one');
  });
});
