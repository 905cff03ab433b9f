import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getView, putView, updateViewArticle } from '../../lib/store/views';
import type { ExtractResult } from '../../lib/types';

const article = (title: string): ExtractResult => ({
  url: 'https://example.com/a', canonicalUrl: 'https://example.com/a', title, byline: null, siteName: null,
  publishedTime: null, modifiedTime: null, lang: 'en', dir: null, excerpt: null, leadImage: null,
  contentHtml: '<p>x</p>', textContent: 'x', wordCount: 1, readingMinutes: 1, isArticle: true,
});

describe('reader views', () => {
  it('hand an article to the reader page by id', async () => {
    const id = await putView(article('One'), 'https://example.com/a');
    const view = await getView(id);
    expect(view?.article.title).toBe('One');
    expect(view?.sourceUrl).toBe('https://example.com/a');
    await updateViewArticle(id, article('One, updated'));
    expect((await getView(id))?.article.title).toBe('One, updated');
  });

  it('an unknown id is simply not there', async () => {
    expect(await getView('nope')).toBeUndefined();
  });

  it('keep only the newest 40', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) ids.push(await putView(article(`n${i}`), 'https://example.com/a'));
    await new Promise((r) => setTimeout(r, 50));
    expect(await getView(ids[44]!)).toBeDefined();
    let kept = 0;
    for (const id of ids) if (await getView(id)) kept++;
    expect(kept).toBeLessThanOrEqual(41);
    expect(kept).toBeGreaterThanOrEqual(40);
  });
});
