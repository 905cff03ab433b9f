// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './store-setup';
import { bytesOf, fileBytes, fileText, zipFolder } from './import-helpers';
import { ImportError } from '../../lib/store/import/model';
import { parseImportFile } from '../../lib/store/import/index';

beforeEach(freshDb);

describe('Pocket', () => {
  it('ZIP of CSV parts: titles with commas, quotes and line breaks, |-tags, Unix seconds, archive status', async () => {
    const items = await parseImportFile('pocket.zip', await zipFolder('pocket'));
    expect(items.map((i) => [i.url, i.status])).toEqual([
      ['https://kabarpagi.example/2025/11/banjir-rob?utm_source=pocket', 'unread'],
      ['https://harbourtimes.example/council/ferry-timetable', 'archived'],
      ['https://longreads.example/essays/slow-news', 'unread'],
      ['https://harbourtimes.example/city/night-market', 'archived'],
    ]);
    expect(items[0]!.title).toBe('Banjir rob rendam pesisir utara, warga mengungsi');
    expect(items[1]!.title).toBe('Council approves "early" ferry');
    expect(items[2]!.title).toBe('A title\nover two lines');
    expect(items[2]!.tags).toEqual(['essays', 'weekend', 'to-read']);
    expect(items[1]!.tags).toEqual([]);
    expect(items[0]!.savedAt).toBe(1732060800_000);
  });

  it('ril_export.html: the "Read Archive" list is archived, tags and times kept, entities decoded', async () => {
    const items = await parseImportFile('ril_export.html', fileBytes('ril_export.html'));
    expect(items.map((i) => [i.url, i.status, i.tags])).toEqual([
      ['https://kabarpagi.example/2025/11/banjir-rob', 'unread', ['banjir', 'jakarta']],
      ['https://longreads.example/essays/slow-news', 'unread', []],
      ['https://harbourtimes.example/council/ferry-timetable', 'archived', ['local']],
    ]);
    expect(items[0]!.title).toBe('Banjir rob rendam pesisir utara & warga mengungsi');
    expect(items[2]!.savedAt).toBe(1732147200_000);
  });
});

describe('Instapaper CSV', () => {
  it('folders become status, favourite or a tag; JSON tag lists read', async () => {
    const items = await parseImportFile('instapaper-export.csv', fileBytes('instapaper.csv'));
    expect(items.map((i) => [i.status, i.favorite, i.tags])).toEqual([
      ['archived', false, ['local', 'transport']],
      ['unread', false, []],
      ['unread', true, []],
      ['unread', false, ['Nature reading']],
    ]);
    expect(items[1]!.title).toBe('Slow news, explained');
  });
});

describe('Netscape bookmarks', () => {
  it('web links with their folder and tags; bookmarklets skipped', async () => {
    const items = await parseImportFile('bookmarks.html', fileBytes('bookmarks.html'));
    expect(items.map((i) => [i.url, i.tags])).toEqual([
      ['https://harbourtimes.example/council/ferry-timetable', []],
      ['https://longreads.example/essays/slow-news', ['Long reads', 'essays', 'weekend']],
    ]);
  });
});

describe('Omnivore ZIP', () => {
  it('metadata and content: labels, archived state, progress, and the HTML sanitized', async () => {
    const items = await parseImportFile('omnivore-export.zip', await zipFolder('omnivore'));
    expect(items.map((i) => [i.url, i.status, i.tags, i.progress])).toEqual([
      ['https://science.example/coral-reefs', 'archived', ['nature', 'science'], 1],
      ['https://harbourtimes.example/city/night-market', 'unread', ['food'], 0.4],
    ]);
    const corals = items[0]!.article!;
    expect(corals.textContent).toContain('Branching corals led the recovery');
    expect(corals.contentHtml).not.toMatch(/script|onclick|alert/i);
    expect(corals.byline).toBe('Sari Wulandari');
    expect(items[1]!.article).toBeUndefined();
  });
});

