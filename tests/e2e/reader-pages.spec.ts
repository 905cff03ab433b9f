// The reader on pages that are not plain static HTML: rendered by script, PDFs, printing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionState, launchBaca, type Baca } from './harness';
import { FIXTURES } from './server';

describe('the reader on live pages', () => {
  let baca: Baca;
  beforeAll(async () => {
    baca = await launchBaca();
    const pdf = readFileSync(join(FIXTURES, 'docs/report.pdf'));
    // A PDF whose address does not say so: only the content type tells.
    baca.server.route((req, res) => {
      if (!req.url?.startsWith('/download/report')) return false;
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
      return true;
    });
  });
  afterAll(async () => {
    await baca?.close();
  });

  it('reads the live DOM: an article rendered by script after load', async () => {
    const page = await baca.open('js-rendered-spa/');
    await page.waitForSelector('body[data-rendered="yes"]');
    await baca.openReader(page);
    expect(await page.locator('.article-title').innerText()).toBe('Hujan lebat dijangka berterusan di pantai timur hingga hujung minggu');
    const text = await page.locator('.article-body').innerText();
    expect(text).toContain('Agensi Pengurusan Bencana Negara memaklumkan');
    expect(text).not.toContain('IKLAN');
    expect(await page.locator('html').getAttribute('lang')).toBe('ms');
  });

  it('leaves the page itself unchanged (extraction works on a clone)', async () => {
    const page = await baca.open('id-banjir-jakarta/');
    // Record every node removed from, or text changed in, the page's body until it is left for the reader.
    await page.evaluate(() => {
      sessionStorage.setItem('removed', '0');
      new MutationObserver((records) => {
        const n = records.reduce((sum, r) => sum + r.removedNodes.length + (r.type === 'characterData' ? 1 : 0), 0);
        sessionStorage.setItem('removed', String(Number(sessionStorage.getItem('removed')) + n));
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await baca.openReader(page);
    expect(await page.locator('.article-body').innerText()).toContain('Banjir rob kembali merendam');
    await page.goBack();
    await page.waitForURL(/id-banjir-jakarta/);
    expect(await page.evaluate(() => sessionStorage.getItem('removed'))).toBe('0');
    expect(await page.locator('.parallaxindetail').count()).toBe(1);
    expect(await page.locator('.baca-juga-box').count()).toBe(1);
  });

  it.each(['docs/report.pdf', 'download/report'])('a PDF (%s) gets "cannot read" on the button, not a broken reader', async (path) => {
    const page = await baca.open(path);
    await page.waitForTimeout(300);
    await baca.click(page);
    await expect.poll(async () => (await actionState(baca, page)).title, { timeout: 5000 }).toMatch(/can't read this page/);
    expect((await actionState(baca, page)).title).toMatch(/PDF/);
    expect(page.url()).toContain(path);
  });

  it('prints the article alone: no toolbar, black on white', async () => {
    const page = await baca.open('en-city-council/');
    await baca.openReader(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('.article-body').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
  });
});
