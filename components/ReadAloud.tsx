// Read aloud: play / pause / stop, speed and voice, the sentence being read highlighted and kept in view, reading on
// from paragraph to paragraph. Voice: the person's choice for this language, else one that speaks the article's.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article } from '../lib/types';
import { t } from '../lib/i18n';
import { parseMessage } from '../lib/messages';
import { RATES, buildQueue, chooseVoice, readableBlocks, voicesFor } from '../lib/speech';
import { Speaker, type SpeakerState } from '../lib/speaker';
import { DEFAULT_READ_ALOUD, loadReadAloud, saveReadAloud, voiceKey, type ReadAloudPrefs } from '../lib/store/read-aloud';
import { clearReadingMark, markSentence } from './reading-highlight';
import { speechEngine, useVoices } from './use-voices';

const synth = speechEngine;

export function ReadAloud({ article, bodySelector }: { article: Article; bodySelector: string }) {
  const voices = useVoices();
  const [state, setState] = useState<SpeakerState>('idle');
  const [prefs, setPrefs] = useState<ReadAloudPrefs>(DEFAULT_READ_ALOUD);
  const speaker = useRef<Speaker | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const watchdog = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const started = useRef(false);
  const blocks = useRef<HTMLElement[]>([]);
  const lang = article.lang;
  const key = voiceKey(lang);
  const voice = chooseVoice(voices, lang, prefs.voices[key]);
  const offered = voicesFor(voices, lang).length ? voicesFor(voices, lang) : voices;

  useEffect(() => {
    void loadReadAloud().then(setPrefs).catch(() => undefined);
    return () => {
      clearTimeout(watchdog.current);
      speaker.current?.stop();
      clearReadingMark();
    };
  }, []);

  const start = () => {
    const s = synth();
    if (!s) return;
    const body = document.querySelector(bodySelector);
    const title = document.querySelector<HTMLElement>('.article-title');
    blocks.current = [...(title ? [title] : []), ...(body ? readableBlocks(body) : [])];
    const queue = buildQueue(blocks.current.map((b) => b.textContent ?? ''), lang);
    speaker.current = new Speaker(s, queue, {
      lang,
      voice,
      rate: prefs.rate,
      onSentence: (_i, item) => {
        const block = blocks.current[item.block];
        if (block) markSentence(block, item.start, item.end);
      },
      onState: (next) => {
        setState(next);
        if (next === 'idle') clearReadingMark();
      },
      onStarted: () => {
        started.current = true;
        clearTimeout(watchdog.current);
      },
      onError: () => {
        clearTimeout(watchdog.current);
        setUnavailable(true);
      },
    });
    started.current = false;
    setUnavailable(false);
    speaker.current.play(0);
    // A browser without a speech engine may accept utterances and never speak: say so instead of pretending.
    clearTimeout(watchdog.current);
    watchdog.current = setTimeout(() => {
      if (speaker.current?.state === 'playing' && !started.current) {
        speaker.current.stop();
        setUnavailable(true);
      }
    }, 5000);
  };

  const toggle = () => {
    if (!speaker.current || speaker.current.state === 'idle') start();
    else speaker.current.toggle();
  };
  const toggleRef = useRef(toggle);
  toggleRef.current = toggle;

  // The read-aloud shortcut arrives from the background, addressed to this tab.
  useEffect(() => {
    let tabId: number | undefined;
    void browser.tabs?.getCurrent().then((tab) => (tabId = tab?.id)).catch(() => undefined);
    const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      const msg = parseMessage(raw);
      // Only the background of this extension sends it (never a content script, which has a tab).
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      if (msg?.type === 'read-aloud-toggle' && msg.tabId === tabId) toggleRef.current();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  if (!synth()) return null;

  const updatePrefs = (next: ReadAloudPrefs) => {
    setPrefs(next);
    void saveReadAloud(next);
  };
  const onRate = (rate: number) => {
    updatePrefs({ ...prefs, rate });
    speaker.current?.setRate(rate);
  };
  const onVoice = (uri: string) => {
    const voicesByLang = { ...prefs.voices };
    if (uri) voicesByLang[key] = uri;
    else delete voicesByLang[key];
    updatePrefs({ ...prefs, voices: voicesByLang });
    speaker.current?.setVoice(chooseVoice(voices, lang, uri || null));
  };

  const active = state !== 'idle';
  const playLabel = state === 'playing' ? t('readAloudPause') : state === 'paused' ? t('readAloudResume') : t('readAloud');
  return (
    <div class="read-aloud" role="group" aria-label={t('readAloud')}>
      <button type="button" class="read-aloud-play" onClick={toggle} aria-pressed={state === 'playing'} title={playLabel}>
        <span aria-hidden="true">{state === 'playing' ? '❚❚' : '▶'}</span> {playLabel}
      </button>
      {active && (
        <>
          <button type="button" class="read-aloud-stop" onClick={() => speaker.current?.stop()} title={t('readAloudStop')}>
            <span aria-hidden="true">■</span>
            <span class="visually-hidden">{t('readAloudStop')}</span>
          </button>
          <select class="read-aloud-rate" aria-label={t('readAloudSpeed')} value={String(prefs.rate)}
            onChange={(e) => onRate(Number((e.currentTarget as HTMLSelectElement).value))}>
            {RATES.map((r) => <option key={r} value={String(r)}>{`${r}×`}</option>)}
          </select>
          {offered.length > 0 && (
            <select class="read-aloud-voice" aria-label={t('readAloudVoice')} value={voice?.voiceURI ?? ''}
              onChange={(e) => onVoice((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('readAloudVoiceAuto')}</option>
              {offered.map((v) => <option key={v.voiceURI} value={v.voiceURI}>{`${v.name} (${v.lang})`}</option>)}
            </select>
          )}
        </>
      )}
      <span class="visually-hidden" role="status">{unavailable ? t('readAloudUnavailable') : ''}</span>
      {unavailable && <span class="read-aloud-note" aria-hidden="true">{t('readAloudUnavailable')}</span>}
    </div>
  );
}
