// The reader's main flows, written once and run in each engine (BACA_ENGINE=chromium|firefox).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineFromEnv, launchEngine, type Engine } from './engine';

const ENGINE = engineFromEnv();

describe(`reader view (${ENGINE})`, () => {
  let e: Engine;
  beforeAll(async () => {
    e = await launchEngine(ENGINE);
  });
  afterAll(async () => {
    await e?.close();
  });

  it('a toolbar click shows the whole article in the same tab, and Back returns to the page', async () => {
    const tab = await e.open('id-banjir-jakarta/');
    await e.openReader(tab, 'click');
    expect((await tab.url()).startsWith(e.readerUrlPrefix)).toBe(true);
    const text = await tab.text('.article-body');
    expect(text).toContain('Banjir rob kembali merendam sejumlah permukiman');
    expect(text).toContain('Marunda, Cilincing: 290 kepala keluarga');
    expect(await tab.text('.article-title')).toBe('Banjir Rob Rendam Pesisir Utara Jakarta, Warga Mengungsi ke Masjid');
    await tab.back();
    await tab.waitForUrl((u) => u === `${e.server.url}/id-banjir-jakarta/`);
    expect(await tab.text('h1')).toContain('Banjir Rob');
    await tab.close();
  });
});
