// Writing imported items: all in one transaction (a failure leaves the library as it was), merged by canonical URL
// (an article already saved is updated, never duplicated), items without content queued for fetching.
import { openDb, isQuotaError } from '../db';
import { HIGHLIGHT_COLORS, type QueueItem, type SavedContent, type SavedEntry, type SearchTerms, type StoredHighlight, type StoredImage } from '../model';
import { buildRows, cleanTags, newEntryId, termsOf } from '../rows';
import { sanitizeText } from '../../sanitize';
import { toStoredImage, SaveError } from '../articles';
import { articleKeys } from '../url';
import { imageUrlsOf } from '../images';
import { notifyChanged } from '../changes';
import { groupedHighlights } from '../highlights';
import type { Article } from '../../types';
import type { ImportHighlight, ImportItem, ImportResult } from './model';

const sameHighlight = (a: { exact: string; note: string }, b: { exact: string; note: string }) =>
  a.exact.replace(/\s+/g, ' ').trim() === b.exact.replace(/\s+/g, ' ').trim() && a.note === b.note;

function toStoredHighlight(h: ImportHighlight, entry: Pick<SavedEntry, 'id' | 'url' | 'title'>, taken: Set<string>): StoredHighlight | null {
  const exact = typeof h.exact === 'string' ? h.exact.slice(0, 20_000) : '';
  if (!exact.trim()) return null;
  const id = h.id && !taken.has(h.id) ? h.id : newEntryId();
  taken.add(id);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : null);
  const created = typeof h.createdAt === 'number' && Number.isFinite(h.createdAt) ? h.createdAt : Date.now();
  return {
    id, articleId: entry.id, url: entry.url, title: entry.title, exact,
    prefix: typeof h.prefix === 'string' ? h.prefix.slice(0, 200) : '', suffix: typeof h.suffix === 'string' ? h.suffix.slice(0, 200) : '',
    start: num(h.start), end: num(h.end), color: HIGHLIGHT_COLORS.includes(h.color as never) ? h.color! : 'yellow',
    note: typeof h.note === 'string' ? sanitizeText(h.note, 10_000) : '', createdAt: created, updatedAt: created,
  };
}

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
  let highlightsAdded = 0;
  try {
    await db.transaction('rw', [db.entries, db.contents, db.images, db.terms, db.queue, db.highlights], async () => {
      // Highlights already stored, by article and (kept ones of deleted articles) by page.
      const { byArticle: marksOf, keptByUrl, ids: takenHl } = await groupedHighlights(db);
      const newMarks: StoredHighlight[] = [];
      /** Add those of `hs` that `list` lacks (same text and note) as highlights of `owner`; how many were added. */
      const addNew = (list: StoredHighlight[], hs: ImportHighlight[] | undefined, owner: Pick<SavedEntry, 'id' | 'url' | 'title'>, kept = false) => {
        let added = 0;
        for (const h of hs ?? []) {
          const row = toStoredHighlight(h, owner, takenHl);
          if (!row || list.some((x) => sameHighlight(x, row))) continue;
          const stored = kept ? { ...row, orphan: 1 as const } : row;
          list.push(stored);
          newMarks.push(stored);
          added++;
        }
        highlightsAdded += added;
        return added;
      };
      /** Add the item's highlights to entry `e` (deduplicated); returns the article's highlights, or null when none changed. */
      const withHighlights = (e: SavedEntry, item: ImportItem): StoredHighlight[] | null => {
        const list = [...(marksOf.get(e.id) ?? [])];
        let changed = false;
        for (const u of e.urls) {
          for (const k of keptByUrl.get(u) ?? []) {
            const { orphan: _o, ...adopted } = k;
            list.push({ ...adopted, articleId: e.id });
            newMarks.push({ ...adopted, articleId: e.id });
            changed = true;
          }
          keptByUrl.delete(u);
        }
        if (addNew(list, item.highlights, e)) changed = true;
        marksOf.set(e.id, list);
        e.highlightCount = list.length;
        return changed || list.length ? list : null;
      };
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
      /** Kept highlights of a deleted article, restored as kept (deduplicated), ready to attach to a later save. */
      const keep = (item: ImportItem, url: string) => {
        const list = keptByUrl.get(url) ?? [];
        addNew(list, item.highlights, { id: newEntryId(), url, title: item.title || url }, true);
        keptByUrl.set(url, list);
      };
      for (const item of items) {
        const keys = articleKeys(item.article?.url ?? item.url, item.article?.canonicalUrl);
        if (!keys) continue;
        const existing = keys.urls.map((u) => byUrl.get(u)).find((e) => !!e);
        if (item.keptOnly && !existing) {
          keep(item, keys.key);
          continue;
        }
        const hasContent = !!item.article?.contentHtml;
        if (existing && !hasContent && existing.content === 'full') {
          // Keep the stored article; carry over what the list says about it.
          const merged: SavedEntry = { ...existing, tags: cleanTags([...existing.tags, ...(item.tags ?? [])]),
            status: item.status ?? existing.status, favorite: existing.favorite || item.favorite ? 1 : 0,
            savedAt: Math.min(existing.savedAt, item.savedAt ?? existing.savedAt) };
          const marks = withHighlights(merged, item);
          if (marks && item.highlights?.length) {
            const stored = contents.get(merged.id)?.article ?? (await db.contents.get(merged.id))?.article;
            if (stored) terms.set(merged.id, { id: merged.id, terms: termsOf(stored, marks) });
          }
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
        const marks = withHighlights(rows.entry, item);
        if (marks?.length) rows.terms.terms = termsOf(article, marks);
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
      await db.highlights.bulkPut(newMarks);
    });
  } catch (err) {
    if (isQuotaError(err)) throw new SaveError('quota', 'Not enough storage space: nothing was imported.');
    throw err;
  }
  notifyChanged([], 'all');
  if (highlightsAdded) result.highlights = highlightsAdded;
  return result;
}

/** "Save link for later": an entry waiting for its content. Returns false for a URL that is not a web page. */
export async function enqueueLink(url: string): Promise<boolean> {
  if (!articleKeys(url)) return false;
  const r = await importItems([{ url }]);
  return r.added + r.updated > 0;
}
