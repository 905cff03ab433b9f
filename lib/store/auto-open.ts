// Sites where the reader opens by itself on article pages (storage.local 'autoOpenSites', a list of hosts).
import { browser } from 'wxt/browser';
import { normalizeHost } from './site-prefs';

export const AUTO_OPEN_KEY = 'autoOpenSites';
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?$|^localhost(?::\d{1,5})?$/;

/** A host from what a person types: "https://www.kompas.com/x" or "kompas.com" → "kompas.com"; null if invalid. */
export function parseSiteInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    const host = normalizeHost(url.host);
    return HOST.test(host) ? host : null;
  } catch {
    return null;
  }
}

export function normalizeAutoOpen(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((h): h is string => typeof h === 'string').map(parseSiteInput).filter((h): h is string => !!h))].sort();
}

export async function loadAutoOpenSites(): Promise<string[]> {
  const got = await browser.storage.local.get(AUTO_OPEN_KEY);
  return normalizeAutoOpen(got[AUTO_OPEN_KEY]);
}

export async function saveAutoOpenSites(sites: string[]): Promise<void> {
  await browser.storage.local.set({ [AUTO_OPEN_KEY]: normalizeAutoOpen(sites) });
}

/** Whether a page URL is on one of the sites (the site itself or a subdomain of it). */
export function matchesAutoOpen(url: string | undefined, sites: readonly string[]): boolean {
  if (!url) return false;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    host = normalizeHost(u.host);
  } catch {
    return false;
  }
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Host permission patterns for a site (asked for when the person adds it: the reader opens without a click). */
export function originPatterns(site: string): string[] {
  const host = site.replace(/:\d+$/, '');
  // An address or a single name has no subdomains (and "*.127.0.0.1" is not a valid pattern).
  if (/^[\d.]+$/.test(host) || !host.includes('.')) return [`*://${host}/*`];
  return [`*://${host}/*`, `*://*.${host}/*`];
}
