// The library database ('baca'): the one module that declares its schema. Every schema change is a new version with
// an upgrade function; nothing that was stored under an older version is ever dropped.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { MetaRecord, QueueItem, SavedContent, SavedEntry, SearchTerms, StoredHighlight, StoredImage } from './model';
import { entryFromV1, type V1Article } from './migrate-v1';

export const DB_NAME = 'baca';

/** Version 1: one row per article holding everything (the list had to read whole articles). */
export const SCHEMA_V1 = {
  articles: 'id, &url, savedAt, status',
  images: '[articleId+url], articleId',
};

/** Version 2: small list rows apart from bodies, persisted search terms, an import fetch queue. */
export const SCHEMA_V2 = {
  articles: null,
  entries: 'id, &url, *urls, savedAt, updatedAt, status, favorite, *tags, siteName, wordCount, content',
  contents: 'id',
  images: '[articleId+url], articleId',
  terms: 'id',
  queue: 'id, nextAt, state',
  meta: 'key',
};

/** Version 3: highlights and notes (nothing else changes; entries without `highlightCount` have none). */
export const SCHEMA_V3 = {
  entries: SCHEMA_V2.entries,
  contents: SCHEMA_V2.contents,
  images: SCHEMA_V2.images,
  terms: SCHEMA_V2.terms,
  queue: SCHEMA_V2.queue,
  meta: SCHEMA_V2.meta,
  highlights: 'id, articleId, url, createdAt',
};

export class BacaDb extends Dexie {
  entries!: EntityTable<SavedEntry, 'id'>;
  contents!: EntityTable<SavedContent, 'id'>;
  images!: Table<StoredImage, [string, string]>;
  terms!: EntityTable<SearchTerms, 'id'>;
  queue!: EntityTable<QueueItem, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  highlights!: EntityTable<StoredHighlight, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const old = (await tx.table('articles').toArray()) as V1Article[];
        const imageKeys = (await tx.table('images').toCollection().primaryKeys()) as unknown as [string, string][];
        const imageCount = new Map<string, number>();
        for (const [articleId] of imageKeys) imageCount.set(articleId, (imageCount.get(articleId) ?? 0) + 1);
        const rows = old.map((a) => entryFromV1(a, imageCount.get(a.id) ?? 0));
        await tx.table('entries').bulkAdd(rows.map((r) => r.entry));
        await tx.table('contents').bulkAdd(rows.map((r) => r.content));
        await tx.table('terms').bulkAdd(rows.map((r) => r.terms));
      });
    // A new table only: every row of version 2 stays as it is.
    this.version(3).stores(SCHEMA_V3);
  }
}

let db: BacaDb | null = null;

/** The shared connection (one per context). */
export function openDb(): BacaDb {
  return (db ??= new BacaDb());
}

/** Tests: drop the connection so the next openDb() starts fresh. */
export function closeDb(): void {
  db?.close();
  db = null;
}

/** Ask the browser to keep the library when storage runs low (extension pages only; harmless elsewhere). */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** Whether an error means the disk or the quota is full. */
export function isQuotaError(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'QuotaExceededError' || /quota/i.test((e as { message?: string }).message ?? '')) return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
