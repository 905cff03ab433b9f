// Highlights and notes in the library database. Every change also updates the article's highlight count and its
// search terms (so search-as-you-type finds words in highlights and notes) in the same transaction.
import { openDb, type BacaDb } from './db';
import type { HighlightColor, SavedEntry, StoredHighlight } from './model';
import { newEntryId, termsOf } from './rows';
import { notifyChanged } from './changes';
import { canonicalUrl } from './url';

export type NewHighlight = Pick<StoredHighlight, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'> & Partial<Pick<StoredHighlight, 'color' | 'note' | 'createdAt'>>;

/** Newest first. */
const byNewest = (a: StoredHighlight, b: StoredHighlight) => b.createdAt - a.createdAt;

/** Recount and re-index one article after its highlights changed (inside a transaction over entries, contents, terms, highlights). */
export async function reindexArticle(db: BacaDb, articleId: string, now = Date.now()): Promise<void> {
  const entry = await db.entries.get(articleId);
  if (!entry) return;
  const [content, list] = await Promise.all([db.contents.get(articleId), db.highlights.where('articleId').equals(articleId).toArray()]);
  const live = list.filter((h) => !h.orphan);
  const article = content?.article ?? { title: entry.title, siteName: entry.siteName, byline: entry.byline, textContent: '' };
  await db.terms.put({ id: articleId, terms: termsOf(article, live) });
  // updatedAt moves so the search index picks up the new terms (search.ts re-reads entries updated since its snapshot).
  await db.entries.put({ ...entry, highlightCount: live.length, updatedAt: Math.max(now, entry.updatedAt + 1) });
}

const TABLES = (db: BacaDb) => [db.entries, db.contents, db.terms, db.highlights];

export async function highlightsOf(articleId: string): Promise<StoredHighlight[]> {
  return (await openDb().highlights.where('articleId').equals(articleId).toArray()).filter((h) => !h.orphan).sort((a, b) => a.createdAt - b.createdAt);
}

/** Highlights made on this page whose article was deleted (kept by choice): shown when the page is read again. */
export async function keptHighlightsFor(url: string): Promise<StoredHighlight[]> {
  const key = canonicalUrl(url);
  if (!key) return [];
  return (await openDb().highlights.where('url').equals(key).toArray()).filter((h) => h.orphan);
}

export async function allHighlights(): Promise<StoredHighlight[]> {
  return (await openDb().highlights.toArray()).sort(byNewest);
}

export async function addHighlight(entry: Pick<SavedEntry, 'id' | 'url' | 'title'>, h: NewHighlight): Promise<StoredHighlight> {
  const db = openDb();
  const now = Date.now();
  const row: StoredHighlight = {
    id: newEntryId(), articleId: entry.id, url: entry.url, title: entry.title, exact: h.exact, prefix: h.prefix, suffix: h.suffix,
    start: h.start, end: h.end, color: h.color ?? 'yellow', note: h.note ?? '', createdAt: h.createdAt ?? now, updatedAt: now,
  };
  await db.transaction('rw', TABLES(db), async () => {
    await db.highlights.add(row);
    await reindexArticle(db, entry.id, now);
  });
  notifyChanged([entry.id]);
  return row;
}

export async function updateHighlight(id: string, patch: Partial<{ color: HighlightColor; note: string; start: number | null; end: number | null }>): Promise<void> {
  const db = openDb();
  let articleId = '';
  await db.transaction('rw', TABLES(db), async () => {
    const h = await db.highlights.get(id);
    if (!h) return;
    articleId = h.articleId;
    await db.highlights.put({ ...h, ...patch, note: (patch.note ?? h.note).slice(0, 10_000), updatedAt: Date.now() });
    if (patch.note !== undefined && patch.note !== h.note) await reindexArticle(db, h.articleId);
  });
  if (articleId) notifyChanged([articleId]);
}

export async function removeHighlight(id: string): Promise<StoredHighlight | undefined> {
  const db = openDb();
  const removed = await db.transaction('rw', TABLES(db), async () => {
    const h = await db.highlights.get(id);
    if (!h) return undefined;
    await db.highlights.delete(id);
    await reindexArticle(db, h.articleId);
    return h;
  });
  if (removed) notifyChanged([removed.articleId]);
  return removed;
}

/** Kept highlights of an earlier copy of this page become the highlights of `articleId` (inside a save transaction). */
export async function adoptHighlights(db: BacaDb, articleId: string, urls: string[]): Promise<void> {
  const found = await db.highlights.where('url').anyOf(urls).toArray();
  const stray = found.filter((h) => h.articleId !== articleId || h.orphan);
  if (!stray.length) return;
  await db.highlights.bulkPut(stray.map(({ orphan: _o, ...h }) => ({ ...h, articleId })));
}

/** Every stored highlight grouped: by article, and the kept ones of deleted articles by page address; and their ids. */
export async function groupedHighlights(db: BacaDb): Promise<{
  byArticle: Map<string, StoredHighlight[]>;
  keptByUrl: Map<string, StoredHighlight[]>;
  ids: Set<string>;
}> {
  const byArticle = new Map<string, StoredHighlight[]>();
  const keptByUrl = new Map<string, StoredHighlight[]>();
  const ids = new Set<string>();
  await db.highlights.each((h) => {
    ids.add(h.id);
    const [map, key] = h.orphan ? [keptByUrl, h.url] : [byArticle, h.articleId];
    const list = map.get(key);
    if (list) list.push(h);
    else map.set(key, [h]);
  });
  return { byArticle, keptByUrl, ids };
}
