// In-page cleanup switch: on by default, with a per-site override (storage.local). Read by the in-page cleanup
// content script and written by the options page / the reader.
import { browser } from 'wxt/browser';

import { CLEANUP_KEY, HOST, cleanupOn, normalizeCleanupPrefs, normalizeHost, type CleanupPrefs } from './site-prefs-core';

export { CLEANUP_KEY, DEFAULT_CLEANUP, normalizeCleanupPrefs, normalizeHost, cleanupOn } from './site-prefs-core';
export type { CleanupPrefs } from './site-prefs-core';

export async function loadCleanupPrefs(): Promise<CleanupPrefs> {
  const got = await browser.storage.local.get(CLEANUP_KEY);
  return normalizeCleanupPrefs(got[CLEANUP_KEY]);
}

export async function saveCleanupPrefs(prefs: CleanupPrefs): Promise<void> {
  await browser.storage.local.set({ [CLEANUP_KEY]: normalizeCleanupPrefs(prefs) });
}

/** Whether in-page cleanup runs on `host`. */
export async function cleanupEnabled(host: string): Promise<boolean> {
  return cleanupOn(await loadCleanupPrefs(), host);
}

export async function setCleanupEnabled(host: string, on: boolean): Promise<void> {
  const prefs = await loadCleanupPrefs();
  const h = normalizeHost(host);
  if (!HOST.test(h)) return;
  prefs.sites[h] = on;
  await saveCleanupPrefs(prefs);
}
