// In-page cleanup switch: on by default, with a per-site override (storage.local). Read by the in-page cleanup
// content script and written by the options page / the reader.
import { browser } from 'wxt/browser';

export interface CleanupPrefs {
  /** The default for every site. */
  enabled: boolean;
  /** host (without "www.") → on/off, overriding the default. */
  sites: Record<string, boolean>;
}

export const CLEANUP_KEY = 'cleanupPrefs';
export const DEFAULT_CLEANUP: CleanupPrefs = { enabled: true, sites: {} };
const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/;

export const normalizeHost = (host: string) => host.trim().toLowerCase().replace(/^www\./, '');

export function normalizeCleanupPrefs(raw: unknown): CleanupPrefs {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const sites: Record<string, boolean> = {};
  if (typeof r.sites === 'object' && r.sites !== null) {
    for (const [host, on] of Object.entries(r.sites as Record<string, unknown>)) {
      const h = normalizeHost(host);
      if (HOST.test(h) && typeof on === 'boolean') sites[h] = on;
    }
  }
  return { enabled: typeof r.enabled === 'boolean' ? r.enabled : true, sites };
}

export async function loadCleanupPrefs(): Promise<CleanupPrefs> {
  const got = await browser.storage.local.get(CLEANUP_KEY);
  return normalizeCleanupPrefs(got[CLEANUP_KEY]);
}

export async function saveCleanupPrefs(prefs: CleanupPrefs): Promise<void> {
  await browser.storage.local.set({ [CLEANUP_KEY]: normalizeCleanupPrefs(prefs) });
}

/** Whether in-page cleanup runs on `host`. */
export async function cleanupEnabled(host: string): Promise<boolean> {
  const prefs = await loadCleanupPrefs();
  return prefs.sites[normalizeHost(host)] ?? prefs.enabled;
}

export async function setCleanupEnabled(host: string, on: boolean): Promise<void> {
  const prefs = await loadCleanupPrefs();
  const h = normalizeHost(host);
  if (!HOST.test(h)) return;
  prefs.sites[h] = on;
  await saveCleanupPrefs(prefs);
}
