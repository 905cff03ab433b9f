import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBaca, type Baca } from './harness';

describe('reader view in the real browser', () => {
  let baca: Baca;
  beforeAll(async () => {
    baca = await launchBaca();
  });
  afterAll(async () => {
    await baca?.close();
  });

  it('a click shows the article in the same tab, without the clutter, and Back returns', async () => {
    const page = await baca.open('id-banjir-jakarta/');
    await page.evaluate(() => window.scrollTo(0, 400));
    await baca.openReader(page);
    expect(page.url()).toContain(baca.readerUrlPrefix);
    const text = await page.locator('.article-body').innerText();
    expect(text).toContain('Banjir rob kembali merendam sejumlah permukiman');
    expect(text).toContain('Marunda, Cilincing: 290 kepala keluarga');
    expect(await page.locator('.article-title').innerText()).toBe('Banjir Rob Rendam Pesisir Utara Jakarta, Warga Mengungsi ke Masjid');
    expect(await page.locator('.site-name').innerText()).toMatch(/Kabar Pagi/i);
    await page.goBack();
    await page.waitForURL(`${baca.server.url}/id-banjir-jakarta/`);
    expect(await page.locator('h1').first().innerText()).toContain('Banjir Rob');
  });
});
