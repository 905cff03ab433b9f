import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freshDb } from './store-setup';
import { BacaDb, DB_NAME, SCHEMA_V1 } from '../../lib/store/db';
import { loadSearchIndex } from '../../lib/store/search';
import { openDb, closeDb } from '../../lib/store/db';

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/imports/store-v1.json'), 'utf8')) as {
  articles: { id: string; url: string; status: string; tags: string[]; progress: number; favorite: boolean; article: { title: string } }[];
  images: { articleId: string; url: string; type: string; bytes: number }[];
};

async function writeV1(): Promise<void> {
  const v1 = new Dexie(DB_NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('articles').bulkAdd(fixture.articles);
  await v1.table('images').bulkAdd(fixture.images.map((i) => ({ ...i, blob: new Blob([new Uint8Array(i.bytes)], { type: i.type }) })));
  v1.close();
}

beforeEach(freshDb);

describe('schema upgrade from version 1', () => {
  it('keeps every entry with its state, body, images and search terms', async () => {
    await writeV1();
    const db = new BacaDb();
    await db.open();
    expect(db.verno).toBe(3);
    const entries = await db.entries.orderBy('savedAt').toArray();
    expect(entries.map((e) => e.id)).toEqual(fixture.articles.map((a) => a.id));
    fixture.articles.forEach((a, i) => {
      const e = entries[i]!;
      expect([e.url, e.title, e.status, e.tags, e.progress, e.favorite]).toEqual([a.url, a.article.title, a.status, a.tags, a.progress, a.favorite ? 1 : 0]);
    });
    expect((await db.contents.get('v1-3'))?.article.dir).toBe('rtl');
    expect(await db.images.count()).toBe(1);
    expect(entries[0]!.images.saved).toBe(1);
    expect(db.tables.map((t) => t.name)).not.toContain('articles');
    db.close();
  });

  it('the upgraded library is searchable and opens through the normal path', async () => {
    await writeV1();
    closeDb();
    const entries = await openDb().entries.toArray();
    const index = await loadSearchIndex(entries);
    expect(index.search('mengungsi masjid')).toEqual(['v1-1']);
    expect(index.search('ferry')).toEqual(['v1-2']);
    expect(index.search('أمطار')).toEqual(['v1-3']);
  });
});
