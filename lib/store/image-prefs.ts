// Offline images of saved articles: whether to keep them and how much space one article may use. Chosen in the
// options page; read by the library when it saves an article (storage.local 'offlineImagePrefs').
import { browser } from 'wxt/browser';

export interface ImagePrefs {
  /** Download the images of saved articles for offline reading. */
  keepImages: boolean;
  /** Megabytes of images kept per article. */
  imageCapMB: number;
}

export const IMAGE_PREFS_KEY = 'offlineImagePrefs';
export const IMAGE_CAP_MB = { min: 1, max: 100, step: 1 } as const;
export const DEFAULT_IMAGE_PREFS: ImagePrefs = { keepImages: true, imageCapMB: 25 };

export function normalizeImagePrefs(raw: unknown): ImagePrefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_IMAGE_PREFS;
  const cap = typeof r.imageCapMB === 'number' && Number.isFinite(r.imageCapMB)
    ? Math.min(IMAGE_CAP_MB.max, Math.max(IMAGE_CAP_MB.min, Math.round(r.imageCapMB)))
    : d.imageCapMB;
  return { keepImages: typeof r.keepImages === 'boolean' ? r.keepImages : d.keepImages, imageCapMB: cap };
}

export async function loadImagePrefs(): Promise<ImagePrefs> {
  const got = await browser.storage.local.get(IMAGE_PREFS_KEY);
  return normalizeImagePrefs(got[IMAGE_PREFS_KEY]);
}

export async function saveImagePrefs(prefs: ImagePrefs): Promise<void> {
  await browser.storage.local.set({ [IMAGE_PREFS_KEY]: normalizeImagePrefs(prefs) });
}

/** Bytes of images per article, for the library's download limits (IMAGE_LIMITS.perArticle). */
export const imageCapBytes = (prefs: ImagePrefs) => (prefs.keepImages ? prefs.imageCapMB * 1024 * 1024 : 0);
