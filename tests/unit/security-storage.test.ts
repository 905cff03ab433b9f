// Storage faults through the library's public API (lib/store), on fake-indexeddb. The library's own tests cover
// concurrent saves, quota exceeded and damaged imports; these add the browser going away mid-save, a database held
// open by an older version of Baca in another tab (the upgrade waits), and a newer version already on disk.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { article, freshDb, pngBlob } from './store-setup';
import { closeDb, DB_NAME, openDb } from '../../lib/store/db';
import { findByUrl, getSaved, saveArticle, SaveError } from '../../lib/store/articles';

beforeEach(freshDb);

async function counts(): Promise<Record<string, number>> {
  const db = openDb();
  return {
    entries: await db.entries.count(), contents: await db.contents.count(), images: await db.images.count(), terms: await db.terms.count(),
  };
}

describe('the browser goes away in the middle of a save', () => {
  it('a transaction aborted half-way (the browser quitting) leaves the earlier article intact and nothing of the new one', async () => {
    const kept = await saveArticle({ article: article('https://news.example/kept'), images: [{ url: 'https://img.example/k.png', blob: pngBlob(10) }] });
    const proto = globalThis.IDBObjectStore.prototype as { put: (...a: unknown[]) => unknown };
    const put = proto.put;
    let writes = 0;
    // The 5th image write is the moment the browser goes away: the uncommitted transaction is aborted.
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      const req = put.apply(this, args);
      if (this.name === 'images' && ++writes === 5) this.transaction.abort();
      return req;
    };
    let err: unknown;
    try {
      err = await saveArticle({
        article: article('https://news.example/interrupted'),
        images: Array.from({ length: 20 }, (_, i) => ({ url: `https://img.example/${i}.png`, blob: pngBlob(1000) })),
      }).then(() => null, (e: unknown) => e);
    } finally {
      proto.put = put;
    }
    expect(writes).toBeGreaterThanOrEqual(5);
    expect(err).toBeInstanceOf(SaveError);
    expect((err as SaveError).message).not.toBe('');
    // "Restart": a new connection, as the next browser session would open.
    closeDb();
    expect(await findByUrl('https://news.example/interrupted')).toBeUndefined();
    expect(await counts()).toEqual({ entries: 1, contents: 1, images: 1, terms: 1 });
    expect((await getSaved(kept.id))?.content?.article.title).toBe(article('https://news.example/kept').title);
  });
});

describe('another version of Baca holds the database', () => {
  it('an older version open in another tab blocks the upgrade until it lets go; then the save completes', async () => {
    // Version 1 of the schema (Dexie stores version n as n * 10), held open by a tab that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 10);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('articles', { keyPath: 'id' });
        req.result.createObjectStore('images', { keyPath: ['articleId', 'url'] });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    let settled = false;
    const saving = saveArticle({ article: article('https://news.example/after-upgrade') }).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(settled).toBe(false); // waiting, not failing and not writing half an upgrade
    old.close(); // the other tab is closed
    const result = await saving;
    expect(result.created).toBe(true);
    expect(await counts()).toEqual({ entries: 1, contents: 1, images: 0, terms: 1 });
  });

  it('a newer version already on disk: Dexie opens it as it is, the save lands beside the newer data and drops none of it', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 990);
      req.onupgradeneeded = () => req.result.createObjectStore('future', { keyPath: 'id' }).put({ id: 'x', v: 1 });
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    closeDb();
    const saved = await saveArticle({ article: article('https://news.example/downgrade') });
    expect((await getSaved(saved.id))?.entry.url).toBe('https://news.example/downgrade');
    closeDb();
    const future = await new Promise<unknown>((resolve) => {
      const req = indexedDB.open(DB_NAME);
      req.onsuccess = () => {
        const get = req.result.transaction('future').objectStore('future').get('x');
        get.onsuccess = () => {
          resolve(get.result);
          req.result.close();
        };
      };
    });
    expect(future).toEqual({ id: 'x', v: 1 });
  });
});
