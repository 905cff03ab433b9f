// Reader typography, kept in storage.sync so it follows the person across pages, restarts and devices.
import { browser } from 'wxt/browser';
import type { FontFamily, ReaderSettings, Theme } from '../types';

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  theme: 'system',
  font: 'serif',
  fontSize: 20,
  lineWidth: 68,
  lineHeight: 1.6,
};

export const LIMITS = {
  fontSize: { min: 12, max: 40, step: 1 },
  lineWidth: { min: 40, max: 100, step: 4 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

const THEMES: Theme[] = ['light', 'sepia', 'dark', 'system'];
const FONTS: FontFamily[] = ['serif', 'sans'];
const KEY = 'readerSettings';

const clamp = (v: unknown, { min, max }: { min: number; max: number }, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v * 10) / 10)) : fallback;

/** Any stored value, however old or damaged, becomes valid settings. */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_READER_SETTINGS;
  return {
    theme: THEMES.includes(r.theme as Theme) ? (r.theme as Theme) : d.theme,
    font: FONTS.includes(r.font as FontFamily) ? (r.font as FontFamily) : d.font,
    fontSize: clamp(r.fontSize, LIMITS.fontSize, d.fontSize),
    lineWidth: clamp(r.lineWidth, LIMITS.lineWidth, d.lineWidth),
    lineHeight: clamp(r.lineHeight, LIMITS.lineHeight, d.lineHeight),
  };
}

export async function loadReaderSettings(): Promise<ReaderSettings> {
  const got = await browser.storage.sync.get(KEY);
  return normalizeSettings(got[KEY]);
}

export async function saveReaderSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: normalizeSettings(settings) });
}

/** Follow changes made in other tabs. Returns the function that stops listening. */
export function watchReaderSettings(onChange: (s: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) onChange(normalizeSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
