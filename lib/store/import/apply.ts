// Writing imported items: all in one transaction (a failure leaves the library as it was), merged by canonical URL
// (an article already saved is updated, never duplicated), items without content queued for fetching.
import { openDb, isQuotaError } from '../db';
import type { QueueItem, SavedContent, SavedEntry, SearchTerms, StoredImage } from '../model';
import { buildRows, cleanTags, newEntryId } from '../rows';
import { toStoredImage, SaveError } from '../articles';
import { articleKeys } from '../url';
import { imageUrlsOf } from '../images';
import { notifyChanged } from '../changes';
import type { Article } from '../../types';
import type { ImportItem, ImportResult } from './model';

/** An Article with only what an import list knows: fetched later by the queue. */
export function placeholderArticle(url: string, title?: string): Article {
  return {
    url, canonicalUrl: url, title: title || url, byline: null, siteName: siteOf(url), publishedTime: null,
    modifiedTime: null, lang: null, dir: null, excerpt: null, leadImage: null, contentHtml: '', textContent: '',
    wordCount: 0, readingMinutes: 0,
  };
}

function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export async function importItems(items: ImportItem[]): Promise<ImportResult> {
  const db = openDb();
  const result: ImportResult = { added: 0, updated: 0, queued: 0 };
  try {
    await db.transaction('rw', [db.entries, db.contents, db.images, db.terms, db.queue], async () => {
      const byUrl = new Map<string, SavedEntry>();
      const takenIds = new Set<string>();
      await db.entries.each((e) => {
        takenIds.add(e.id);
        e.urls.forEach((u) => byUrl.set(u, e));
      });
      // Everything is prepared in memory, then written with a few bulk operations in this one transaction.
      const entries = new Map<string, SavedEntry>();
      const contents = new Map<string, SavedContent>();
      const terms = new Map<string, SearchTerms>();
      const queue = new Map<string, QueueItem>();
      const images = new Map<string, StoredImage[]>();
      for (const item of items) {
        const keys = articleKeys(item.article?.url ?? item.url, item.article?.canonicalUrl);
        if (!keys) continue;
        const existing = keys.urls.map((u) => byUrl.get(u)).find((e) => !!e);
        const hasContent = !!item.article?.contentHtml;
        if (existing && !hasContent && existing.content === 'full') {
          // Keep the stored article; carry over what the list says about it.
          const merged: SavedEntry = { ...existing, tags: cleanTags([...existing.tags, ...(item.tags ?? [])]),
            status: item.status ?? existing.status, favorite: existing.favorite || item.favorite ? 1 : 0,
            savedAt: Math.min(existing.savedAt, item.savedAt ?? existing.savedAt) };
          entries.set(merged.id, merged);
          merged.urls.forEach((u) => byUrl.set(u, merged));
          result.updated++;
          continue;
        }
        const id = existing?.id ?? (item.id && !takenIds.has(item.id) ? item.id : newEntryId());
        takenIds.add(id);
        const article = item.article ?? placeholderArticle(keys.key, item.title);
        const rows = buildRows(id, { article, savedAt: item.savedAt, status: item.status, favorite: item.favorite,
          tags: item.tags, progress: item.progress, readAt: item.readAt, images: item.images,
          imageFailures: item.imageFailures, content: hasContent ? 'full' : 'pending' }, existing);
        if (existing) rows.entry.url = existing.url;
        else if (item.updatedAt) rows.entry.updatedAt = item.updatedAt;
        if (item.urls) rows.entry.urls = [...new Set([...rows.entry.urls, ...item.urls.filter((u) => typeof u === 'string')])];
        if (item.images) images.set(id, item.images.map((i) => toStoredImage(id, i.url, i.blob)));
        entries.set(id, rows.entry);
        contents.set(id, rows.content);
        terms.set(id, rows.terms);
        if (!hasContent) queue.set(id, { id, url: keys.key, attempts: 0, nextAt: 0, lastError: null, state: 'waiting' });
        else if (!item.images && imageUrlsOf(article).length)
          queue.set(id, { id, url: keys.key, kind: 'images', attempts: 0, nextAt: 0, lastError: null, state: 'waiting' });
        else queue.delete(id);
        rows.entry.urls.forEach((u) => byUrl.set(u, rows.entry));
        if (existing) result.updated++;
        else result.added++;
      }
      result.queued = [...queue.values()].filter((q) => q.kind !== 'images').length;
      if (images.size) await db.images.where('articleId').anyOf([...images.keys()]).delete();
      await db.entries.bulkPut([...entries.values()]);
      await db.contents.bulkPut([...contents.values()]);
      await db.terms.bulkPut([...terms.values()]);
      await db.images.bulkPut([...images.values()].flat());
      await db.queue.bulkPut([...queue.values()]);
    });
  } catch (err) {
    if (isQuotaError(err)) throw new SaveError('quota', 'Not enough storage space: nothing was imported.');
    throw err;
  }
  notifyChanged([], 'all');
  return result;
}

/** "Save link for later": an entry waiting for its content. Returns false for a URL that is not a web page. */
export async function enqueueLink(url: string): Promise<boolean> {
  if (!articleKeys(url)) return false;
  const r = await importItems([{ url }]);
  return r.added + r.updated > 0;
}
