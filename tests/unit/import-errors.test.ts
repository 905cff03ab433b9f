import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { article, freshDb } from './store-setup';
import { bytesOf, fileBytes, fileText, zipFolder } from './import-helpers';
import { parseImportFile, ImportError } from '../../lib/store/import/index';
import { importItems } from '../../lib/store/import/apply';
import { saveArticle } from '../../lib/store/articles';
import { exportBackup } from '../../lib/store/export/backup';
import { openDb } from '../../lib/store/db';

beforeEach(freshDb);

async function failure(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<ImportError> {
  const err = await parseImportFile(name, await bytes).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

const cut = (text: string, at: string) => text.slice(0, text.indexOf(at) + at.length);

const TABLE: { title: string; name: string; bytes: () => Uint8Array | Promise<Uint8Array>; file: string; line: number | null; says: RegExp }[] = [
  { title: 'Pocket CSV cut inside a quoted title', name: 'pocket.zip', file: 'pocket.zip › part_000000.csv', line: 4, says: /never closed/,
    bytes: () => zipFolder('pocket', { 'part_000000.csv': cut(fileText('pocket/part_000000.csv'), '"A title') }) },
  { title: 'Pocket CSV row with a missing column', name: 'pocket.zip', file: 'pocket.zip › part_000001.csv', line: 2, says: /expected 5 fields, found 4/,
    bytes: () => zipFolder('pocket', { 'part_000001.csv': 'title,url,time_added,tags,status\nNo status,https://a.example/x,1732320000,food\n' }) },
  { title: 'a ZIP cut in half', name: 'pocket.zip', file: 'pocket.zip', line: null, says: /ZIP/,
    bytes: async () => (await zipFolder('pocket')).slice(0, 200) },
  { title: 'ril_export.html cut in the middle of a link', name: 'ril_export.html', file: 'ril_export.html', line: 12, says: /cut off|closed/,
    bytes: () => bytesOf(cut(fileText('ril_export.html'), '<li><a href="https://longreads.example/essays/slow-news" time_')) },
  { title: 'Instapaper row with a bad address', name: 'instapaper.csv', file: 'instapaper.csv', line: 3, says: /not a web address/,
    bytes: () => bytesOf(fileText('instapaper.csv').replace('https://longreads.example/essays/slow-news', 'javascript:alert(1)')) },
  { title: 'bookmarks cut before the lists close', name: 'bookmarks.html', file: 'bookmarks.html', line: 16, says: /cut off/,
    bytes: () => bytesOf(cut(fileText('bookmarks.html'), 'essays,weekend">Slow news, explained</A>')) },
  { title: 'a CSV of something else', name: 'export.csv', file: 'export.csv', line: 1, says: /unknown CSV columns/,
    bytes: () => bytesOf('name,email\nA,b@c\n') },
  { title: 'an empty file', name: 'pocket.csv', file: 'pocket.csv', line: null, says: /empty/, bytes: () => new Uint8Array() },
  { title: 'not UTF-8', name: 'instapaper.csv', file: 'instapaper.csv', line: null, says: /UTF-8/, bytes: () => new Uint8Array([0xff, 0xfe, 0x41, 0xc3]) },
];

describe('a malformed or cut-off file names the file, the line and the problem', () => {
  for (const c of TABLE) {
    it(c.title, async () => {
      const err = await failure(c.name, c.bytes());
      expect(err.file).toBe(c.file);
      expect(err.line).toBe(c.line);
      expect(err.detail).toMatch(c.says);
      expect(err.message).toContain(c.file);
    });
  }
});

describe('Baca backup damage', () => {
  it('a truncated backup: the line where it ends, and the library is unchanged', async () => {
    await saveArticle({ article: article('https://news.example/one') });
    await saveArticle({ article: article('https://news.example/two') });
    const text = await (await exportBackup()).text();
    const truncated = text.slice(0, Math.floor(text.length * 0.7));
    const err = await failure('baca-backup.json', bytesOf(truncated));
    expect(err.detail).toMatch(/cut off/);
    expect(err.line).toBe(truncated.split('\n').length);
    expect(await openDb().entries.count()).toBe(2);
  });

  it('one damaged entry: names the entry and its line, and nothing is imported', async () => {
    await saveArticle({ article: article('https://news.example/one') });
    const backup = JSON.parse(await (await exportBackup()).text());
    backup.entries.push({ ...backup.entries[0], id: 'x', url: 'https://news.example/other', status: 'deleted' });
    const text = `${JSON.stringify({ ...backup, entries: undefined }).slice(0, -1)},"entries":[\n${backup.entries.map((e: unknown) => JSON.stringify(e)).join(',\n')}\n]}`;
    const err = await failure('baca-backup.json', bytesOf(text));
    expect([err.line, err.detail]).toEqual([3, 'entry 2 has an unknown status "deleted"']);
  });

  it('a failing write in the middle of an import leaves the library as it was', async () => {
    await saveArticle({ article: article('https://news.example/kept') });
    const items = await parseImportFile('pocket.zip', await zipFolder('pocket'));
    const proto = globalThis.IDBObjectStore.prototype as { put: (...a: unknown[]) => unknown };
    const put = proto.put;
    let calls = 0;
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'queue' && ++calls === 3) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(importItems(items)).rejects.toMatchObject({ code: 'quota' });
    } finally {
      proto.put = put;
    }
    const db = openDb();
    expect([await db.entries.count(), await db.contents.count(), await db.terms.count(), await db.queue.count()]).toEqual([1, 1, 1, 0]);
  });

  it('the fixture files themselves are fine (the errors above come from the damage)', async () => {
    await expect(parseImportFile('bookmarks.html', fileBytes('bookmarks.html'))).resolves.toHaveLength(2);
  });
});
