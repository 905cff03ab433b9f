// "Always keep this kind of block on this site": per-site rules the extraction honours (ExtractOptions.keepRules).
// Kept on this device (storage.local); exported and imported as JSON from the options page.
import { browser } from 'wxt/browser';

/** host (without "www.") → kinds of block to keep there (RemovalReason values or rule names). */
export type KeepRules = Record<string, string[]>;

export const KEEP_RULES_KEY = 'keepRules';
const RULE = /^[a-z0-9][\w:.-]{0,79}$/i;
const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/i;

/** The site a rule belongs to: the URL's host without "www.", or null for anything that is not http(s). */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.host.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Anything stored or imported, however damaged, becomes valid rules (unknown shapes are dropped). */
export function normalizeKeepRules(raw: unknown): KeepRules {
  const out: KeepRules = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [host, rules] of Object.entries(raw as Record<string, unknown>)) {
    const site = host.toLowerCase().replace(/^www\./, '');
    if (!HOST.test(site) || !Array.isArray(rules)) continue;
    const valid = [...new Set(rules.filter((r): r is string => typeof r === 'string' && RULE.test(r)))].sort();
    if (valid.length) out[site] = valid;
  }
  return out;
}

export async function loadKeepRules(): Promise<KeepRules> {
  const got = await browser.storage.local.get(KEEP_RULES_KEY);
  return normalizeKeepRules(got[KEEP_RULES_KEY]);
}

export async function saveKeepRules(rules: KeepRules): Promise<void> {
  await browser.storage.local.set({ [KEEP_RULES_KEY]: normalizeKeepRules(rules) });
}

/** The rules for the page at `url` (what the background passes to the extraction). */
export async function keepRulesFor(url: string | null | undefined): Promise<string[]> {
  const site = siteOf(url);
  return site ? ((await loadKeepRules())[site] ?? []) : [];
}

export async function addKeepRule(url: string, rule: string): Promise<KeepRules> {
  const site = siteOf(url);
  const rules = await loadKeepRules();
  if (!site || !RULE.test(rule)) return rules;
  rules[site] = [...new Set([...(rules[site] ?? []), rule])].sort();
  await saveKeepRules(rules);
  return rules;
}

export async function removeKeepRule(site: string, rule: string): Promise<KeepRules> {
  const rules = await loadKeepRules();
  const left = (rules[site] ?? []).filter((r) => r !== rule);
  if (left.length) rules[site] = left;
  else delete rules[site];
  await saveKeepRules(rules);
  return rules;
}

export function exportKeepRules(rules: KeepRules): string {
  return JSON.stringify({ format: 'baca-keep-rules', version: 1, keepRules: normalizeKeepRules(rules) }, null, 2);
}

/** Parse an export; throws on anything that is not one. */
export function parseKeepRulesExport(json: string): KeepRules {
  const data = JSON.parse(json) as unknown;
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'baca-keep-rules') {
    throw new Error('not a Baca keep-rules file');
  }
  return normalizeKeepRules((data as { keepRules?: unknown }).keepRules);
}

/** Merge imported rules into the stored ones. */
export async function importKeepRules(json: string): Promise<KeepRules> {
  const incoming = parseKeepRulesExport(json);
  const rules = await loadKeepRules();
  for (const [site, list] of Object.entries(incoming)) rules[site] = [...new Set([...(rules[site] ?? []), ...list])];
  await saveKeepRules(rules);
  return normalizeKeepRules(rules);
}
