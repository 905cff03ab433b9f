// The article's highlights in a panel: each with its note, "Show" and "Edit" (the keyboard and screen-reader way to
// every highlight), the ones whose text is no longer in the article listed as such, and "Copy highlights as Markdown".
import { useState } from 'preact/hooks';
import type { StoredHighlight } from '../../lib/store/model';
import { t, uiLanguage } from '../../lib/i18n';

export function HighlightPanel(props: { list: StoredHighlight[]; missing: Set<string>; lang: string | null;
  onShow: (h: StoredHighlight) => void; onEdit: (h: StoredHighlight) => void; onCopy: () => void }) {
  const [open, setOpen] = useState(false);
  const { list, missing } = props;
  const ordered = [...list].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.createdAt - b.createdAt);
  return (
    <aside class={`hl-panel${open ? ' open' : ''}`} aria-labelledby="hl-panel-title" lang={uiLanguage()} data-baca-ui=""
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        (e.currentTarget as HTMLElement).querySelector<HTMLButtonElement>('.hl-toggle')?.focus();
      }}>
      <h2 class="hl-heading" id="hl-panel-title">
        <button type="button" class="hl-toggle" aria-expanded={open} aria-controls="hl-list" onClick={() => setOpen(!open)}>
          {t('hlPanelTitle', String(list.length))}
        </button>
      </h2>
      <div id="hl-list" class="hl-body" hidden={!open}>
        <p class="hl-intro">{t('hlPanelIntro')}</p>
        {missing.size > 0 && <p class="hl-missing-count">{t('hlNotFoundCount', String(missing.size))}</p>}
        {list.length === 0 ? <p class="hl-none">{t('hlNone')}</p> : (
          <ul class="hl-items">
            {ordered.map((h) => (
              <li key={h.id} class="hl-item" data-color={h.color} data-id={h.id}>
                <blockquote class="hl-quote" lang={props.lang ?? undefined}>{h.exact}</blockquote>
                {h.note && <p class="hl-item-note">{h.note}</p>}
                {missing.has(h.id) && <p class="hl-not-found">{t('hlNotFound')}</p>}
                <div class="hl-item-actions">
                  {!missing.has(h.id) && <button type="button" class="hl-show" onClick={() => props.onShow(h)}>{t('hlShow')}</button>}
                  <button type="button" class="hl-edit" onClick={() => props.onEdit(h)}>{t('hlEdit')}</button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {list.length > 0 && <button type="button" class="hl-copy" onClick={props.onCopy}>{t('hlCopyMarkdown')}</button>}
      </div>
    </aside>
  );
}
