// The library page: saved articles, searched as you type, filtered, sorted, opened, archived, tagged and deleted.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SavedEntry } from '../../lib/store/model';
import type { DeletedSnapshot } from '../../lib/store/articles';
import { restoreDeleted } from '../../lib/store/articles';
import { requestPersistence } from '../../lib/store/db';
import { loadReaderSettings, watchReaderSettings } from '../../lib/store/settings';
import type { ReaderSettings } from '../../lib/types';
import { normalizeText, tokenize } from '../../lib/store/tokens';
import { t } from '../../lib/i18n';
import { useLibrary } from './use-library';
import { DEFAULT_QUERY, facets, searchWithin, visibleEntries, type ListQuery } from './list-model';
import { VirtualList } from './VirtualList';
import { EntryRow, openUrlOf } from './EntryRow';
import { Filters } from './Filters';
import { BulkBar } from './BulkBar';
import { DataPanel } from './DataPanel';
import { EmptyState } from './EmptyState';
import { archive, removeEntries, setFavorite, tagEntries, toggleArchive, unarchive } from './actions';
import { keyAction } from './keys';
import './highlights.css';
import { lazyComponent } from '../lazy';
import { KeepDialog } from '../highlights/KeepDialog';

const HighlightsView = lazyComponent(() => import('./HighlightsView').then((m) => m.HighlightsView));

export const ROW_HEIGHT = 112;

/** Until the index is ready: title, site and excerpt only. */
function plainMatch(e: SavedEntry, words: string[]): boolean {
  const hay = normalizeText(`${e.title} ${e.siteName ?? ''} ${e.excerpt ?? ''}`);
  return words.every((w) => hay.includes(w));
}

