import { t } from '../../lib/i18n';

/** An empty library explains the ways to save. */
export function EmptyState() {
  return (
    <section class="empty" role="status">
      <h2>{t('libEmptyTitle')}</h2>
      <p>{t('libEmptyIntro')}</p>
      <ul>
        <li>{t('libEmptyReader')}</li>
        <li>{t('libEmptyMenu')}</li>
        <li>{t('libEmptyShortcut')}</li>
        <li>{t('libEmptyImport')}</li>
      </ul>
    </section>
  );
}
