// The small dialog for one highlight: its colour (4), its note, remove. Opened by clicking a mark or "Edit" in the
// highlights panel; Esc or Close returns focus where it was.
import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor, type StoredHighlight } from '../../lib/store/model';
import { t, uiLanguage } from '../../lib/i18n';

export interface EditorActions {
  onColor: (c: HighlightColor) => void;
  onNote: (note: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

export function HighlightEditor(props: { highlight: StoredHighlight; at: { top: number; left: number } } & EditorActions) {
  const { highlight: h } = props;
  const [note, setNote] = useState(h.note);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => setNote(h.note), [h.id]);
  useEffect(() => {
    const back = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
    return () => back?.focus?.();
  }, [h.id]);
  return (
    <div ref={box} class="hl-editor" role="dialog" aria-labelledby="hl-editor-title" data-baca-ui="" lang={uiLanguage()}
      style={{ top: `${props.at.top}px`, left: `${props.at.left}px` }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        props.onClose();
      }}>
      <h2 id="hl-editor-title" class="visually-hidden">{t('hlEditor')}</h2>
      <div class="hl-colors" role="group" aria-label={t('hlColor')}>
        {HIGHLIGHT_COLORS.map((c) => (
          <button type="button" key={c} class={`hl-swatch hl-${c}`} aria-pressed={h.color === c} title={t(`hlColor_${c}`)}
            onClick={() => props.onColor(c)}>
            <span class="visually-hidden">{t(`hlColor_${c}`)}</span>
          </button>
        ))}
      </div>
      <label class="hl-note-label">
        {t('hlNote')}
        <textarea class="hl-note" rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <div class="hl-editor-actions">
        <button type="button" class="primary hl-save-note" onClick={() => props.onNote(note)}>{t('hlSaveNote')}</button>
        <button type="button" class="hl-remove" onClick={props.onRemove}>{t('hlRemove')}</button>
        <button type="button" class="hl-close" onClick={props.onClose}>{t('hlClose')}</button>
      </div>
    </div>
  );
}
