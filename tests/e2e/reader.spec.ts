import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { actionState, launchBaca, type Baca } from './harness';
import { startServer, type FixtureServer } from './server';

describe('reader view in the real browser', () => {
  let baca: Baca;
  beforeAll(async () => {
    baca = await launchBaca();
  });
  afterAll(async () => {
    await baca?.close();
  });

  it('a click shows the article in the same tab, without the clutter, and Back returns to the same place', async () => {
    const page = await baca.open('id-banjir-jakarta/');
    await page.evaluate(() => window.scrollTo(0, 400));
    const scrolled = await page.evaluate(() => window.scrollY);
    const tabsBefore = baca.context.pages().length;
    await baca.openReader(page);
    expect(page.url().startsWith(baca.readerUrlPrefix)).toBe(true);
    expect(baca.context.pages().length).toBe(tabsBefore);
    const text = await page.locator('.article-body').innerText();
    expect(text).toContain('Banjir rob kembali merendam sejumlah permukiman');
    expect(text).toContain('Marunda, Cilincing: 290 kepala keluarga');
    expect(await page.locator('.article-title').innerText()).toBe('Banjir Rob Rendam Pesisir Utara Jakarta, Warga Mengungsi ke Masjid');
    expect(await page.locator('.site-name').innerText()).toMatch(/Kabar Pagi/i);
    expect(await page.locator('.byline').innerText()).toBe('Rina Kusumawati');
    // The date reads in the article's language (Indonesian month name).
    expect(await page.locator('.article-meta time').innerText()).toMatch(/Februari 2026/);
    // The lazy lead image was resolved and is shown once.
    const images = await page.locator('.article img').evaluateAll((els) => els.map((e) => (e as HTMLImageElement).src));
    expect(images.filter((s) => s.includes('rob-muara-angke')).length).toBe(1);
    const whole = await page.locator('.article').innerText();
    expect(whole.split('Warga melintasi genangan rob di kawasan Muara Angke').length - 1).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');

    await page.goBack();
    await page.waitForURL(`${baca.server.url}/id-banjir-jakarta/`);
    expect(await page.locator('h1').first().innerText()).toContain('Banjir Rob');
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled, { timeout: 5000 });
    // Forward shows the same reader view again (it was stored, not passed in memory).
    await page.goForward();
    await page.waitForURL((u) => u.href.startsWith(baca.readerUrlPrefix));
    await page.waitForSelector('.article-body');
    expect(await page.locator('.article-body').innerText()).toContain('Banjir rob kembali merendam');
  });

  it('clicking the button again, or Esc, leaves the reader for the page', async () => {
    const page = await baca.open('en-city-council/');
    await baca.openReader(page);
    await baca.click(page);
    await page.waitForURL(`${baca.server.url}/en-city-council/`);
    await baca.openReader(page);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${baca.server.url}/en-city-council/`);
  });

  it('reload keeps the reader view (the article is stored, not held in memory)', async () => {
    const page = await baca.open('en-city-council/');
    await baca.openReader(page);
    await page.reload();
    await page.waitForSelector('.article-body');
    expect(await page.locator('.article-body').innerText()).toContain('Station Road car park');
  });

  it('wide tables scroll sideways inside the article, and + / - change the text size', async () => {
    const page = await baca.open('en-city-council/');
    await baca.openReader(page);
    expect(await page.locator('.table-wrap table').count()).toBe(1);
    const size = () => page.locator('.article').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.bringToFront();
    await page.keyboard.press('+');
    await page.waitForFunction((b) => parseFloat(getComputedStyle(document.querySelector('.article')!).fontSize) > b, before);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.waitForFunction((b) => parseFloat(getComputedStyle(document.querySelector('.article')!).fontSize) < b, before);
  });

  it('no script from the page runs in the reader', async () => {
    const page = await baca.open('id-banjir-jakarta/');
    expect(await page.evaluate(() => document.body.getAttribute('data-page-script'))).toBe('ran');
    await baca.openReader(page);
    expect(await page.evaluate(() => document.body.getAttribute('data-page-script'))).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBeUndefined();
    expect(await page.locator('.article script, .article style, .article iframe, .article [onerror]').count()).toBe(0);
  });

  it('a page with no article gets a clear answer, with "show original" and "try anyway"', async () => {
    const page = await baca.open('home-portal/');
    await baca.openReader(page);
    await page.waitForSelector('.notice');
    expect(await page.locator('.notice h1').innerText()).toMatch(/No article/i);
    await page.getByRole('button', { name: /Try anyway/i }).click();
    await page.waitForSelector('.article-body');
    await page.getByRole('button', { name: /Back to page/i }).click();
    await page.waitForURL(`${baca.server.url}/home-portal/`);
  });

  it('a restricted page: the toolbar says it cannot read it, and why', async () => {
    const page = await baca.context.newPage();
    await page.goto('chrome://version/');
    await baca.click(page);
    await expect.poll(async () => (await actionState(baca, page)).title, { timeout: 5000 }).toMatch(/can't read this page/);
    const state = await actionState(baca, page);
    expect(state.title).toMatch(/browser's own pages are protected/);
    expect(state.badge).not.toBe('');
    expect(page.url()).toBe('chrome://version/');
  });

  it('the shortcut is bound by the browser to the same action as the button', async () => {
    const sw = await baca.worker();
    const commands = (await sw.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll: () => Promise<{ name: string; shortcut: string }[]> } } }).chrome.commands.getAll(),
    )) as { name: string; shortcut: string }[];
    const action = commands.find((c) => c.name === '_execute_action');
    expect(action?.shortcut).toMatch(/^Alt\+(Shift\+)?R$/);
  });
});

describe('typography settings', () => {
  let server: FixtureServer;
  const profile = `/tmp/baca-settings-profile-${process.pid}`;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('persist across pages and a browser restart with the same profile', async () => {
    let baca = await launchBaca({ userDataDir: profile, server });
    let page = await baca.open('en-city-council/');
    await baca.openReader(page);
    await page.getByRole('button', { name: /Text settings/i }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('radio', { name: 'Sans' }).check();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Wider lines' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    // The settings are written to storage.sync: wait until they are there before closing the browser.
    await expect
      .poll(() => page.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: { storage: { sync: { get: (k: string) => Promise<unknown> } } } }).chrome.storage.sync.get('readerSettings'))))
      .toContain('"fontSize":22');
    await baca.close({ keepProfile: true });

    baca = await launchBaca({ userDataDir: profile, server });
    page = await baca.open('id-banjir-jakarta/');
    await baca.openReader(page);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await page.evaluate(() => document.documentElement.dataset.font)).toBe('sans');
    expect(await page.locator('.article').evaluate((el) => getComputedStyle(el).fontSize)).toBe('22px');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 24, 27)');
    await baca.close({ keepProfile: true });
  });
});
