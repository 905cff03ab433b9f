// Reading comfort in the real browser: read aloud, the removed-blocks panel (put back, keep per site), and the README
// screenshots, made from the current product on every run.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBaca, type Baca } from './harness';

interface StorageArea {
  get(key: string): Promise<Record<string, Record<string, unknown> | undefined>>;
  clear(): Promise<void>;
  set(items: object): Promise<void>;
  remove(key: string): Promise<void>;
}
/** The extension APIs used inside the extension pages by this spec (page.evaluate runs there, not in Node). */
declare const chrome: {
  storage: { sync: StorageArea; local: StorageArea };
  tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

/**
 * Headless Chromium has no speech engine (no voices; utterances never start). Only there, speak() and cancel() are
 * replaced by a recorder that ends an utterance when the test says so; everything else is the real reader.
 */
async function stubSpeechIfSilent(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    if (speechSynthesis.getVoices().length > 0) return false;
    const w = window as unknown as { __spoken: SpeechSynthesisUtterance[]; __finish: () => void };
    w.__spoken = [];
    let current: SpeechSynthesisUtterance | null = null;
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      w.__spoken.push(u);
      current = u;
      u.onstart?.({} as SpeechSynthesisEvent);
    };
    speechSynthesis.cancel = () => {
      const u = current;
      current = null;
      u?.onerror?.({ error: 'interrupted' } as SpeechSynthesisErrorEvent);
    };
    w.__finish = () => {
      const u = current;
      current = null;
      u?.onend?.({} as SpeechSynthesisEvent);
    };
    return true;
  });
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: SpeechSynthesisUtterance[] }).__spoken.map((u) => ({ text: u.text, rate: u.rate, lang: u.lang })));
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __finish: () => void }).__finish());

