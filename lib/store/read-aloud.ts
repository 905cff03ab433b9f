// Read-aloud defaults: speed and the chosen voice per language, kept on this device (storage.local).
import { browser } from 'wxt/browser';
import { clampRate } from '../speech';

export interface ReadAloudPrefs {
  rate: number;
  /** voiceURI per base language ("id", "en"…). */
  voices: Record<string, string>;
}

export const READ_ALOUD_KEY = 'readAloudPrefs';
export const DEFAULT_READ_ALOUD: ReadAloudPrefs = { rate: 1, voices: {} };

export function normalizeReadAloud(raw: unknown): ReadAloudPrefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const voices: Record<string, string> = {};
  if (typeof r.voices === 'object' && r.voices !== null) {
    for (const [lang, uri] of Object.entries(r.voices as Record<string, unknown>)) {
      if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length < 300) voices[lang] = uri;
    }
  }
  return { rate: clampRate(r.rate), voices };
}

export async function loadReadAloud(): Promise<ReadAloudPrefs> {
  const got = await browser.storage.local.get(READ_ALOUD_KEY);
  return normalizeReadAloud(got[READ_ALOUD_KEY]);
}

export async function saveReadAloud(prefs: ReadAloudPrefs): Promise<void> {
  await browser.storage.local.set({ [READ_ALOUD_KEY]: normalizeReadAloud(prefs) });
}

/** The base language a voice choice is stored under. */
export function voiceKey(lang: string | null): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}
