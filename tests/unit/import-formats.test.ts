import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './store-setup';
import { fileBytes, zipFolder } from './import-helpers';
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
