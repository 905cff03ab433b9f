// Detection in the real browser: the toolbar button says whether the page holds an article, and on news pages
// ad slots and scroll interstitials are hidden on the live page (reversibly, per site).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES } from './server';
import { actionState, launchBaca, type Baca } from './harness';

async function settledState(baca: Baca, page: Page, want: (s: { title: string; badge: string }) => boolean) {
  let last = { title: '', badge: '' };
  for (let i = 0; i < 40; i++) {
    last = await actionState(baca, page);
    if (want(last)) return last;
    await page.waitForTimeout(150);
  }
  return last;
}

describe('article detection in the real browser', () => {
  let baca: Baca;
  beforeAll(async () => {
    baca = await launchBaca();
  });
  afterAll(async () => {
    await baca?.close();
  });

  it('marks a news article on the toolbar', async () => {
    const page = await baca.open('id-detik-bus-listrik/');
    const state = await settledState(baca, page, (s) => s.badge !== '');
    expect(state).toEqual({ badge: '•', title: 'Open reader view' });
    await page.close();
  });

  it('says "no article" on a home page', async () => {
    const page = await baca.open('home-portal/');
    const state = await settledState(baca, page, (s) => s.title.startsWith('No article'));
    expect(state.badge).toBe('');
    expect(state.title).toBe('No article detected on this page (click to try anyway)');
    await page.close();
  });

  it('checks again after a single-page-app navigation', async () => {
    const page = await baca.open('home-portal/');
    await settledState(baca, page, (s) => s.title.startsWith('No article'));
    const article = await (await fetch(`${baca.server.url}/id-detik-bus-listrik/`)).text();
    await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.body.innerHTML = doc.body.innerHTML;
      history.pushState({}, '', '/berita/d-7720001/transjakarta-tambah-150-bus-listrik-untuk-rute-pengumpan');
    }, article);
    const state = await settledState(baca, page, (s) => s.badge === '•');
    expect(state).toEqual({ badge: '•', title: 'Open reader view' });
    await page.close();
  });

  it('hides ad slots and scroll interstitials on the live page, and shows them again when switched off', async () => {
    const page = await baca.open('id-detik-bus-listrik/');
    await page.waitForSelector('[data-baca-hide]', { state: 'attached', timeout: 10_000 });
    expect(await page.getByText('SCROLL TO RESUME CONTENT').isVisible()).toBe(false);
    expect(await page.getByText('Pemerintah Provinsi DKI Jakarta menambah 150 unit bus listrik').isVisible()).toBe(true);
    // Nothing was removed from the page: the blocks are only hidden.
    expect(await page.getByText('SCROLL TO RESUME CONTENT').count()).toBe(1);

    const sw = await baca.worker();
    await sw.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await (globalThis as any).chrome.storage.local.set({ cleanupPrefs: { enabled: true, sites: { '127.0.0.1': false } } });
    });
    await page.waitForFunction(() => document.querySelectorAll('[data-baca-hide]').length === 0, undefined, { timeout: 5000 });
    expect(await page.getByText('SCROLL TO RESUME CONTENT').isVisible()).toBe(true);
    await sw.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await (globalThis as any).chrome.storage.local.remove('cleanupPrefs');
    });
    await page.close();
  });

  it('joins the pages of a multi-page article in one reader view', async () => {
    const page2 = readFileSync(join(FIXTURES, 'id-tribun-pawai-multipage', 'source-page2.html'));
    baca.server.route((req, res) => {
      if (!/^\/id-tribun-pawai-multipage\/\?page=2$/.test(req.url ?? '')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page2);
      return true;
    });
    const page = await baca.open('id-tribun-pawai-multipage/');
    await baca.openReader(page);
    const text = await page.locator('.article-body').innerText();
    expect(text).toContain('Ribuan warga memadati Jalan Tunjungan');
    expect(text).toContain('pertunjukan tari remo massal');
    expect(text).not.toContain('Halaman selanjutnya');
    expect(baca.server.requests).toContain('/id-tribun-pawai-multipage/?page=2');
    await page.close();
  });

  it('leaves a non-article page untouched', async () => {
    const page = await baca.open('home-portal/');
    await settledState(baca, page, (s) => s.title.startsWith('No article'));
    expect(await page.locator('[data-baca-hide]').count()).toBe(0);
    await page.close();
  });
});
