// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { article, freshDb, pngBlob } from './store-setup';
import { fileBytes, zipFolder } from './import-helpers';
import { parseImportFile } from '../../lib/store/import/index';
import { importItems } from '../../lib/store/import/apply';
import { addTags, findByUrl, getSaved, saveArticle, updateEntries } from '../../lib/store/articles';
import { exportBackup } from '../../lib/store/export/backup';
import { openDb, closeDb, DB_NAME } from '../../lib/store/db';
import Dexie from 'dexie';

beforeEach(freshDb);

describe('importing into a library', () => {
  it('links without content are queued; one already saved is merged, not duplicated, its article kept', async () => {
    const saved = await saveArticle({ article: article('https://harbourtimes.example/council/ferry-timetable') });
    const items = await parseImportFile('pocket.zip', await zipFolder('pocket'));
    const r = await importItems(items);
    expect(r).toEqual({ added: 3, updated: 1, queued: 3, highlights: 2 });
    const db = openDb();
    expect(await db.entries.count()).toBe(4);
    const ferry = await findByUrl('https://harbourtimes.example/council/ferry-timetable');
    expect(ferry?.id).toBe(saved.id);
    expect(ferry?.content).toBe('full');
    expect(ferry?.status).toBe('archived');
    const banjir = await findByUrl('https://kabarpagi.example/2025/11/banjir-rob');
    expect([banjir?.content, banjir?.tags, banjir?.savedAt, banjir?.title]).toEqual(['pending', ['banjir', 'jakarta'], 1732060800_000,
      'Banjir rob rendam pesisir utara, warga mengungsi']);
    expect((await db.queue.toArray()).map((q) => q.url).sort()).toEqual([
      'https://harbourtimes.example/city/night-market', 'https://kabarpagi.example/2025/11/banjir-rob', 'https://longreads.example/essays/slow-news',
    ]);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const items = await parseImportFile('instapaper.csv', fileBytes('instapaper.csv'));
    await importItems(items);
    const first = await openDb().entries.toArray();
    const again = await importItems(items);
    expect(again.added).toBe(0);
    expect((await openDb().entries.toArray()).map((e) => [e.id, e.tags, e.status])).toEqual(first.map((e) => [e.id, e.tags, e.status]));
  });

  it('Omnivore content is stored in full (not queued)', async () => {
    const r = await importItems(await parseImportFile('omnivore.zip', await zipFolder('omnivore')));
    expect(r).toEqual({ added: 2, updated: 0, queued: 1, highlights: 2 });
    const corals = await findByUrl('https://science.example/coral-reefs');
    expect(corals?.content).toBe('full');
    expect((await getSaved(corals!.id))?.content?.article.textContent).toContain('Branching corals');
  });
});

describe('Baca backup', () => {
  it('round-trips losslessly: every field, every image byte', async () => {
    const a = await saveArticle({ article: article('https://news.example/one', { lang: 'id' }), images: [{ url: 'https://img.example/one.png', blob: pngBlob(33) }],
      imageFailures: [{ url: 'https://img.example/gone.png', reason: 'HTTP 404' }] });
    const b = await saveArticle({ article: article('https://news.example/two', { dir: 'rtl', lang: 'ar' }) });
    await addTags([a.id], ['keep', 'ferries']);
    await updateEntries([b.id], { status: 'archived', favorite: 1, progress: 0.5, readAt: 1_700_000_000_000 });
    await importItems([{ url: 'https://news.example/pending', title: 'Waiting' }]);
    const before = await Promise.all([a.id, b.id].map((id) => getSaved(id)));
    const pendingBefore = await findByUrl('https://news.example/pending');
    const backup = new Uint8Array(await (await exportBackup()).arrayBuffer());

    closeDb();
    await Dexie.delete(DB_NAME);
    const r = await importItems(await parseImportFile('baca-backup.json', backup));
    expect(r.added).toBe(3);
    const after = await Promise.all([a.id, b.id].map((id) => getSaved(id)));
    for (let i = 0; i < 2; i++) {
      expect(after[i]!.entry).toEqual(before[i]!.entry);
      expect(after[i]!.content).toEqual(before[i]!.content);
      expect(after[i]!.images.map((img) => [img.url, img.type, img.bytes])).toEqual(before[i]!.images.map((img) => [img.url, img.type, img.bytes]));
    }
    expect(new Uint8Array(await after[0]!.images[0]!.blob.arrayBuffer())).toEqual(new Uint8Array(33).fill(7));
    const pendingAfter = await findByUrl('https://news.example/pending');
    expect([pendingAfter?.id, pendingAfter?.title, pendingAfter?.content]).toEqual([pendingBefore?.id, 'Waiting', 'pending']);
  });
});
