// The library's data: the newest entries first (first paint), then all of them, the search index, live updates.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SavedEntry } from '../../lib/store/model';
import { allEntries, newestEntries } from '../../lib/store/articles';
import { openDb } from '../../lib/store/db';
import { watchChanges } from '../../lib/store/changes';
import { loadSearchIndex, refreshSearchIndex, storeSnapshot } from '../../lib/store/search';
import type { SearchIndex } from '../../lib/store/search-index';

const FIRST_SCREEN = 40;

export interface LibraryData {
  entries: SavedEntry[] | null;
  /** Only the first screen is loaded so far. */
  partial: boolean;
  index: SearchIndex | null;
  error: string | null;
}

export function useLibrary(): LibraryData {
  const [data, setData] = useState<LibraryData>({ entries: null, partial: true, index: null, error: null });
  const indexRef = useRef<SearchIndex | null>(null);
  const entriesRef = useRef<SavedEntry[] | null>(null);

  useEffect(() => {
    let alive = true;
    const loadAll = async () => {
      const all = await allEntries();
      if (!alive) return;
      entriesRef.current = all;
      setData((d) => ({ ...d, entries: all, partial: false }));
      const index = await loadSearchIndex(all);
      indexRef.current = index;
      if (alive) setData((d) => ({ ...d, index }));
    };
    void newestEntries(FIRST_SCREEN)
      .then((first) => {
        if (alive && !entriesRef.current) setData((d) => ({ ...d, entries: first }));
      })
      .then(loadAll)
      .catch((err: unknown) => alive && setData((d) => ({ ...d, error: err instanceof Error ? err.message : String(err) })));

    const stop = watchChanges((notice) => {
      if (notice.scope === 'all') {
        void loadAll();
        return;
      }
      void openDb()
        .entries.bulkGet(notice.ids)
        .then(async (rows) => {
          if (!alive) return;
          const map = new Map((entriesRef.current ?? []).map((e) => [e.id, e]));
          notice.ids.forEach((id, i) => {
            const row = rows[i];
            if (row) map.set(id, row);
            else map.delete(id);
          });
          entriesRef.current = [...map.values()];
          setData((d) => ({ ...d, entries: entriesRef.current }));
          const index = indexRef.current;
          if (index) {
            await refreshSearchIndex(index, notice.ids, map);
            if (alive) setData((d) => ({ ...d }));
          }
        });
    });
    // Keep the stored index current for the next start when this page goes away.
    const onHide = () => {
      const index = indexRef.current;
      if (index && index.pending > 0) void storeSnapshot(index);
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      alive = false;
      stop();
      window.removeEventListener('pagehide', onHide);
    };
  }, []);
  return data;
}
