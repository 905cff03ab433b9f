// Read-aloud defaults: the speed, and a voice per language (used whenever an article is in that language).
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/i18n';
import { RATES, voicesFor } from '../../lib/speech';
import { DEFAULT_READ_ALOUD, loadReadAloud, saveReadAloud, voiceKey, type ReadAloudPrefs } from '../../lib/store/read-aloud';
import { Section } from './Section';
import { useVoices } from '../use-voices';

const languageName = (code: string) => {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export function ReadAloudSection() {
  const [prefs, setPrefs] = useState<ReadAloudPrefs>(DEFAULT_READ_ALOUD);
  const voices = useVoices();
  useEffect(() => void loadReadAloud().then(setPrefs), []);
  const update = (next: ReadAloudPrefs) => {
    setPrefs(next);
    void saveReadAloud(next);
  };
  const setVoice = (lang: string, uri: string) => {
    const chosen = { ...prefs.voices };
    if (uri) chosen[lang] = uri;
    else delete chosen[lang];
    update({ ...prefs, voices: chosen });
  };
  const langs = [...new Set(['id', 'en', voiceKey(uiLanguage()), ...Object.keys(prefs.voices)])].filter(Boolean);
  return (
    <Section id="opt-read-aloud" title={t('optReadAloudTitle')} hint={t('optReadAloudHint')}>
      <div class="field">
        <label for="opt-rate">{t('readAloudSpeed')}</label>
        <select id="opt-rate" value={String(prefs.rate)} onChange={(e) => update({ ...prefs, rate: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {RATES.map((r) => <option key={r} value={String(r)}>{`${r}×`}</option>)}
        </select>
      </div>
      {voices.length === 0 && <p class="empty">{t('optNoVoices')}</p>}
      {langs.map((lang) => {
        const offered = voicesFor(voices, lang);
        return (
          <div class="field" key={lang}>
            <label for={`opt-voice-${lang}`}>{t('optVoiceFor', languageName(lang))}</label>
            <select id={`opt-voice-${lang}`} value={prefs.voices[lang] ?? ''} onChange={(e) => setVoice(lang, (e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{offered.length ? t('readAloudVoiceAuto') : t('optNoVoiceForLang')}</option>
              {offered.map((v) => <option key={v.voiceURI} value={v.voiceURI}>{`${v.name} (${v.lang})`}</option>)}
            </select>
          </div>
        );
      })}
    </Section>
  );
}