describe('reading comfort in the real browser', () => {
  let baca: Baca;
  beforeAll(async () => {
    baca = await launchBaca({ viewport: { width: 1100, height: 800 } });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await baca?.close();
  });

  it('reads aloud sentence by sentence across paragraphs, with pause, speed, stop and the shortcut message', async () => {
    const page = await baca.openReader(await baca.open('id-banjir-jakarta/'));
    const play = page.locator('.read-aloud-play');
    expect(await play.count()).toBe(1);
    const stubbed = await stubSpeechIfSilent(page);
    await play.click();
    await page.waitForSelector('.article-title.reading-now');
    if (stubbed) {
      expect((await spoken(page))[0]).toEqual({
        text: 'Banjir Rob Rendam Pesisir Utara Jakarta, Warga Mengungsi ke Masjid', rate: 1, lang: 'id',
      });
      // The highlight follows the sentence into the body, and the highlight registry holds it.
      await finish(page);
      await page.waitForSelector('.article-body p.reading-now');
      expect((await spoken(page))[1]!.text).toMatch(/^Jakarta - Banjir rob kembali merendam/);
      expect(await page.evaluate(() => CSS.highlights.has('baca-reading'))).toBe(true);
      expect(await play.getAttribute('aria-pressed')).toBe('true');

      await page.locator('.read-aloud-rate').selectOption('1.5');
      expect((await spoken(page)).at(-1)).toMatchObject({ text: (await spoken(page))[1]!.text, rate: 1.5 });

      await play.click(); // pause
      expect(await play.getAttribute('aria-pressed')).toBe('false');
      const before = (await spoken(page)).length;
      await play.click(); // resume at the same sentence
      expect((await spoken(page)).length).toBe(before + 1);
      expect((await spoken(page)).at(-1)!.text).toBe((await spoken(page))[1]!.text);

      // Reading on down the article: the sentence being read is scrolled into view (the list is below the fold).
      await page.evaluate(() => window.scrollTo(0, 0));
      for (let i = 0; i < 40 && !(await page.locator('li.reading-now', { hasText: 'Marunda' }).count()); i++) await finish(page);
      await page.waitForFunction(() => {
        const r = document.querySelector('.reading-now')!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    }
    await page.locator('.read-aloud-stop').click();
    await page.waitForSelector('.reading-now', { state: 'detached' });
    expect(await page.locator('.read-aloud-stop').count()).toBe(0);

    // The read-aloud shortcut: the background sends a toggle to this tab; the reader starts reading.
    const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    const sw = await baca.worker();
    await sw.evaluate((id) => chrome.runtime.sendMessage({ type: 'read-aloud-toggle', tabId: id }).catch(() => undefined), tabId);
    await page.waitForSelector('.article-title.reading-now');
    await page.locator('.read-aloud-stop').click();
    await page.close();
  });

  it('with the real speechSynthesis: speaks where the browser has voices, and says so where it has none', async () => {
    const page = await baca.openReader(await baca.open('id-banjir-jakarta/'));
    const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
    await page.locator('.read-aloud-play').click();
    if (voices === 0) {
      // Headless Chromium has no speech engine: the reader stops and tells the person instead of pretending to read.
      await page.waitForSelector('.read-aloud-note', { timeout: 15_000 });
      expect(await page.locator('.read-aloud [role="status"]').innerText()).toMatch(/No voice|Tidak ada suara/);
      expect(await page.locator('.read-aloud-play').getAttribute('aria-pressed')).toBe('false');
      expect(await page.locator('.reading-now').count()).toBe(0);
    } else {
      await page.waitForFunction(() => speechSynthesis.speaking);
      await page.locator('.read-aloud-stop').click();
    }
    await page.close();
  });

  it('lists what was removed with reasons, puts a block back with one click, and keeps a kind per site', async () => {
    const source = await baca.open('id-banjir-jakarta/');
    const page = await baca.openReader(source);
    const toggle = page.locator('.removed-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const reasons = await page.locator('.removed-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-reason')));
    expect(reasons).toEqual(expect.arrayContaining(['interstitial', 'read-also']));
    const listed = (await page.locator('.removed-items').innerText()).replace(/\s+/g, ' ');
    expect(listed).toContain('Baca juga: Tanggul Laut Jakarta Ditargetkan Rampung 2027');
    expect(listed).toMatch(/advertisement|iklan/i);
    const body = page.locator('.article-body');
    expect(await body.innerText()).not.toContain('Tanggul Laut Jakarta Ditargetkan Rampung 2027');

    // One click puts the "Baca juga" block back into the article, link and all; a second click takes it out again.
    const item = page.locator('.removed-item[data-reason="read-also"]').filter({ hasText: 'Tanggul Laut' });
    await item.locator('.removed-restore').click();
    const restored = page.locator('.article-body .restored-block');
    expect(await restored.count()).toBe(1);
    expect(await restored.innerText()).toContain('Baca juga: Tanggul Laut Jakarta Ditargetkan Rampung 2027');
    expect(await restored.locator('a[href$="/berita/d-7700/tanggul-laut-jakarta-ditargetkan-rampung-2027"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('restored-block'))).toBe(true);
    expect(await item.locator('.removed-restore').getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: resolve(SHOTS, 'removed-panel.png') });
    await item.locator('.removed-restore').click();
    expect(await restored.count()).toBe(0);

    // "Always keep this kind here": stored locally for this site, used by the next extraction.
    await item.locator('.removed-keep').click();
    await page.waitForFunction(async () => {
      const got = await chrome.storage.local.get('keepRules');
      return JSON.stringify(got.keepRules ?? {}).includes('"read-also"');
    });
    const site = new URL(baca.server.url).host;
    expect(await page.evaluate(async () => (await chrome.storage.local.get('keepRules')).keepRules)).toEqual({ [site]: ['read-also'] });
    await page.goBack();
    await page.waitForURL(`${baca.server.url}/id-banjir-jakarta/`);
    await baca.openReader(page);
    const after = await page.locator('.removed-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-reason')));
    expect(after).not.toContain('read-also');
    expect(after).toContain('interstitial');
    expect(await page.locator('.article-body').innerText()).toContain('Baca juga: Tanggul Laut Jakarta Ditargetkan Rampung 2027');
    await page.evaluate(() => chrome.storage.local.remove('keepRules'));
    await page.close();
  });

  it("follows the article's language and direction: an Arabic page reads right to left, the toolbar stays as it is", async () => {
    const page = await baca.openReader(await baca.open('ar-sahil-matar/'));
    const article = page.locator('article.article');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await article.getAttribute('dir')).toBe('rtl');
    const layout = await page.evaluate(() => {
      const box = (el: Element | null) => el!.getBoundingClientRect();
      const art = box(document.querySelector('article.article'));
      const p = document.querySelector<HTMLElement>('.article-body p')!;
      const range = document.createRange();
      range.selectNodeContents(p.firstChild!);
      const firstLine = range.getClientRects()[0]!;
      return {
        direction: getComputedStyle(p).direction,
        bodyLang: p.closest('[lang]')?.getAttribute('lang'),
        // The first line starts at the right edge of the column.
        rightGap: Math.round(art.right - firstLine.right),
        leftGap: Math.round(firstLine.left - art.left),
        toolbarDir: getComputedStyle(document.querySelector('.toolbar')!).direction,
      };
    });
    expect(layout.direction).toBe('rtl');
    expect(layout.bodyLang).toBe('ar');
    expect(layout.rightGap).toBeLessThanOrEqual(2);
    expect(layout.toolbarDir).toBe('ltr');
    // Read aloud speaks Arabic: the utterance carries the article's language.
    const stubbed = await stubSpeechIfSilent(page);
    await page.locator('.read-aloud-play').click();
    await page.waitForSelector('.article-title.reading-now');
    if (stubbed) expect((await spoken(page))[0]!.lang).toBe('ar');
    await page.locator('.read-aloud-stop').click();
    await page.close();
  });

  it('options page: lists the shortcuts, and its settings reach the reader and the stores', async () => {
    const page = await baca.context.newPage();
    await page.goto(`chrome-extension://${baca.extensionId}/options.html`);
    await page.waitForSelector('.shortcuts tbody tr');
    const commands = await page.locator('.shortcuts tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-command')));
    expect(commands).toEqual(expect.arrayContaining(['_execute_action', 'save-article', 'read-aloud', 'next-theme',
      'previous-theme', 'font-larger', 'font-smaller']));
    expect(commands[0]).toBe('_execute_action');

    // Typography: choosing Sepia here changes the synced reader settings (an open reader follows them live).
    const reader = await baca.openReader(await baca.open('id-banjir-jakarta/'));
    await page.bringToFront();
    await page.locator('section[aria-labelledby="opt-typography"] input[value="sepia"]').check();
    await reader.waitForFunction(() => document.documentElement.dataset.theme === 'sepia');

    // Library and cleanup settings land in storage.local under the keys the other features read.
    await page.getByLabel(/Archive an article/).check();
    await page.locator('#opt-cleanup-add').fill('https://www.kompas.com/read/1');
    await page.locator('#opt-cleanup-add').press('Enter');
    await page.locator('#opt-image-cap').fill('40');
    await page.locator('#opt-image-cap').dispatchEvent('change');
    await page.waitForFunction(async () => {
      const got = await chrome.storage.local.get('offlineImagePrefs');
      return got.offlineImagePrefs?.imageCapMB === 40;
    });
    const local = await page.evaluate(() => chrome.storage.local.get('libraryPrefs'));
    expect(local.libraryPrefs).toMatchObject({ autoArchive: true });
    expect((await page.evaluate(() => chrome.storage.local.get('cleanupPrefs'))).cleanupPrefs).toEqual({ enabled: true, sites: { 'kompas.com': false } });
    await page.locator('#opt-cleanup-add').fill('not a site');
    await page.locator('#opt-cleanup-add').press('Enter');
    expect(await page.locator('#opt-cleanup-add-error').innerText()).not.toBe('');

    // Kept blocks: an exported file imports back.
    const file = JSON.stringify({ format: 'baca-keep-rules', version: 1, keepRules: { 'kabarpagi.example': ['read-also'] } });
    await page.locator('#opt-keep-import').setInputFiles({ name: 'keep.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForSelector('#opt-keep ~ .site-list li, .site-list li:has-text("kabarpagi.example")');
    expect((await page.evaluate(() => chrome.storage.local.get('keepRules'))).keepRules).toEqual({ 'kabarpagi.example': ['read-also'] });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export as JSON/ }).click();
    const saved = await (await download).path();
    expect(JSON.parse(readFileSync(saved, 'utf8')).keepRules).toEqual({ 'kabarpagi.example': ['read-also'] });

    await page.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
    await reader.close();
    await page.close();
  });

  it('writes the README screenshots of the reader in light and dark, and the library', async () => {
    const page = await baca.openReader(await baca.open('id-banjir-jakarta/'));
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(async (th) => {
        const got = await chrome.storage.sync.get('readerSettings');
        await chrome.storage.sync.set({ readerSettings: { ...(got.readerSettings ?? {}), theme: th } });
      }, theme);
      await page.waitForFunction((th) => document.documentElement.dataset.theme === th, theme);
      await page.screenshot({ path: resolve(SHOTS, `reader-${theme}.png`) });
    }
    await page.evaluate(() => chrome.storage.sync.remove('readerSettings'));
    // The library as a reader sees it: a few saved articles.
    await page.locator('.save-toggle').click();
    await page.waitForSelector('.saved-mark', { timeout: 15_000 });
    for (const name of ['en-city-council', 'ar-sahil-matar']) {
      const other = await baca.openReader(await baca.open(`${name}/`));
      await other.locator('.save-toggle').click();
      await other.waitForSelector('.saved-mark', { timeout: 15_000 });
      await other.close();
    }
    const library = await baca.context.newPage();
    await library.goto(`chrome-extension://${baca.extensionId}/library.html`);
    await library.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => library.locator('.vlist [role="listitem"], .vlist li, .entry').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await library.screenshot({ path: resolve(SHOTS, 'library.png') });
    await library.close();
    await page.close();
  });
});
