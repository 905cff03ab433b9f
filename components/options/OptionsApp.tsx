// The options page: every setting of Baca in one place, each section saving as soon as something changes.
import { useEffect } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/i18n';
import { loadReaderSettings, watchReaderSettings } from '../../lib/store/settings';
import type { ReaderSettings } from '../../lib/types';
import { TypographySection } from './TypographySection';
import { CleanupSection } from './CleanupSection';
import { AutoOpenSection } from './AutoOpenSection';
import { ReadAloudSection } from './ReadAloudSection';
import { LibrarySection } from './LibrarySection';
import { KeepRulesSection } from './KeepRulesSection';
import { ShortcutsSection } from './ShortcutsSection';

/** The options page wears the reader's theme, so what you choose is what you see. */
function applyTheme(s: ReaderSettings): void {
  document.documentElement.dataset.theme = s.theme;
  document.documentElement.dataset.font = s.font;
}

export function OptionsApp() {
  useEffect(() => {
    document.title = t('optionsTitle');
    document.documentElement.lang = uiLanguage();
    void loadReaderSettings().then(applyTheme);
    return watchReaderSettings(applyTheme);
  }, []);
  return (
    <>
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <main class="options">
        <TypographySection />
        <ReadAloudSection />
        <CleanupSection />
        <AutoOpenSection />
        <KeepRulesSection />
        <LibrarySection />
        <ShortcutsSection />
      </main>
    </>
  );
}
