import type { Article } from '../lib/types';
import { t, uiLanguage } from '../lib/i18n';
import { safeHttpUrl } from '../lib/sanitize';

/** A date in the article's own language ("5 Februari 2026"), or null when it cannot be read. */
export function formatArticleDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  // A time is shown as the newsroom wrote it: in the article's own zone ("15.04" for 15:04 WIB), not the reader's.
  // The wall-clock time is the instant shifted by the source's offset, then formatted as UTC.
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const shiftMinutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const zoned = dateOnly || offset || /Z$/.test(iso);
  const shown = new Date(d.getTime() + shiftMinutes * 60_000);
  const options: Intl.DateTimeFormatOptions = dateOnly ? { dateStyle: 'long' } : { dateStyle: 'long', timeStyle: 'short' };
  if (zoned) options.timeZone = 'UTC';
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, options).format(zoned ? shown : d);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(zoned ? shown : d);
  }
}

export function ArticleHeader({ article }: { article: Article }) {
  const date = formatArticleDate(article.publishedTime, article.lang);
  const lead = article.leadImage;
  return (
    <header class="article-header" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      {article.siteName && <p class="site-name">{article.siteName}</p>}
      <h1 class="article-title" id="article-title">{article.title || t('untitled')}</h1>
      <p class="article-meta">
        {article.byline && <span class="byline">{article.byline}</span>}
        {date && <time dateTime={article.publishedTime ?? undefined}>{date}</time>}
        {article.readingMinutes > 0 && (
          <span class="reading-time" lang={uiLanguage()}>{t('readingMinutes', String(article.readingMinutes))}</span>
        )}
        <a class="original-link" href={safeHttpUrl(article.url) ?? undefined} target="_blank" rel="noopener noreferrer" lang={uiLanguage()}>
          {t('viewOriginal')}
        </a>
      </p>
      {lead && (
        <figure class="lead-image">
          <img src={safeHttpUrl(lead.src) ?? ''} alt={lead.alt ?? ''} referrerpolicy="no-referrer" decoding="async" />
          {lead.caption && <figcaption>{lead.caption}</figcaption>}
        </figure>
      )}
    </header>
  );
}
