// The view (unread / archived / favourites / all), tag, site and sort menus.
import type { ListQuery, SortOrder, ViewFilter } from './list-model';
import { t } from '../../lib/i18n';

const VIEWS: [ViewFilter, string][] = [['unread', 'libViewUnread'], ['archived', 'libViewArchived'], ['favorites', 'libViewFavorites'], ['all', 'libViewAll']];
const SORTS: [SortOrder, string][] = [['newest', 'libSortNewest'], ['oldest', 'libSortOldest'], ['longest', 'libSortLongest'], ['shortest', 'libSortShortest']];

export function Filters(props: { query: ListQuery; onChange: (q: ListQuery) => void; tags: [string, number][]; sites: [string, number][] }) {
  const { query: q, onChange } = props;
  return (
    <div class="filters">
      <div class="views" role="group" aria-label={t('libView')}>
        {VIEWS.map(([v, key]) => (
          <button type="button" key={v} aria-pressed={q.view === v} onClick={() => onChange({ ...q, view: v })}>{t(key)}</button>
        ))}
      </div>
      <label>
        <span class="visually-hidden">{t('libTag')}</span>
        <select value={q.tag ?? ''} onChange={(e) => onChange({ ...q, tag: (e.currentTarget as HTMLSelectElement).value || null })}>
          <option value="">{t('libAllTags')}</option>
          {props.tags.slice(0, 300).map(([tag, n]) => <option key={tag} value={tag}>#{tag} ({n})</option>)}
        </select>
      </label>
      <label>
        <span class="visually-hidden">{t('libSite')}</span>
        <select value={q.site ?? ''} onChange={(e) => onChange({ ...q, site: (e.currentTarget as HTMLSelectElement).value || null })}>
          <option value="">{t('libAllSites')}</option>
          {props.sites.slice(0, 300).map(([site, n]) => <option key={site} value={site}>{site} ({n})</option>)}
        </select>
      </label>
      <label>
        <span class="visually-hidden">{t('libSort')}</span>
        <select value={q.sort} onChange={(e) => onChange({ ...q, sort: (e.currentTarget as HTMLSelectElement).value as SortOrder })}>
          {SORTS.map(([s, key]) => <option key={s} value={s}>{t(key)}</option>)}
        </select>
      </label>
    </div>
  );
}