/** The ImportError a parse fails with (the test fails when it does not fail). */
async function failure(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(e)}`);
  return e;
}

describe('highlights in imports', () => {
  it('Pocket: annotations/part_*.json become highlights of the CSV items; an annotated page not in the CSV is added', async () => {
    const fixture = JSON.parse(fileText('pocket/annotations/part_000000.json')) as unknown[];
    const extra = JSON.stringify([...fixture, { url: 'https://annotated-only.example/2024/notes', title: 'Only in the annotations',
      highlights: [{ quote: 'A line kept in Pocket', created_at: 1732160000 }] }]);
    const items = await parseImportFile('pocket.zip', await zipFolder('pocket', { 'annotations/part_000000.json': extra }));
    const ferry = items.find((i) => i.url.startsWith('https://harbourtimes.example/council/ferry-timetable'))!;
    expect(ferry.highlights).toEqual([
      { exact: 'the first ferry will leave at 5:40', createdAt: 1732150000000 },
      { exact: 'Residents of the northern islands', createdAt: 1732150100000 },
    ]);
    const only = items.find((i) => i.url === 'https://annotated-only.example/2024/notes')!;
    expect([only.title, only.highlights?.map((h) => h.exact)]).toEqual(['Only in the annotations', ['A line kept in Pocket']]);
  });

  it('Pocket: a damaged annotations file names the file inside the zip and the line', async () => {
    const broken = '[\n  {"url": "https://a.example/x", "highlights": [\n    {"quote": "one"},\n    {"quote": \n  ]}\n]';
    const err = await failure(parseImportFile('pocket.zip', await zipFolder('pocket', { 'annotations/part_000000.json': broken })));
    expect(err).toBeInstanceOf(ImportError);
    expect(err.file).toBe('pocket.zip › annotations/part_000000.json');
    expect(err.line).toBe(5);
    const noQuote = '[\n {"url": "https://a.example/x", "highlights": []},\n {"url": "https://a.example/y", "highlights": [{"created_at": 1}]}\n]';
    const err2 = await failure(parseImportFile('pocket.zip', await zipFolder('pocket', { 'annotations/part_000000.json': noQuote })));
    expect(err2.message).toBe('pocket.zip › annotations/part_000000.json, line 3: article 2, highlight 1 has no quote');
  });

  it('Omnivore: highlights/<slug>.md quotes (multi-line, link back stripped) with their notes', async () => {
    const items = await parseImportFile('omnivore.zip', await zipFolder('omnivore'));
    const corals = items.find((i) => i.url === 'https://science.example/coral-reefs')!;
    expect(corals.highlights).toEqual([
      { exact: 'Branching corals led the recovery, followed by slower boulder corals.', note: 'Compare with the 1998 event.' },
      { exact: 'Coral reefs off the east coast regrew\nwithin four years', note: '' },
    ]);
  });

  it('Instapaper: the Selection column is a highlight', async () => {
    const items = await parseImportFile('instapaper.csv', fileBytes('instapaper.csv'));
    expect(items.find((i) => i.url === 'https://longreads.example/essays/slow-news')!.highlights).toEqual([{ exact: 'A highlighted sentence, with a comma.' }]);
    expect(items.find((i) => i.url === 'https://harbourtimes.example/council/ferry-timetable')!.highlights).toBeUndefined();
  });

  it('Readwise Reader CSV: tags as a list, saved date, progress, archive location', async () => {
    const items = await parseImportFile('readwise.csv', fileBytes('readwise.csv'));
    expect(items.map((i) => [i.url, i.title, i.tags, i.savedAt, i.progress, i.status])).toEqual([
      ['https://kabarpagi.example/2025/11/banjir-rob', 'Banjir rob, lagi', ['banjir', 'jakarta'], Date.UTC(2024, 2, 14, 9, 12, 33), 0.35, 'unread'],
      ['https://harbourtimes.example/night-market', 'Night market moves', [], Date.UTC(2024, 2, 15, 10), 1, 'archived'],
      ['https://feeds.example/post/7', 'Feed item', [], Date.UTC(2024, 2, 16, 11, 30), 0, 'unread'],
    ]);
  });

  it('Readwise Reader CSV: a damaged row names its line', async () => {
    const text = fileText('readwise.csv').replace('0.35', 'lots');
    const err = await failure(parseImportFile('readwise.csv', bytesOf(text)));
    expect(err.message).toBe('readwise.csv, line 2: reading progress "lots" is not a number');
    const cut = fileText('readwise.csv').split('\n').slice(0, 3).join('\n').replace(/,True$/, '');
    const err2 = await failure(parseImportFile('readwise.csv', bytesOf(cut)));
    expect([err2.line, err2.detail]).toEqual([3, 'expected 8 fields, found 7 (the file may be cut off or damaged)']);
  });
});
