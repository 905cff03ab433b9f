// Deleting articles that have highlights asks first: delete the highlights too, or keep them (they stay in the
// Highlights view and come back when the page is saved again).
import { useEffect, useRef } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/i18n';

export function KeepDialog(props: { count: number; onChoose: (choice: 'keep' | 'delete' | 'cancel') => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const back = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
    return () => back?.focus?.();
  }, []);
  return (
    <div ref={box} class="hl-keep" role="alertdialog" aria-modal="true" aria-labelledby="hl-keep-q" lang={uiLanguage()}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        props.onChoose('cancel');
      }}>
      <p id="hl-keep-q">{t('hlKeepAsk', String(props.count))}</p>
      <div class="hl-keep-actions">
        <button type="button" class="hl-keep-yes primary" onClick={() => props.onChoose('keep')}>{t('hlKeepYes')}</button>
        <button type="button" class="hl-keep-no" onClick={() => props.onChoose('delete')}>{t('hlKeepNo')}</button>
        <button type="button" class="hl-keep-cancel" onClick={() => props.onChoose('cancel')}>{t('hlKeepCancel')}</button>
      </div>
    </div>
  );
}
