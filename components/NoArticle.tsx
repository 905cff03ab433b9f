import { t, uiLanguage } from '../lib/i18n';

export function NoArticle({ hasContent, onTryAnyway, onBack }: { hasContent: boolean; onTryAnyway: () => void; onBack: () => void }) {
  return (
    <section class="notice" role="status" aria-labelledby="notice-title" lang={uiLanguage()}>
      <h1 id="notice-title">{t('noArticleTitle')}</h1>
      <p>{hasContent ? t('noArticleBody') : t('noTextBody')}</p>
      <div class="notice-actions">
        <button type="button" class="primary" onClick={onBack}>{t('showOriginal')}</button>
        {hasContent && <button type="button" onClick={onTryAnyway}>{t('tryAnyway')}</button>}
      </div>
    </section>
  );
}
