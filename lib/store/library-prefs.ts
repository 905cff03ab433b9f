// Library settings chosen in the options page, read by the library feature (storage.local 'libraryPrefs').
import { browser } from 'wxt/browser';

export interface LibraryPrefs {
  /** Archive an article once it has been read to the end. */
  autoArchive: boolean;
  /** Download the images of saved articles for offline reading. */
  keepImages: boolean;
  /** Megabytes of images kept per article. */
  imageCapMB: number;
}

export const LIBRARY_PREFS_KEY = 'libraryPrefs';
export const IMAGE_CAP_MB = { min: 1, max: 100, step: 1 } as const;
export const DEFAULT_LIBRARY_PREFS: LibraryPrefs = { autoArchive: false, keepImages: true, imageCapMB: 25 };

export function normalizeLibraryPrefs(raw: unknown): LibraryPrefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_LIBRARY_PREFS;
  const cap = typeof r.imageCapMB === 'number' && Number.isFinite(r.imageCapMB)
    ? Math.min(IMAGE_CAP_MB.max, Math.max(IMAGE_CAP_MB.min, Math.round(r.imageCapMB)))
    : d.imageCapMB;
  return {
    autoArchive: typeof r.autoArchive === 'boolean' ? r.autoArchive : d.autoArchive,
    keepImages: typeof r.keepImages === 'boolean' ? r.keepImages : d.keepImages,
    imageCapMB: cap,
  };
}

export async function loadLibraryPrefs(): Promise<LibraryPrefs> {
  const got = await browser.storage.local.get(LIBRARY_PREFS_KEY);
  return normalizeLibraryPrefs(got[LIBRARY_PREFS_KEY]);
}

export async function saveLibraryPrefs(prefs: LibraryPrefs): Promise<void> {
  await browser.storage.local.set({ [LIBRARY_PREFS_KEY]: normalizeLibraryPrefs(prefs) });
}

/** The library page's address, for links from the reader, the options page and the menus. */
export function libraryUrl(): string {
  return browser.runtime.getURL('/library.html' as '/');
}

/** The reader page showing saved article `id` (offline, from the library). */
export function savedReaderUrl(id: string): string {
  return browser.runtime.getURL(`/reader.html?saved=${encodeURIComponent(id)}` as '/');
}
