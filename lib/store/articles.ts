// Saved articles: save (one transaction per article, images included), look up, update, delete with undo.
import { openDb, isQuotaError } from './db';
import type { SaveInput, SavedContent, SavedEntry, SearchTerms, StoredHighlight, StoredImage } from './model';
import { buildRows, cleanTags, newEntryId, termsOf } from './rows';
import { articleKeys, canonicalUrl } from './url';
import { notifyChanged } from './changes';
import { adoptHighlights } from './highlights';

export type SaveErrorCode = 'quota' | 'invalid' | 'failed';

export class SaveError extends Error {
  constructor(readonly code: SaveErrorCode, message: string) {
    super(message);
    this.name = 'SaveError';
  }
}

function toSaveError(err: unknown): SaveError {
  if (err instanceof SaveError) return err;
  if (isQuotaError(err)) return new SaveError('quota', 'Not enough storage space: the article was not saved.');
  return new SaveError('failed', err instanceof Error ? err.message : String(err));
}

export interface SaveResult {
  id: string;
  created: boolean;
  entry: SavedEntry;
}

/**
 * Save one article with its images. Saving a URL that is already in the library updates that entry (tags, status
 * and reading progress are kept). Everything is written in one transaction: on any failure nothing is written.
 */
export async function saveArticle(input: SaveInput): Promise<SaveResult> {
  const keys = articleKeys(input.article.url, input.article.canonicalUrl);
  if (!keys) throw new SaveError('invalid', `Only web pages can be saved: ${input.article.url}`);
  const db = openDb();
  try {
    const result = await db.transaction('rw', [db.entries, db.contents, db.images, db.terms, db.queue, db.highlights], async () => {
      const existing = await db.entries.where('urls').anyOf(keys.urls).first();
      const id = existing?.id ?? newEntryId();
      const rows = buildRows(id, input, existing);
      if (existing) rows.entry.url = existing.url;
      if (input.images) {
        await db.images.where('articleId').equals(id).delete();
        await db.images.bulkPut(input.images.map((i) => toStoredImage(id, i.url, i.blob)));
      } else if (existing) {
        rows.entry.images = existing.images;
      }
      // Highlights already made on this page (kept from a deleted copy, or imported before its text) belong to it.
      await adoptHighlights(db, id, rows.entry.urls);
      const marked = (await db.highlights.where('articleId').equals(id).toArray()).filter((h) => !h.orphan);
      rows.entry.highlightCount = marked.length;
      if (marked.length) rows.terms.terms = termsOf(input.article, marked);
      await db.entries.put(rows.entry);
      await db.contents.put(rows.content);
      await db.terms.put(rows.terms);
      if (rows.entry.content === 'full') await db.queue.delete(id);
      return { id, created: !existing, entry: rows.entry };
    });
    notifyChanged([result.id]);
    return result;
  } catch (err) {
    throw toSaveError(err);
  }
}

export function toStoredImage(articleId: string, url: string, blob: Blob): StoredImage {
  return { articleId, url, blob, type: blob.type || 'application/octet-stream', bytes: blob.size };
}

export async function findByUrl(url: string): Promise<SavedEntry | undefined> {
  const key = canonicalUrl(url);
  if (!key) return undefined;
  return openDb().entries.where('urls').equals(key).first();
}

export async function getEntry(id: string): Promise<SavedEntry | undefined> {
  return openDb().entries.get(id);
}

export interface SavedArticleFull {
  entry: SavedEntry;
  content: SavedContent | undefined;
  images: StoredImage[];
}

export async function getSaved(id: string): Promise<SavedArticleFull | undefined> {
  const db = openDb();
  return db.transaction('r', [db.entries, db.contents, db.images], async () => {
    const entry = await db.entries.get(id);
    if (!entry) return undefined;
    const [content, images] = await Promise.all([db.contents.get(id), db.images.where('articleId').equals(id).toArray()]);
    return { entry, content, images };
  });
}

export async function allEntries(): Promise<SavedEntry[]> {
  return openDb().entries.toArray();
}

/** The newest `limit` entries: enough for the library's first screen before the rest arrives. */
export async function newestEntries(limit: number): Promise<SavedEntry[]> {
  return openDb().entries.orderBy('savedAt').reverse().limit(limit).toArray();
}

