// The pure half of site-prefs.ts (no extension API): the detector script, which must stay tiny, uses only this.

export interface CleanupPrefs {
  /** The default for every site. */
  enabled: boolean;
  /** host (without "www.") → on/off, overriding the default. */
  sites: Record<string, boolean>;
}

export const CLEANUP_KEY = 'cleanupPrefs';
export const DEFAULT_CLEANUP: CleanupPrefs = { enabled: true, sites: {} };
export const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/;

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

/** Whether cleanup runs on `host` under `prefs`. */
export function cleanupOn(prefs: CleanupPrefs, host: string): boolean {
  return prefs.sites[normalizeHost(host)] ?? prefs.enabled;
}
