import { describe, expect, it } from 'vitest';
import { facets, searchWithin, visibleEntries, DEFAULT_QUERY } from '../../components/library/list-model';
import type { SavedEntry } from '../../lib/store/model';

const entry = (id: string, o: Partial<SavedEntry>): SavedEntry => ({
  id, url: `https://a.example/${id}`, urls: [], title: id, siteName: 'A', byline: null, excerpt: null, lang: 'en', dir: 'ltr',
  publishedTime: null, thumbUrl: null, wordCount: 100, readingMinutes: 1, savedAt: 0, updatedAt: 0, status: 'unread', favorite: 0,
  tags: [], progress: 0, readAt: null, content: 'full', error: null, images: { saved: 0, failed: 0, bytes: 0 }, ...o,
});

const ENTRIES = [
  entry('old-long', { savedAt: 1, wordCount: 3000, tags: ['essays'], siteName: 'B' }),
  entry('new-short', { savedAt: 3, wordCount: 200, favorite: 1 }),
  entry('archived', { savedAt: 2, wordCount: 900, status: 'archived', tags: ['essays', 'local'] }),
  entry('mid', { savedAt: 2.5, wordCount: 900, title: 'Ferry news' }),
];
const ids = (xs: SavedEntry[]) => xs.map((e) => e.id);

describe('what the library list shows', () => {
  it('unread by default, newest first', () => {
    expect(ids(visibleEntries(ENTRIES, DEFAULT_QUERY, null))).toEqual(['new-short', 'mid', 'old-long']);
  });
  it('views, tag and site filters', () => {
    expect(ids(visibleEntries(ENTRIES, { ...DEFAULT_QUERY, view: 'archived' }, null))).toEqual(['archived']);
    expect(ids(visibleEntries(ENTRIES, { ...DEFAULT_QUERY, view: 'favorites' }, null))).toEqual(['new-short']);
    expect(ids(visibleEntries(ENTRIES, { ...DEFAULT_QUERY, view: 'all', tag: 'essays' }, null))).toEqual(['archived', 'old-long']);
    expect(ids(visibleEntries(ENTRIES, { ...DEFAULT_QUERY, view: 'all', site: 'B' }, null))).toEqual(['old-long']);
  });
  it('sorts: oldest, longest (ties newest first), shortest', () => {
    const all = { ...DEFAULT_QUERY, view: 'all' as const };
    expect(ids(visibleEntries(ENTRIES, { ...all, sort: 'oldest' }, null))).toEqual(['old-long', 'archived', 'mid', 'new-short']);
    expect(ids(visibleEntries(ENTRIES, { ...all, sort: 'longest' }, null))).toEqual(['old-long', 'mid', 'archived', 'new-short']);
    expect(ids(visibleEntries(ENTRIES, { ...all, sort: 'shortest' }, null))).toEqual(['new-short', 'mid', 'archived', 'old-long']);
  });
  it('with a search: only matches, title matches first', () => {
    const matches = new Set(['old-long', 'mid', 'archived']);
    const titleHit = (e: SavedEntry) => e.title.includes('Ferry');
    expect(ids(visibleEntries(ENTRIES, { ...DEFAULT_QUERY, view: 'all' }, matches, titleHit))).toEqual(['mid', 'archived', 'old-long']);
    // The fast path (no sort per key press) gives the same list.
    const sorted = visibleEntries(ENTRIES, { ...DEFAULT_QUERY, view: 'all' }, null);
    expect(ids(searchWithin(sorted, matches, titleHit))).toEqual(['mid', 'archived', 'old-long']);
  });
  it('facets count tags and sites, most used first', () => {
    expect(facets(ENTRIES)).toEqual({ tags: [['essays', 2], ['local', 1]], sites: [['A', 3], ['B', 1]] });
  });
});
