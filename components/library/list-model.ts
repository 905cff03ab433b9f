// What the library list shows: filters, sort and search applied to the entries (pure, tested on its own).
import type { SavedEntry } from '../../lib/store/model';

export type ViewFilter = 'all' | 'unread' | 'archived' | 'favorites';
export type SortOrder = 'newest' | 'oldest' | 'longest' | 'shortest';

export interface ListQuery {
  view: ViewFilter;
  tag: string | null;
  site: string | null;
  sort: SortOrder;
}

export const DEFAULT_QUERY: ListQuery = { view: 'unread', tag: null, site: null, sort: 'newest' };

const VIEW_TEST: Record<ViewFilter, (e: SavedEntry) => boolean> = {
  all: () => true,
  unread: (e) => e.status === 'unread',
  archived: (e) => e.status === 'archived',
  favorites: (e) => e.favorite === 1,
};

const SORTS: Record<SortOrder, (a: SavedEntry, b: SavedEntry) => number> = {
  newest: (a, b) => b.savedAt - a.savedAt,
  oldest: (a, b) => a.savedAt - b.savedAt,
  longest: (a, b) => b.wordCount - a.wordCount || b.savedAt - a.savedAt,
  shortest: (a, b) => a.wordCount - b.wordCount || b.savedAt - a.savedAt,
};

/**
 * The entries to show, in order. With a search, `matches` (ids from the index) limits the list and articles whose
 * title holds every query word come first.
 */
export function visibleEntries(entries: SavedEntry[], q: ListQuery, matches: Set<string> | null, titleHit?: (e: SavedEntry) => boolean): SavedEntry[] {
  const test = VIEW_TEST[q.view];
  const out = entries.filter(
    (e) => test(e) && (!q.tag || e.tags.includes(q.tag)) && (!q.site || e.siteName === q.site) && (!matches || matches.has(e.id)),
  );
  const sort = SORTS[q.sort];
  if (matches && titleHit) {
    const hit = new Map(out.map((e) => [e.id, titleHit(e)]));
    return out.sort((a, b) => Number(hit.get(b.id)) - Number(hit.get(a.id)) || sort(a, b));
  }
  return out.sort(sort);
}

/**
 * Search results from an already filtered and sorted list: keeps that order (no sort per key press), articles whose
 * title holds the query first. Same result as visibleEntries with `matches`, in linear time.
 */
export function searchWithin(sorted: SavedEntry[], matches: Set<string>, titleHit: (e: SavedEntry) => boolean): SavedEntry[] {
  const first: SavedEntry[] = [];
  const rest: SavedEntry[] = [];
  for (const e of sorted) if (matches.has(e.id)) (titleHit(e) ? first : rest).push(e);
  return first.concat(rest);
}

/** Tags and sites with their counts, most used first: the filter menus. */
export function facets(entries: SavedEntry[]): { tags: [string, number][]; sites: [string, number][] } {
  const tags = new Map<string, number>();
  const sites = new Map<string, number>();
  for (const e of entries) {
    for (const t of e.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
    if (e.siteName) sites.set(e.siteName, (sites.get(e.siteName) ?? 0) + 1);
  }
  const order = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { tags: order(tags), sites: order(sites) };
}
