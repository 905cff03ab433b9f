// One saved article in the list: thumbnail, title, site, excerpt, reading time, date, status, favourite, tags.
import { useEffect, useState } from 'preact/hooks';
import type { SavedEntry } from '../../lib/store/model';
import { savedReaderUrl } from '../../lib/store/library-prefs';
import { t, uiLanguage } from '../../lib/i18n';
import { Highlight } from './Highlight';
import { thumbnailUrl } from './thumbs';

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
const percent = new Intl.NumberFormat(uiLanguage(), { style: 'percent' });

export function openUrlOf(e: SavedEntry): string {
  return e.content === 'full' ? savedReaderUrl(e.id) : e.url;
}

function Thumb({ entry }: { entry: SavedEntry }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    setSrc(null);
    if (entry.thumbUrl && entry.images.saved) void thumbnailUrl(entry.id, entry.thumbUrl).then((u) => alive && setSrc(u));
    return () => {
      alive = false;
    };
  }, [entry.id, entry.thumbUrl]);
  return <div class="thumb" aria-hidden="true">{src && <img src={src} alt="" />}</div>;
}

export interface RowActions {
  onToggleSelect: (id: string, range: boolean) => void;
  onFavorite: (e: SavedEntry) => void;
  onArchive: (e: SavedEntry) => void;
  onFocus: (index: number) => void;
  /** Show only articles with this tag. */
  onTag: (tag: string) => void;
}

export function EntryRow(props: { entry: SavedEntry; index: number; selected: boolean; focused: boolean; words: string[] } & RowActions) {
  const { entry: e, words } = props;
  const state = e.content === 'pending' ? t('libFetching') : e.content === 'failed' ? t('libFetchFailed') : null;
  return (
    <article class={`entry${props.focused ? ' focused' : ''}${props.selected ? ' selected' : ''}${e.status === 'archived' ? ' archived' : ''}`}
      data-id={e.id} onClick={() => props.onFocus(props.index)} lang={e.lang ?? undefined}>
      {/* The label gives the checkbox a finger-sized hit area on phones (style.css), without a second click target. */}
      <label class="select-hit" onClick={(ev) => ev.stopPropagation()}>
        <input type="checkbox" class="select" checked={props.selected} aria-label={t('libSelect', e.title)}
          onClick={(ev) => {
            ev.stopPropagation();
            props.onToggleSelect(e.id, (ev as MouseEvent).shiftKey);
          }} />
      </label>
      <Thumb entry={e} />
      <div class="entry-text">
        <h2 class="entry-title">
          <a href={openUrlOf(e)} id={`entry-${props.index}`} tabIndex={props.focused ? 0 : -1} dir={e.dir ?? undefined}
            onFocus={() => props.onFocus(props.index)}>
            <Highlight text={e.title} words={words} />
          </a>
        </h2>
        <p class="entry-meta" lang="">
          {e.siteName && <span class="site"><Highlight text={e.siteName} words={words} /></span>}
          {e.readingMinutes > 0 && <span>{t('readingMinutes', String(e.readingMinutes))}</span>}
          <time dateTime={new Date(e.savedAt).toISOString()}>{dateFormat.format(e.savedAt)}</time>
          {e.status === 'archived' && <span class="status">{t('libArchived')}</span>}
          {e.readAt !== null && e.status !== 'archived' && <span class="status">{t('libRead')}</span>}
          {e.readAt === null && e.progress >= 0.02 && <span class="progress" title={t('libProgress')}>{percent.format(e.progress)}</span>}
          {state && <span class={`status ${e.content}`} title={e.error ?? undefined}>{state}</span>}
          {(e.highlightCount ?? 0) > 0 && (
            <span class="hl-count">{e.highlightCount === 1 ? t('hlRowCountOne') : t('hlRowCount', String(e.highlightCount))}</span>
          )}
          {e.tags.map((tag) => (
            <button type="button" class="tag" key={tag} tabIndex={-1} title={t('libShowTag', tag)}
              onClick={(ev) => { ev.stopPropagation(); props.onTag(tag); }}>#{tag}</button>
          ))}
        </p>
        {e.excerpt && <p class="entry-excerpt" dir={e.dir ?? undefined}><Highlight text={e.excerpt} words={words} /></p>}
      </div>
      <div class="entry-actions">
        <button type="button" class="icon" aria-pressed={e.favorite === 1} title={t('libFavorite')}
          onClick={(ev) => { ev.stopPropagation(); props.onFavorite(e); }}>
          <span aria-hidden="true">{e.favorite ? '★' : '☆'}</span><span class="visually-hidden">{t('libFavorite')}</span>
        </button>
        <button type="button" class="icon" title={e.status === 'archived' ? t('libUnarchive') : t('libArchive')}
          onClick={(ev) => { ev.stopPropagation(); props.onArchive(e); }}>
          <span aria-hidden="true">{e.status === 'archived' ? '↺' : '✓'}</span>
          <span class="visually-hidden">{e.status === 'archived' ? t('libUnarchive') : t('libArchive')}</span>
        </button>
      </div>
    </article>
  );
}