export function LibraryApp() {
  const { entries, partial, index, error } = useLibrary();
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState(0);
  const [undo, setUndo] = useState<DeletedSnapshot | null>(null);
  const [showHighlights, setShowHighlights] = useState(false);
  /** Entries to delete once the person said whether to keep their highlights. */
  const [asking, setAsking] = useState<{ ids: string[]; count: number } | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const anchor = useRef<number>(-1);
  const onKeyRef = useRef<(e: KeyboardEvent) => void>(() => undefined);

  useEffect(() => {
    void requestPersistence();
    document.title = `${t('libTitle')} — Baca`;
    const applyTheme = (s: ReaderSettings) => (document.documentElement.dataset.theme = s.theme);
    void loadReaderSettings().then(applyTheme).catch(() => undefined);
    return watchReaderSettings(applyTheme);
  }, []);

  const words = useMemo(() => [...new Set(tokenize(text))], [text]);
  const list = entries ?? [];
  const matches = useMemo(() => {
    if (!words.length) return null;
    if (index) return new Set(index.search(text));
    return new Set(list.filter((e) => plainMatch(e, words)).map((e) => e.id));
  }, [text, index, list, words]);
  // Normalized once per list, not once per key press.
  const normalTitles = useMemo(() => new Map(list.map((e) => [e.id, normalizeText(e.title)])), [list]);
  const titleHit = (e: SavedEntry) => {
    const title = normalTitles.get(e.id) ?? '';
    return words.every((w) => title.includes(w));
  };
  const sorted = useMemo(() => visibleEntries(list, query, null), [list, query]);
  const visible = useMemo(() => (matches ? searchWithin(sorted, matches, titleHit) : sorted), [sorted, matches]);
  const { tags, sites } = useMemo(() => facets(list), [list]);
  const focusIndex = Math.min(focused, Math.max(0, visible.length - 1));

  const targetIds = () => (selected.size ? [...selected] : visible[focusIndex] ? [visible[focusIndex]!.id] : []);
  const doDelete = async (ids: string[], keep?: boolean) => {
    if (!ids.length) return;
    const byId = new Map(list.map((e) => [e.id, e]));
    const count = ids.reduce((n, id) => n + (byId.get(id)?.highlightCount ?? 0), 0);
    if (count > 0 && keep === undefined) {
      setAsking({ ids, count });
      return;
    }
    setUndo(await removeEntries(ids, !!keep));
    setSelected(new Set());
  };
  const doUndo = async () => {
    if (!undo) return;
    await restoreDeleted(undo);
    setUndo(null);
  };
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), 12_000);
    return () => clearTimeout(timer);
  }, [undo]);

  const toggleSelect = (id: string, range: boolean) => {
    const next = new Set(selected);
    const i = visible.findIndex((e) => e.id === id);
    if (range && anchor.current >= 0) {
      const [a, b] = [Math.min(anchor.current, i), Math.max(anchor.current, i)];
      for (let k = a; k <= b; k++) next.add(visible[k]!.id);
    } else if (next.has(id)) next.delete(id);
    else next.add(id);
    anchor.current = i;
    setSelected(next);
  };

  const moveFocus = (i: number) => {
    const n = Math.max(0, Math.min(visible.length - 1, i));
    setFocused(n);
    requestAnimationFrame(() => document.getElementById(`entry-${n}`)?.focus());
  };

  // The listener is bound once and calls this render's handler: fast key presses never see stale state.
  onKeyRef.current = (e: KeyboardEvent) => {
    const action = keyAction(e);
    const inField = (e.target as HTMLElement | null)?.closest('input, textarea, select');
    if (!action || (inField && action !== 'escape' && !(action === 'next' && e.key === 'ArrowDown'))) return;
    if ((e.target as HTMLElement | null)?.closest('button') && (action === 'open' || action === 'select')) return;
    const current = visible[focusIndex];
    switch (action) {
      case 'next': moveFocus(inField ? 0 : focusIndex + 1); break;
      case 'previous': moveFocus(focusIndex - 1); break;
      case 'first': moveFocus(0); break;
      case 'last': moveFocus(visible.length - 1); break;
      case 'open': if (current) location.href = openUrlOf(current); break;
      case 'select': if (current) toggleSelect(current.id, e.shiftKey); break;
      case 'archive': if (current) void (selected.size ? archive([...selected]) : toggleArchive(current)); break;
      case 'favorite': if (current) void setFavorite(targetIds(), !current.favorite); break;
      case 'delete': void doDelete(targetIds()); break;
      case 'search': search.current?.focus(); break;
      case 'undo': void doUndo(); break;
      case 'escape':
        if (inField) (e.target as HTMLElement).blur();
        else setSelected(new Set());
        break;
    }
    e.preventDefault();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => onKeyRef.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const empty = entries !== null && !partial && list.length === 0;
  return (
    <div class="library">
      <header class="lib-header">
        <h1>{t('libTitle')}</h1>
        <input ref={search} type="search" class="search" value={text} placeholder={t('libSearchPlaceholder')}
          aria-label={t('libSearch')} aria-controls={showHighlights ? 'hl-view' : visible.length ? 'entries' : undefined} aria-busy={index ? 'false' : 'true'} onInput={(e) => {
            setText((e.currentTarget as HTMLInputElement).value);
            setFocused(0);
          }} />
        <button type="button" class="hl-view-toggle" aria-pressed={showHighlights} onClick={() => setShowHighlights(!showHighlights)}>
          {t('hlView')}
        </button>
        <span class="count" role="status" aria-live="polite">
          {entries === null ? '' : t('libCount', [String(visible.length), String(list.length)])}
        </span>
      </header>
      <Filters query={query} onChange={(q) => { setQuery(q); setFocused(0); }} tags={tags} sites={sites} />
      {selected.size > 0 && (
        <BulkBar count={selected.size} total={visible.length}
          onArchive={() => void archive([...selected])} onUnarchive={() => void unarchive([...selected])}
          onFavorite={() => void setFavorite([...selected], true)} onTag={(s) => void tagEntries([...selected], s)}
          onDelete={() => void doDelete([...selected])} onClear={() => setSelected(new Set())}
          onSelectAll={() => setSelected(new Set(visible.map((e) => e.id)))} />
      )}
      <DataPanel entries={list} chosen={() => (selected.size ? [...selected] : visible.map((e) => e.id))} />
      {error && <p class="note error" role="alert">{t('libLoadError', error)}</p>}
      {asking && (
        <KeepDialog count={asking.count} onChoose={(choice) => {
          const { ids } = asking;
          setAsking(null);
          if (choice !== 'cancel') void doDelete(ids, choice === 'keep');
        }} />
      )}
      {showHighlights ? <HighlightsView words={words} /> : empty ? <EmptyState /> : visible.length === 0 && entries !== null && !partial ? (
        <p class="no-match" role="status">{t('libNoMatch')}</p>
      ) : (
        <div id="entries" class="entries">
          <VirtualList items={visible} rowHeight={ROW_HEIGHT} focused={focusIndex} label={t('libListLabel')}
            renderRow={(e, i) => (
              <EntryRow entry={e} index={i} words={words} selected={selected.has(e.id)} focused={i === focusIndex}
                onToggleSelect={toggleSelect} onFavorite={(x) => void setFavorite([x.id], !x.favorite)}
                onArchive={(x) => void toggleArchive(x)} onFocus={setFocused}
                onTag={(tag) => { setQuery({ ...query, tag }); setFocused(0); }} />
            )} />
        </div>
      )}
      {undo && (
        <div class="toast" role="status">
          {t('libDeleted', String(undo.entries.length))}
          <button type="button" onClick={() => void doUndo()}>{t('libUndo')}</button>
        </div>
      )}
    </div>
  );
}
