// Accessibility of the real pages: axe-core run inside the built extension's reader, options and library pages, in
// every theme, with their panels open; and every control reachable by keyboard with a visible focus.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBaca, type Baca } from './harness';

interface StorageArea {
  get(key: string): Promise<Record<string, Record<string, unknown> | undefined>>;
  set(items: object): Promise<void>;
  remove(key: string): Promise<void>;
}
/** The extension APIs used inside the extension pages by this spec (page.evaluate runs there, not in Node). */
declare const chrome: {
  storage: { sync: StorageArea; local: StorageArea };
  tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: { getUILanguage(): string };
};

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = ['light', 'sepia', 'dark'] as const;

interface Violation { id: string; impact: string | null; help: string; nodes: string[] }

/** axe-core in the page (through DevTools evaluation: the page's CSP stays as it is for the page's own scripts). */
async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: {
      id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

const serious = (violations: Violation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

async function setTheme(page: Page, theme: string, timeout = 10_000): Promise<void> {
  await page.evaluate(async (th) => {
    const got = await chrome.storage.sync.get('readerSettings');
    await chrome.storage.sync.set({ readerSettings: { ...(got.readerSettings ?? {}), theme: th } });
  }, theme);
  await page.waitForFunction((th) => document.documentElement.dataset.theme === th, theme, { timeout });
}

/** Tab through the page; every focused element must show a focus indicator. Returns what received focus. */
async function tabThrough(page: Page, max = 60): Promise<{ names: string[]; invisible: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-tab-seen]'))) delete el.dataset.tabSeen;
  });
  const names: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      if (el.dataset.tabSeen) return { seen: true, key: '', visible: true };
      el.dataset.tabSeen = '1';
      const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
      const label = el.getAttribute('aria-label') || labelled || el.textContent?.trim().slice(0, 40) || el.id || el.tagName;
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { seen: false, key: `${el.tagName.toLowerCase()}.${el.className || ''}:${label.trim()}`, visible };
    });
    if (!info || info.seen) break;
    names.push(info.key);
    if (!info.visible) invisible.push(info.key);
  }
  return { names, invisible };
}

describe('accessibility of the real pages', () => {
  let baca: Baca;
  beforeAll(async () => {
    baca = await launchBaca({ viewport: { width: 1100, height: 800 } });
  });
  afterAll(async () => {
    await baca?.close();
  });

  it('reader: no serious or critical axe violations in any theme, with its panels open', async () => {
    const page = await baca.openReader(await baca.open('id-banjir-jakarta/'));
    // The article is a landmark region inside <main>, with one h1 and headings in order.
    expect(await page.locator('main article[aria-labelledby="article-title"] h1#article-title').count()).toBe(1);
    // The article speaks its own language; the reader's controls speak the browser's (screen readers switch voices).
    expect(await page.locator('article.article').getAttribute('lang')).toBe('id');
    const uiLang = await page.evaluate(() => chrome.i18n.getUILanguage());
    for (const control of ['nav.toolbar', '.removed-panel', '.reading-time', '.original-link']) {
      expect(await page.locator(control).getAttribute('lang'), control).toBe(uiLang);
    }
    for (const theme of THEMES) {
      await setTheme(page, theme);
      const closed = serious(await axe(page));
      await page.locator('.settings-toggle').click();
      await page.locator('.removed-toggle').click();
      const open = serious(await axe(page));
      await page.locator('.settings-toggle').click();
      await page.locator('.removed-toggle').click();
      expect({ theme, violations: [...closed, ...open] }).toEqual({ theme, violations: [] });
    }
    // "System" follows prefers-color-scheme, and is accessible in both schemes.
    await setTheme(page, 'system');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(colorScheme === 'dark' ? 'rgb(22, 24, 27)' : 'rgb(255, 255, 255)');
      expect({ colorScheme, violations: serious(await axe(page)) }).toEqual({ colorScheme, violations: [] });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => chrome.storage.sync.remove('readerSettings'));
    await page.close();
  });

  it('reader: every control is reachable by keyboard with a visible focus', async () => {
    const page = await baca.openReader(await baca.open('id-banjir-jakarta/'));
    const { names, invisible } = await tabThrough(page);
    const has = (part: string) => names.some((n) => n.includes(part));
    for (const control of ['back', 'read-aloud-play', 'settings-toggle', 'original-link', 'removed-toggle']) {
      expect(has(control), `${control} in ${names.join(' | ')}`).toBe(true);
    }
    expect(invisible).toEqual([]);
    // The panels open from the keyboard, and their controls are reachable too.
    await page.locator('.settings-toggle').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.settings-panel'))).toBe(true);
    // The removed-blocks panel: opens with Enter, its buttons are next in order, Esc closes it and stays in the reader.
    await page.locator('.removed-toggle').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('removed-restore');
    await page.keyboard.press('Escape');
    expect(await page.locator('.removed-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('removed-toggle');
    expect(page.url()).toContain(baca.readerUrlPrefix);
    await page.close();
  });

  it('options page: no serious or critical axe violations in any theme; controls reachable with a visible focus', async () => {
    const page = await baca.context.newPage();
    await page.goto(`chrome-extension://${baca.extensionId}/options.html`);
    await page.waitForSelector('.options-section');
    expect(await page.locator('h1').count()).toBe(1);
    for (const theme of THEMES) {
      await setTheme(page, theme);
      expect({ theme, violations: serious(await axe(page)) }).toEqual({ theme, violations: [] });
    }
    const { names, invisible } = await tabThrough(page, 80);
    expect(names.length).toBeGreaterThan(10);
    expect(invisible).toEqual([]);
    await page.evaluate(() => chrome.storage.sync.remove('readerSettings'));
    await page.close();
  });

  it('library page (when built): no serious or critical axe violations, empty and with a saved article', async () => {
    const page = await baca.context.newPage();
    const url = `chrome-extension://${baca.extensionId}/library.html`;
    const response = await page.goto(url).catch(() => null);
    const exists = !!response && response.ok() && (await page.locator('#app > *, main').count()) > 0;
    if (exists) {
      await page.waitForLoadState('networkidle');
      expect({ state: 'empty', violations: serious(await axe(page)) }).toEqual({ state: 'empty', violations: [] });
      // Save the article from the reader, then look at the library with it listed.
      const reader = await baca.openReader(await baca.open('id-banjir-jakarta/'));
      await reader.locator('.save-toggle').click();
      await reader.waitForSelector('.saved-mark');
      await reader.close();
      await page.goto(url);
      await page.waitForSelector('#entries');
      expect({ state: 'one article', violations: serious(await axe(page)) }).toEqual({ state: 'one article', violations: [] });
      // The library wears the reader's theme where it follows the setting.
      for (const theme of THEMES) {
        const follows = await setTheme(page, theme, 3000).then(() => true, () => false);
        if (!follows) break;
        expect({ theme, violations: serious(await axe(page)) }).toEqual({ theme, violations: [] });
      }
    }
    await page.close();
  });
});
