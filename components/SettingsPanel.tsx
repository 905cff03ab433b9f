// Typography: theme, font, size, line width and line height. Changes apply at once and persist (storage.sync).
import type { ReaderSettings, Theme } from '../lib/types';
import { LIMITS } from '../lib/store/settings';
import { t, uiLanguage } from '../lib/i18n';

const THEMES: Theme[] = ['light', 'sepia', 'dark', 'system'];

function Stepper(props: {
  label: string;
  value: string;
  onLess: () => void;
  onMore: () => void;
  lessLabel: string;
  moreLabel: string;
}) {
  return (
    <div class="stepper" role="group" aria-label={props.label}>
      <span class="stepper-label">{props.label}</span>
      <button type="button" onClick={props.onLess} aria-label={props.lessLabel}>−</button>
      <output aria-live="polite">{props.value}</output>
      <button type="button" onClick={props.onMore} aria-label={props.moreLabel}>+</button>
    </div>
  );
}

export function SettingsPanel({ settings, onChange }: { settings: ReaderSettings; onChange: (s: ReaderSettings) => void }) {
  const set = (patch: Partial<ReaderSettings>) => onChange({ ...settings, ...patch });
  const step = (key: 'fontSize' | 'lineWidth' | 'lineHeight', dir: 1 | -1) => {
    const { min, max, step: s } = LIMITS[key];
    const next = Math.round((settings[key] + dir * s) * 10) / 10;
    set({ [key]: Math.min(max, Math.max(min, next)) });
  };
  return (
    <section class="settings-panel" aria-label={t('typography')} id="settings-panel" lang={uiLanguage()}>
      <fieldset class="themes">
        <legend>{t('theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class={`theme-choice theme-${theme}`}>
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => set({ theme })} />
            <span>{t(`theme_${theme}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="fonts">
        <legend>{t('font')}</legend>
        {(['serif', 'sans'] as const).map((font) => (
          <label key={font} class={`font-choice font-${font}`}>
            <input type="radio" name="font" value={font} checked={settings.font === font} onChange={() => set({ font })} />
            <span>{t(`font_${font}`)}</span>
          </label>
        ))}
      </fieldset>
      <Stepper label={t('fontSize')} value={`${settings.fontSize}px`} onLess={() => step('fontSize', -1)}
        onMore={() => step('fontSize', 1)} lessLabel={t('smaller')} moreLabel={t('larger')} />
      <Stepper label={t('lineWidth')} value={`${settings.lineWidth}`} onLess={() => step('lineWidth', -1)}
        onMore={() => step('lineWidth', 1)} lessLabel={t('narrower')} moreLabel={t('wider')} />
      <Stepper label={t('lineHeight')} value={settings.lineHeight.toFixed(1)} onLess={() => step('lineHeight', -1)}
        onMore={() => step('lineHeight', 1)} lessLabel={t('tighter')} moreLabel={t('looser')} />
    </section>
  );
}
