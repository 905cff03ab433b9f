import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { article, freshDb } from './store-setup';
import { openDb } from '../../lib/store/db';
import { deleteEntries, getEntry, restoreDeleted, saveArticle } from '../../lib/store/articles';
import { addHighlight, allHighlights, highlightsOf, keptHighlightsFor, removeHighlight, updateHighlight } from '../../lib/store/highlights';
import { loadSearchIndex } from '../../lib/store/search';

beforeEach(freshDb);

const URL1 = 'https://harbour.example/news/ferry-1';
const sel = (exact: string) => ({ exact, prefix: '', suffix: '', start: null, end: null });

async function searchFor(q: string): Promise<string[]> {
  return (await loadSearchIndex(await openDb().entries.toArray())).search(q);
}

describe('highlights in the library', () => {
  it('count per article, colour and note changes, removal; words of highlights and notes are searchable', async () => {
    const { entry } = await saveArticle({ article: article(URL1) });
    const h = await addHighlight(entry, { ...sel('new ferry timetable'), note: 'Compare with the zeppelin schedule' });
    await addHighlight(entry, sel('harbour council'));
    expect((await getEntry(entry.id))!.highlightCount).toBe(2);
    expect(await searchFor('zeppelin')).toEqual([entry.id]);
    await updateHighlight(h.id, { color: 'blue', note: 'Now about gondolas' });
    expect((await highlightsOf(entry.id)).map((x) => [x.color, x.note])).toEqual([['blue', 'Now about gondolas'], ['yellow', '']]);
    expect(await searchFor('zeppelin')).toEqual([]);
    expect(await searchFor('gondolas ferry')).toEqual([entry.id]);
    await removeHighlight(h.id);
    expect((await getEntry(entry.id))!.highlightCount).toBe(1);
    expect(await searchFor('gondolas')).toEqual([]);
  });

  it('deleting an article deletes its highlights, or keeps them when asked; saving the page again brings them back', async () => {
    const { entry } = await saveArticle({ article: article(URL1) });
    await addHighlight(entry, sel('new ferry timetable'));
    const snap = await deleteEntries([entry.id]);
    expect(await allHighlights()).toEqual([]);
    await restoreDeleted(snap);
    expect((await highlightsOf(entry.id)).map((x) => x.exact)).toEqual(['new ferry timetable']);

    await deleteEntries([entry.id], { keepHighlights: true });
    const kept = await allHighlights();
    expect(kept.map((x) => [x.exact, x.orphan, x.title])).toEqual([['new ferry timetable', 1, entry.title]]);
    expect((await keptHighlightsFor(`${URL1}?utm_source=x`)).length).toBe(1);
    const again = await saveArticle({ article: article(URL1) });
    expect(again.entry.id).not.toBe(entry.id);
    expect((await highlightsOf(again.entry.id)).map((x) => x.exact)).toEqual(['new ferry timetable']);
    expect((await getEntry(again.entry.id))!.highlightCount).toBe(1);
    expect(await keptHighlightsFor(URL1)).toEqual([]);
  });

  it('the whole library lists newest first', async () => {
    const { entry } = await saveArticle({ article: article(URL1) });
    await addHighlight(entry, { ...sel('a'), createdAt: 1000 });
    await addHighlight(entry, { ...sel('b'), createdAt: 3000 });
    await addHighlight(entry, { ...sel('c'), createdAt: 2000 });
    expect((await allHighlights()).map((x) => x.exact)).toEqual(['b', 'c', 'a']);
  });
});

describe('highlights through import and backup', () => {
  it('imported highlights attach to the article (also one saved later), count, and are searchable', async () => {
    const { importItems } = await import('../../lib/store/import/apply');
    const r = await importItems([
      { url: URL1, article: article(URL1), highlights: [{ exact: 'new ferry timetable', note: 'quokka' }, { exact: 'new ferry timetable', note: 'quokka' }] },
      { url: 'https://later.example/a', highlights: [{ exact: 'text not here yet' }] },
    ]);
    expect(r.highlights).toBe(2);
    const e = (await openDb().entries.where('url').equals(URL1).first())!;
    expect(e.highlightCount).toBe(1);
    expect(await searchFor('quokka')).toEqual([e.id]);
    const pending = (await openDb().entries.where('url').equals('https://later.example/a').first())!;
    expect([pending.content, pending.highlightCount]).toEqual(['pending', 1]);
    // Importing the same file again adds nothing.
    expect((await importItems([{ url: URL1, highlights: [{ exact: 'new ferry timetable', note: 'quokka' }] }])).highlights).toBeUndefined();
    expect(await openDb().highlights.count()).toBe(2);
  });

  it('a backup carries highlights with colour, note, selectors and time, and restores them', async () => {
    const { exportBackup } = await import('../../lib/store/export/backup');
    const { parseBackup } = await import('../../lib/store/import/backup');
    const { importItems } = await import('../../lib/store/import/apply');
    const { entry } = await saveArticle({ article: article(URL1) });
    await addHighlight(entry, { exact: 'ferry timetable', prefix: 'the new ', suffix: ' for', start: 40, end: 55, color: 'pink', note: 'check', createdAt: 1234 });
    const before = await allHighlights();
    const text = await (await exportBackup()).text();
    await freshDb();
    await importItems(parseBackup(text, 'backup.json'));
    expect(await allHighlights()).toEqual(before.map((h) => ({ ...h, updatedAt: 1234 })));
  });

  it('a whole backup keeps the highlights of a deleted article the person kept; they restore once, and attach when the page is saved again', async () => {
    const { exportBackup } = await import('../../lib/store/export/backup');
    const { parseBackup } = await import('../../lib/store/import/backup');
    const { importItems } = await import('../../lib/store/import/apply');
    const { entry } = await saveArticle({ article: article(URL1) });
    await addHighlight(entry, { ...sel('new ferry timetable'), color: 'green', note: 'ask the harbour office' });
    await deleteEntries([entry.id], { keepHighlights: true });
    const kept = await exportBackup();
    // A backup of chosen entries is about those entries only.
    expect(await (await exportBackup([])).text()).not.toContain('new ferry timetable');

    await freshDb();
    const first = await importItems(parseBackup(await kept.text(), 'backup.json'));
    expect(first).toMatchObject({ added: 0, updated: 0, highlights: 1 });
    expect(await openDb().entries.count()).toBe(0);
    const restored = await allHighlights();
    expect(restored.map((h) => [h.exact, h.note, h.color, h.orphan, h.url, h.title])).toEqual([['new ferry timetable', 'ask the harbour office', 'green', 1, URL1, entry.title]]);
    // The same backup again adds nothing.
    await importItems(parseBackup(await kept.text(), 'backup.json'));
    expect((await allHighlights()).length).toBe(1);
    const again = await saveArticle({ article: article(URL1) });
    expect((await highlightsOf(again.entry.id)).map((x) => [x.exact, x.note])).toEqual([['new ferry timetable', 'ask the harbour office']]);
  });

  it('a backup whose kept highlights are damaged is refused with the line, and nothing is written', async () => {
    const { parseBackup } = await import('../../lib/store/import/backup');
    const text = `{"format":"baca-backup","version":1,"exportedAt":"2026-01-01T00:00:00Z","count":0,"entries":[\n],"kept":[\n{"title":"no url","highlights":[]}\n]}\n`;
    expect(() => parseBackup(text, 'backup.json')).toThrow(/backup\.json, line 3: kept highlights 1 have no page address/);
  });
});
