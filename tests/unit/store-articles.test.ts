import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article, freshDb, pngBlob } from './store-setup';
import { openDb } from '../../lib/store/db';
import {
  addTags, deleteEntries, findByUrl, getSaved, restoreDeleted, saveArticle, SaveError, setProgress, updateEntries,
} from '../../lib/store/articles';
import { saveWithImages } from '../../lib/store/save-with-images';

beforeEach(freshDb);

describe('saving', () => {
  it('stores the article, its images and its search terms', async () => {
    const a = article('https://news.example/2026/ferry');
    const r = await saveArticle({ article: a, images: [{ url: 'https://img.example/ferry.png', blob: pngBlob(20) }] });
    expect(r.created).toBe(true);
    const saved = await getSaved(r.id);
    expect(saved?.content?.article.contentHtml).toBe(a.contentHtml);
    expect(saved?.images.map((i) => [i.url, i.bytes])).toEqual([['https://img.example/ferry.png', 20]]);
    expect(saved?.entry.images).toEqual({ saved: 1, failed: 0, bytes: 20 });
    expect((await openDb().terms.get(r.id))?.terms.split(' ')).toContain('timetable');
  });

  it('saving the same URL again (tracking parameters aside) updates the entry and keeps its tags and status', async () => {
    const first = await saveArticle({ article: article('https://news.example/story') });
    await addTags([first.id], ['ferries']);
    await updateEntries([first.id], { status: 'archived' });
    const again = await saveArticle({ article: article('https://news.example/story?utm_source=newsletter#top', { title: 'Updated title' }) });
    expect(again.id).toBe(first.id);
    expect(again.created).toBe(false);
    expect(await openDb().entries.count()).toBe(1);
    const e = await findByUrl('https://news.example/story');
    expect(e?.title).toBe('Updated title');
    expect(e?.tags).toEqual(['ferries']);
    expect(e?.status).toBe('archived');
  });

  it('50 saves at once, 5 of them repeats, give 45 entries and lose none', async () => {
    const urls = Array.from({ length: 45 }, (_, i) => `https://news.example/a/${i}`);
    await Promise.all([...urls, ...urls.slice(0, 5)].map((u) => saveArticle({ article: article(u) })));
    expect(await openDb().entries.count()).toBe(45);
    expect(new Set((await openDb().entries.toArray()).map((e) => e.url))).toEqual(new Set(urls));
  });

  it('refuses what is not a web page', async () => {
    await expect(saveArticle({ article: article('file:///etc/passwd') })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('quota exceeded while writing images: a clear error and nothing half-written', async () => {
    const before = await saveArticle({ article: article('https://news.example/kept') });
    const proto = globalThis.IDBObjectStore.prototype as { put: (...a: unknown[]) => unknown };
    const put = proto.put;
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'images') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const err = await saveArticle({ article: article('https://news.example/big'), images: [{ url: 'https://img.example/big.png', blob: pngBlob(100) }] })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SaveError);
      expect((err as SaveError).code).toBe('quota');
      expect((err as SaveError).message).toMatch(/storage space/i);
    } finally {
      proto.put = put;
    }
    const db = openDb();
    expect(await db.entries.count()).toBe(1);
    expect(await db.contents.count()).toBe(1);
    expect(await db.terms.count()).toBe(1);
    expect(await db.images.count()).toBe(0);
    expect((await db.entries.toArray())[0]!.id).toBe(before.id);
  });
});

describe('images at save time', () => {
  it('keeps what downloads, records what fails, and the save still succeeds', async () => {
    const a = article('https://news.example/photos', {
      contentHtml: '<p>x</p><img src="https://img.example/ok.png"><img src="https://img.example/missing.png"><img src="https://img.example/page.png">',
    });
    const fetcher = async (url: string) => {
      if (url.endsWith('ok.png')) return new Response(pngBlob(30) as unknown as BodyInit, { headers: { 'content-type': 'image/png' } });
      if (url.endsWith('page.png')) return new Response('<html>', { headers: { 'content-type': 'text/html' } });
      return new Response('no', { status: 404 });
    };
    const r = await saveWithImages(a, {}, fetcher);
    const saved = await getSaved(r.id);
    expect(saved?.images.map((i) => i.url)).toEqual(['https://img.example/ok.png']);
    expect(saved?.content?.imageFailures.map((f) => f.url).sort()).toEqual(['https://img.example/missing.png', 'https://img.example/page.png']);
    expect(saved?.content?.imageFailures.find((f) => f.url.endsWith('missing.png'))?.reason).toBe('HTTP 404');
    expect(r.imagesFailed).toBe(2);
  });

  it('stops at the per-article cap', async () => {
    const a = article('https://news.example/many', { contentHtml: '<img src="https://img.example/1.png"><img src="https://img.example/2.png">' });
    const fetcher = async () => new Response(pngBlob(600 * 1024) as unknown as BodyInit, { headers: { 'content-type': 'image/png' } });
    const r = await saveWithImages(a, {}, fetcher, { keepImages: true, imageCapMB: 1 });
    expect((await getSaved(r.id))?.images.length).toBe(1);
    expect(r.imagesFailed).toBe(1);
  });
});

describe('reading, deleting, undo', () => {
  it('reaching the end marks read, and archives when asked', async () => {
    const { id } = await saveArticle({ article: article('https://news.example/long') });
    await setProgress(id, 0.4);
    let e = await findByUrl('https://news.example/long');
    expect([e?.progress, e?.readAt, e?.status]).toEqual([0.4, null, 'unread']);
    await setProgress(id, 1, { autoArchive: true });
    e = await findByUrl('https://news.example/long');
    expect(e?.readAt).toBeTypeOf('number');
    expect(e?.status).toBe('archived');
  });

  it('delete removes everything of the entry; undo puts it back exactly', async () => {
    const { id } = await saveArticle({ article: article('https://news.example/gone'), images: [{ url: 'https://img.example/g.png', blob: pngBlob(5) }] });
    const before = await getSaved(id);
    const snapshot = await deleteEntries([id]);
    const db = openDb();
    expect([await db.entries.count(), await db.contents.count(), await db.images.count(), await db.terms.count()]).toEqual([0, 0, 0, 0]);
    await restoreDeleted(snapshot);
    const after = await getSaved(id);
    expect(after?.entry).toEqual(before?.entry);
    expect(after?.content).toEqual(before?.content);
    expect(after?.images.map((i) => i.bytes)).toEqual([5]);
  });
});

afterEach(() => undefined);
