// Typography defaults: the same controls as the reader's panel, on the same synced settings.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { DEFAULT_READER_SETTINGS, loadReaderSettings, saveReaderSettings, watchReaderSettings } from '../../lib/store/settings';
import type { ReaderSettings } from '../../lib/types';
import { SettingsPanel } from '../SettingsPanel';
import { Section } from './Section';

export function TypographySection() {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  useEffect(() => {
    void loadReaderSettings().then(setSettings);
    return watchReaderSettings(setSettings);
  }, []);
  const change = (s: ReaderSettings) => {
    setSettings(s);
    void saveReaderSettings(s);
  };
  return (
    <Section id="opt-typography" title={t('optTypographyTitle')} hint={t('optTypographyHint')}>
      <SettingsPanel settings={settings} onChange={change} />
    </Section>
  );
}