export async function countEntries(): Promise<number> {
  return openDb().entries.count();
}

export type EntryPatch = Partial<Pick<SavedEntry, 'status' | 'favorite' | 'progress' | 'readAt' | 'tags'>>;

export async function updateEntries(ids: string[], patch: EntryPatch | ((e: SavedEntry) => EntryPatch)): Promise<void> {
  const db = openDb();
  await db.transaction('rw', db.entries, async () => {
    const rows = await db.entries.bulkGet(ids);
    const next = rows.filter((r): r is SavedEntry => !!r).map((r) => ({ ...r, ...(typeof patch === 'function' ? patch(r) : patch) }));
    await db.entries.bulkPut(next);
  });
  notifyChanged(ids);
}

export async function addTags(ids: string[], tags: string[]): Promise<void> {
  await updateEntries(ids, (e) => ({ tags: cleanTags([...e.tags, ...tags]) }));
}

export async function removeTag(ids: string[], tag: string): Promise<void> {
  await updateEntries(ids, (e) => ({ tags: e.tags.filter((t) => t !== tag) }));
}

/** Everything deleted by one delete, kept in memory so "Undo" can put it back exactly. */
export interface DeletedSnapshot {
  entries: SavedEntry[];
  contents: SavedContent[];
  images: StoredImage[];
  terms: SearchTerms[];
  /** The highlights as they were before the delete (deleted, or kept as orphans). */
  highlights: StoredHighlight[];
}

/**
 * Delete entries with everything stored for them. Their highlights are deleted too unless `keepHighlights`: then
 * they stay in the library (Highlights view, exports) and come back on the article when the page is saved again.
 */
export async function deleteEntries(ids: string[], opts: { keepHighlights?: boolean } = {}): Promise<DeletedSnapshot> {
  const db = openDb();
  const snapshot = await db.transaction('rw', [db.entries, db.contents, db.images, db.terms, db.queue, db.highlights], async () => {
    const entries = (await db.entries.bulkGet(ids)).filter((e): e is SavedEntry => !!e);
    const contents = (await db.contents.bulkGet(ids)).filter((c): c is SavedContent => !!c);
    const terms = (await db.terms.bulkGet(ids)).filter((t): t is SearchTerms => !!t);
    const images = await db.images.where('articleId').anyOf(ids).toArray();
    await db.entries.bulkDelete(ids);
    await db.contents.bulkDelete(ids);
    await db.terms.bulkDelete(ids);
    await db.queue.bulkDelete(ids);
    await db.images.where('articleId').anyOf(ids).delete();
    const highlights = await db.highlights.where('articleId').anyOf(ids).toArray();
    if (opts.keepHighlights) await db.highlights.bulkPut(highlights.map((h) => ({ ...h, orphan: 1 as const })));
    else await db.highlights.bulkDelete(highlights.map((h) => h.id));
    return { entries, contents, images, terms, highlights };
  });
  notifyChanged(ids);
  return snapshot;
}

export async function restoreDeleted(snapshot: DeletedSnapshot): Promise<void> {
  const db = openDb();
  await db.transaction('rw', [db.entries, db.contents, db.images, db.terms, db.highlights], async () => {
    await db.highlights.bulkPut(snapshot.highlights ?? []);
    await db.entries.bulkPut(snapshot.entries);
    await db.contents.bulkPut(snapshot.contents);
    await db.terms.bulkPut(snapshot.terms);
    await db.images.bulkPut(snapshot.images);
  });
  notifyChanged(snapshot.entries.map((e) => e.id));
}

/** Reading position; reaching the end marks the article read (and archives it when the person asked for that). */
export async function setProgress(id: string, progress: number, opts: { autoArchive?: boolean } = {}): Promise<void> {
  const p = Math.max(0, Math.min(1, progress));
  const finished = p >= 0.98;
  const db = openDb();
  await db.transaction('rw', db.entries, async () => {
    const e = await db.entries.get(id);
    if (!e) return;
    const patch: EntryPatch = { progress: p };
    if (finished && e.readAt === null) {
      patch.readAt = Date.now();
      if (opts.autoArchive) patch.status = 'archived';
    }
    await db.entries.update(id, patch);
  });
  notifyChanged([id]);
}

export { newEntryId };
