import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { article, freshDb } from './store-setup';
import { SearchIndex } from '../../lib/store/search-index';
import { highlightParts, loadSearchIndex, refreshSearchIndex } from '../../lib/store/search';
import { allEntries, deleteEntries, saveArticle } from '../../lib/store/articles';
import { openDb } from '../../lib/store/db';
import { uniqueTerms } from '../../lib/store/tokens';

beforeEach(freshDb);

function index(): SearchIndex {
  const idx = new SearchIndex();
  idx.add('a', uniqueTerms('Banjir rob rendam pesisir Jakarta', 'Kabar Pagi', 'Warga mengungsi ke masjid'));
  idx.add('b', uniqueTerms('Café owners fight rent rise', 'Harbour Times', 'The café on the pier'));
  idx.add('c', uniqueTerms('Jakarta ferry timetable', 'Harbour Times', 'Ferries leave at dawn'));
  return idx;
}

describe('the search index', () => {
  it('every word must match; each word may be the start of a longer one', () => {
    const idx = index();
    expect(idx.search('jakarta')).toEqual(['a', 'c']);
    expect(idx.search('jak fer')).toEqual(['c']);
    expect(idx.search('harbour times')).toEqual(['b', 'c']);
    expect(idx.search('jakarta café')).toEqual([]);
    expect(idx.search('  ')).toEqual([]);
  });

  it('accents and case are ignored both ways', () => {
    const idx = index();
    expect(idx.search('CAFE')).toEqual(['b']);
    expect(idx.search('café')).toEqual(['b']);
  });

  it('re-adding replaces, removing hides, and a snapshot keeps exactly the live articles', () => {
    const idx = index();
    idx.add('a', uniqueTerms('Gempa di laut selatan'));
    idx.remove('b');
    expect(idx.search('banjir')).toEqual([]);
    expect(idx.search('gempa')).toEqual(['a']);
    const snap = idx.snapshot(123);
    expect([...snap.ids].sort()).toEqual(['a', 'c']);
    const back = SearchIndex.fromSnapshot(snap);
    expect(back.search('gempa')).toEqual(['a']);
    expect(back.search('cafe')).toEqual([]);
    expect(back.search('ferr')).toEqual(['c']);
    back.add('d', ['ferry']);
    expect(back.search('ferry').sort()).toEqual(['c', 'd']);
  });
});

describe('kept in step with the library across restarts', () => {
  it('is stored once built, then only new and deleted articles are applied', async () => {
    const one = await saveArticle({ article: article('https://news.example/1', { title: 'Banjir di Jakarta', textContent: 'Air naik' }) });
    await saveArticle({ article: article('https://news.example/2', { title: 'Ferry timetable', textContent: 'Boats at dawn' }) });
    const first = await loadSearchIndex(await allEntries());
    expect(first.search('banjir')).toEqual([one.id]);
    expect(await openDb().meta.get('search-index')).toBeTruthy();

    // Another context saves and deletes while this page is closed; the terms table is the source of truth.
    const three = await saveArticle({ article: article('https://news.example/3', { title: 'Gempa', textContent: 'Banjir susulan' }) });
    await deleteEntries([one.id]);
    const bulkGet = openDb().terms.bulkGet.bind(openDb().terms);
    let read = 0;
    openDb().terms.bulkGet = ((ids: string[]) => {
      read += ids.length;
      return bulkGet(ids);
    }) as typeof bulkGet;
    const next = await loadSearchIndex(await allEntries());
    expect(next.search('banjir')).toEqual([three.id]);
    expect(read).toBeLessThanOrEqual(2);
  });

  it('refresh picks up changes announced by other contexts', async () => {
    const idx = await loadSearchIndex([]);
    const s = await saveArticle({ article: article('https://news.example/9', { title: 'Pasar malam pindah' }) });
    const entries = new Map((await allEntries()).map((e) => [e.id, e]));
    await refreshSearchIndex(idx, [s.id], entries);
    expect(idx.search('pasar')).toEqual([s.id]);
    await refreshSearchIndex(idx, [s.id], new Map());
    expect(idx.search('pasar')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks the matching start of each word, accents ignored', () => {
    expect(highlightParts('Café owners in Jakarta', ['cafe', 'jak'])).toEqual([
      { text: 'Café', hit: true }, { text: ' owners in ', hit: false }, { text: 'Jak', hit: true }, { text: 'arta', hit: false },
    ]);
    expect(highlightParts('No match here', ['zzz'])).toEqual([{ text: 'No match here', hit: false }]);
  });
});
