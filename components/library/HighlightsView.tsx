// Every highlight in the library, newest first, with its note, a colour filter, and a link that opens the article
// scrolled to the highlight. The library's search box filters it too.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor, type StoredHighlight } from '../../lib/store/model';
import { allHighlights } from '../../lib/store/highlights';
import { watchChanges } from '../../lib/store/changes';
import { savedReaderUrl } from '../../lib/store/library-prefs';
import { normalizeText } from '../../lib/store/tokens';
import { t, uiLanguage } from '../../lib/i18n';

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });

export function highlightLink(h: StoredHighlight): string {
  return h.orphan ? h.url : `${savedReaderUrl(h.articleId)}#hl-${encodeURIComponent(h.id)}`;
}

export function HighlightsView({ words }: { words: string[] }) {
  const [list, setList] = useState<StoredHighlight[] | null>(null);
  const [color, setColor] = useState<HighlightColor | ''>('');
  useEffect(() => {
    const load = () => void allHighlights().then(setList).catch(() => setList([]));
    load();
    return watchChanges(load);
  }, []);
  const shown = useMemo(() => (list ?? []).filter((h) => {
    if (color && h.color !== color) return false;
    if (!words.length) return true;
    const hay = normalizeText(`${h.exact} ${h.note} ${h.title}`);
    return words.every((w) => hay.includes(w));
  }), [list, color, words]);
  return (
    <section class="hl-view" id="hl-view" aria-labelledby="hl-view-title">
      <div class="hl-view-head">
        <h2 id="hl-view-title">{t('hlViewTitle')}</h2>
        <label>
          <span class="visually-hidden">{t('hlViewFilter')}</span>
          <select class="hl-color-filter" value={color} onChange={(e) => setColor((e.currentTarget as HTMLSelectElement).value as HighlightColor | '')}>
            <option value="">{t('hlViewAllColors')}</option>
            {HIGHLIGHT_COLORS.map((c) => <option key={c} value={c}>{t(`hlColor_${c}`)}</option>)}
          </select>
        </label>
        <span class="hl-view-count" role="status">{list ? t('hlViewCount', String(shown.length)) : ''}</span>
      </div>
      {list && !list.length && <p class="hl-view-empty">{t('hlViewEmpty')}</p>}
      <ol class="hl-view-list">
        {shown.slice(0, 500).map((h) => (
          <li key={h.id} class="hl-view-item" data-color={h.color} data-id={h.id}>
            <blockquote class="hl-view-quote">{h.exact}</blockquote>
            {h.note && <p class="hl-view-note">{h.note}</p>}
            <p class="hl-view-meta">
              <a href={highlightLink(h)} title={t('hlOpenAt')}>{h.title}</a>
              <time dateTime={new Date(h.createdAt).toISOString()}>{dateFormat.format(h.createdAt)}</time>
              <span class="hl-view-color">{t(`hlColor_${h.color}`)}</span>
              {h.orphan && <span class="hl-view-orphan">{t('hlArticleDeleted')}</span>}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
