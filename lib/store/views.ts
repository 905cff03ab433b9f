// Reader views waiting to be shown: the Article the background hands the reader page, kept in IndexedDB so
// reload and Back/Forward in the reader tab work. A small rolling cache, separate from the saved library, on plain
// IndexedDB (no Dexie): it is on the click path of both the background and the reader page.
import type { ExtractResult, ReaderView } from '../types';
import type { ClickTiming } from '../click-timing';

const DB = 'baca-views';
const STORE = 'views';
const KEEP = 40;

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('createdAt', 'createdAt');
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => {
      opening = null;
      reject(req.error ?? new Error('cannot open reader views'));
    };
  });
  return opening;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('reader view transaction failed'));
  });
}

/** Open the database ahead of time (the background does it while a page is being extracted). */
export function warmViews(): Promise<unknown> {
  return openDb().catch(() => undefined);
}

export function newViewId(): string {
  return `${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('').slice(0, 10)}`;
}

/** Drop all but the newest KEEP views. */
async function prune(db: IDBDatabase): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const index = tx.objectStore(STORE).index('createdAt');
  const count = await new Promise<number>((resolve) => {
    const r = index.count();
    r.onsuccess = () => resolve(r.result);
  });
  let extra = count - KEEP;
  if (extra > 0) {
    index.openCursor().onsuccess = (e) => {
      const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
      if (cursor && extra-- > 0) {
        cursor.delete();
        cursor.continue();
      }
    };
  }
  await done(tx);
}

/** A new view (with a fresh id) for `article`, not stored yet. */
export function newView(article: ExtractResult, sourceUrl: string, timing?: ClickTiming): ReaderView {
  return { id: newViewId(), article, sourceUrl, createdAt: Date.now(), ...(timing ? { timing } : {}) };
}

/** Store a view (reload, Back and Forward in the reader tab read it from here). */
export function writeView(view: ReaderView): Promise<void> {
  return openDb().then((db) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(view);
    return done(tx).then(() => {
      void prune(db).catch(() => undefined);
    });
  });
}

/**
 * Start writing a view. `id` is known at once, so the tab can navigate to the reader while the write finishes:
 * the reader's read transaction starts later and IndexedDB orders it after this write.
 */
export function beginPutView(article: ExtractResult, sourceUrl: string, timing?: ClickTiming): { id: string; written: Promise<void> } {
  const view = newView(article, sourceUrl, timing);
  return { id: view.id, written: writeView(view) };
}

export async function putView(article: ExtractResult, sourceUrl: string): Promise<string> {
  const { id, written } = beginPutView(article, sourceUrl);
  await written;
  return id;
}

export async function getView(id: string): Promise<ReaderView | undefined> {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(id);
    req.onsuccess = () => resolve(req.result as ReaderView | undefined);
    req.onerror = () => reject(req.error);
  });
}

export async function updateViewArticle(id: string, article: ExtractResult): Promise<void> {
  const view = await getView(id);
  if (!view) return;
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).put({ ...view, article });
  await done(tx);
}
