import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matchesAutoOpen, normalizeAutoOpen, originPatterns, parseSiteInput, saveAutoOpenSites } from '../../lib/store/auto-open';
import { cleanupEnabled, loadCleanupPrefs, normalizeCleanupPrefs, saveCleanupPrefs, setCleanupEnabled } from '../../lib/store/site-prefs';
import { loadReadAloud, normalizeReadAloud, saveReadAloud } from '../../lib/store/read-aloud';
import { imageCapBytes, loadImagePrefs, normalizeImagePrefs, saveImagePrefs } from '../../lib/store/image-prefs';
import { shortcutRows } from '../../components/options/ShortcutsSection';

const toggleReader = vi.fn(async () => undefined);
vi.mock('../../entrypoints/background/reader-action', () => ({ toggleReader }));
const { handleDetection, shouldAutoOpen } = await import('../../entrypoints/background/auto-open');

describe('auto-open sites', () => {
  let granted = true;
  beforeEach(() => {
    fakeBrowser.reset();
    toggleReader.mockClear();
    granted = true;
    // fakeBrowser has no permissions API: the site's access is whatever the test says.
    Object.assign(fakeBrowser, { permissions: { contains: async () => granted } });
  });

  it('reads a site from what a person types', () => {
    const table: [string, string | null][] = [
      ['kompas.com', 'kompas.com'], ['https://www.detik.com/news/berita/123', 'detik.com'], ['  News.Example.ORG ', 'news.example.org'],
      ['localhost:8080', 'localhost:8080'], ['not a site', null], ['', null], ['javascript:alert(1)', null], ['nodot', null],
    ];
    for (const [input, expected] of table) expect(parseSiteInput(input), input).toBe(expected);
    expect(normalizeAutoOpen(['b.example', 'a.example', 'b.example', 7, 'bad site'])).toEqual(['a.example', 'b.example']);
  });

  it('matches the site and its subdomains, only on the web', () => {
    const sites = ['kompas.com'];
    expect(matchesAutoOpen('https://kompas.com/a', sites)).toBe(true);
    expect(matchesAutoOpen('https://www.kompas.com/a', sites)).toBe(true);
    expect(matchesAutoOpen('https://megapolitan.kompas.com/a', sites)).toBe(true);
    expect(matchesAutoOpen('https://notkompas.com/a', sites)).toBe(false);
    expect(matchesAutoOpen('file:///kompas.com/a', sites)).toBe(false);
    expect(originPatterns('kompas.com')).toEqual(['*://kompas.com/*', '*://*.kompas.com/*']);
    expect(originPatterns('127.0.0.1:8080')).toEqual(['*://127.0.0.1/*']);
    expect(originPatterns('localhost:3000')).toEqual(['*://localhost/*']);
  });

  it('opens only articles on chosen sites, once per page per tab (Back stays on the page)', async () => {
    expect(shouldAutoOpen({ isArticle: false, url: 'https://a.example/x', sites: ['a.example'], alreadyOpened: false })).toBe(false);
    await saveAutoOpenSites(['a.example']);
    const sender = { tab: { id: 7, index: 0, active: true } as never, url: 'https://a.example/berita/1#top', frameId: 0 };
    expect(await handleDetection(true, sender)).toBe(true);
    expect(toggleReader).toHaveBeenCalledTimes(1);
    expect(await handleDetection(true, { ...sender, url: 'https://a.example/berita/1' })).toBe(false);
    expect(await handleDetection(false, { ...sender, url: 'https://a.example/berita/2' })).toBe(false);
    expect(await handleDetection(true, { ...sender, url: 'https://b.example/berita/2' })).toBe(false);
    expect(await handleDetection(true, { ...sender, url: 'https://a.example/berita/2', frameId: 3 })).toBe(false);
    expect(await handleDetection(true, { ...sender, url: 'https://a.example/berita/2' })).toBe(true);
    expect(toggleReader).toHaveBeenCalledTimes(2);
  });

  it('stays quiet when the access to the site was withdrawn', async () => {
    await saveAutoOpenSites(['a.example']);
    granted = false;
    const sender = { tab: { id: 8, index: 0, active: true } as never, url: 'https://a.example/berita/9', frameId: 0 };
    expect(await handleDetection(true, sender)).toBe(false);
    expect(toggleReader).not.toHaveBeenCalled();
  });
});

describe('in-page cleanup per site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on by default; a site can differ from the default', async () => {
    expect(await cleanupEnabled('kompas.com')).toBe(true);
    await setCleanupEnabled('www.Kompas.com', false);
    expect(await cleanupEnabled('kompas.com')).toBe(false);
    await saveCleanupPrefs({ ...(await loadCleanupPrefs()), enabled: false });
    expect(await cleanupEnabled('detik.com')).toBe(false);
    expect(normalizeCleanupPrefs({ enabled: 'yes', sites: { 'a.example': true, 'b.example': 'no', 'bad host!': false } }))
      .toEqual({ enabled: true, sites: { 'a.example': true } });
  });
});

describe('read-aloud and image preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps speed within limits and voices per base language', async () => {
    expect(normalizeReadAloud({ rate: 9, voices: { id: 'Google Bahasa Indonesia', 'en-US': 'x', ar: 5 } }))
      .toEqual({ rate: 2, voices: { id: 'Google Bahasa Indonesia' } });
    await saveReadAloud({ rate: 1.5, voices: { en: 'Daniel' } });
    expect(await loadReadAloud()).toEqual({ rate: 1.5, voices: { en: 'Daniel' } });
  });

  it('image space per article is a whole number of megabytes between 1 and 100', async () => {
    expect(normalizeImagePrefs({ imageCapMB: 1000, keepImages: false })).toEqual({ keepImages: false, imageCapMB: 100 });
    expect(normalizeImagePrefs({ imageCapMB: 0.2 })).toEqual({ keepImages: true, imageCapMB: 1 });
    await saveImagePrefs({ keepImages: true, imageCapMB: 10 });
    const prefs = await loadImagePrefs();
    expect(imageCapBytes(prefs)).toBe(10 * 1024 * 1024);
    expect(imageCapBytes({ ...prefs, keepImages: false })).toBe(0);
  });
});

describe('shortcut list', () => {
  it('puts the toolbar command first, with its description, and shows unset shortcuts as empty', () => {
    const rows = shortcutRows([
      { name: 'next-theme', description: 'Reader: next theme', shortcut: '' },
      { name: '_execute_action', description: '', shortcut: 'Alt+R' },
      { description: 'nameless' },
    ]);
    expect(rows.map((r) => r.name)).toEqual(['_execute_action', 'next-theme']);
    expect(rows[0]).toEqual({ name: '_execute_action', description: 'commandToggleReader', shortcut: 'Alt+R' });
    expect(rows[1]!.shortcut).toBe('');
  });
});
