import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freshDb } from './store-setup';
import { BacaDb, DB_NAME, SCHEMA_V2, closeDb, openDb } from '../../lib/store/db';
import { loadSearchIndex } from '../../lib/store/search';
import { addHighlight } from '../../lib/store/highlights';

type Row = Record<string, unknown>;
const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/imports/store-v2.json'), 'utf8')) as
  Record<'entries' | 'contents' | 'terms' | 'queue' | 'meta', Row[]> & { images: { articleId: string; url: string; type: string; bytes: number }[] };

/** A database exactly as the release before highlights wrote it (schema version 2). */
async function writeV2(): Promise<void> {
  const v2 = new Dexie(DB_NAME);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  for (const t of ['entries', 'contents', 'terms', 'queue', 'meta'] as const) await v2.table(t).bulkAdd(fixture[t]);
  await v2.table('images').bulkAdd(fixture.images.map((i) => ({ ...i, blob: new Blob([new Uint8Array(i.bytes)], { type: i.type }) })));
  v2.close();
}

beforeEach(freshDb);

describe('schema upgrade from version 2 (highlights)', () => {
  it('keeps every row of every table unchanged and adds an empty highlights table', async () => {
    await writeV2();
    const db = new BacaDb();
    await db.open();
    expect(db.verno).toBe(3);
    for (const t of ['entries', 'contents', 'terms', 'queue', 'meta'] as const) {
      expect(await db.table(t).toArray()).toEqual(fixture[t]);
    }
    const images = await db.images.toArray();
    expect(images.map((i) => [i.articleId, i.url, i.type, i.bytes, i.blob.size])).toEqual(fixture.images.map((i) => [i.articleId, i.url, i.type, i.bytes, i.bytes]));
    expect(await db.highlights.count()).toBe(0);
    db.close();
  });

  it('the upgraded library searches as before and takes highlights, whose words become searchable', async () => {
    await writeV2();
    closeDb();
    const db = openDb();
    let index = await loadSearchIndex(await db.entries.toArray());
    expect(index.search('pedagang imlek')).toEqual(['v2-a']);
    expect(index.search('sailings')).toEqual(['v2-b']);
    const entry = (await db.entries.get('v2-b'))!;
    await addHighlight(entry, { exact: 'two fewer sailings', prefix: 'Monday with ', suffix: '.', start: 50, end: 68, note: 'ask the council why' });
    const after = (await db.entries.get('v2-b'))!;
    expect(after.highlightCount).toBe(1);
    expect({ ...after, highlightCount: undefined, updatedAt: 0 }).toEqual({ ...fixture.entries[1], highlightCount: undefined, updatedAt: 0 });
    index = await loadSearchIndex(await db.entries.toArray());
    expect(index.search('council sailings')).toEqual(['v2-b']);
  });
});
