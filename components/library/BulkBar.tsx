// Actions on the selected entries: archive, unarchive, favourite, tag, export, delete.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface BulkHandlers {
  onArchive: () => void;
  onUnarchive: () => void;
  onFavorite: () => void;
  onTag: (text: string) => void;
  onDelete: () => void;
  onClear: () => void;
  onSelectAll: () => void;
}

export function BulkBar(props: { count: number; total: number } & BulkHandlers) {
  const [tag, setTag] = useState('');
  return (
    <div class="bulk-bar" role="toolbar" aria-label={t('libBulkActions')}>
      <span class="bulk-count" role="status">{t('libSelectedCount', String(props.count))}</span>
      {props.count < props.total && <button type="button" onClick={props.onSelectAll}>{t('libSelectAll', String(props.total))}</button>}
      <button type="button" onClick={props.onArchive}>{t('libArchive')}</button>
      <button type="button" onClick={props.onUnarchive}>{t('libUnarchive')}</button>
      <button type="button" onClick={props.onFavorite}>{t('libFavorite')}</button>
      <form class="tag-form" onSubmit={(e) => {
        e.preventDefault();
        if (tag.trim()) props.onTag(tag);
        setTag('');
      }}>
        <input type="text" value={tag} placeholder={t('libTagPlaceholder')} aria-label={t('libTagPlaceholder')}
          onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit">{t('libAddTag')}</button>
      </form>
      <button type="button" class="danger" onClick={props.onDelete}>{t('libDelete')}</button>
      <button type="button" onClick={props.onClear}>{t('libClearSelection')}</button>
    </div>
  );
}
