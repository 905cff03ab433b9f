// Inside the reader, in each engine: a multi-page article joined in one view, the "what was removed" panel (put a
// block back, keep a kind per site), and read aloud with the engine's real speech (where it has voices).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../server';
import { ENGINE, useEngine } from './setup';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } } };

describe(`in the reader (${ENGINE})`, () => {
  const engine = useEngine();

  it('joins the pages of a multi-page article in one reader view', async () => {
    const e = engine();
    const page2 = readFileSync(join(FIXTURES, 'id-tribun-pawai-multipage', 'source-page2.html'));
    e.server.route((req, res) => {
      if (!/^\/id-tribun-pawai-multipage\/\?page=2$/.test(req.url ?? '')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page2);
      return true;
    });
    const tab = await e.open('id-tribun-pawai-multipage/');
    await e.openReader(tab);
    const text = await tab.text('.article-body');
    expect(text).toContain('Ribuan warga memadati Jalan Tunjungan');
    expect(text).toContain('pertunjukan tari remo massal');
    expect(text).not.toContain('Halaman selanjutnya');
    expect(e.server.requests).toContain('/id-tribun-pawai-multipage/?page=2');
    await tab.close();
  });

  it('lists what was removed with reasons, puts a block back, and keeps a kind of block per site', async () => {
    const e = engine();
    const tab = await e.open('id-banjir-jakarta/');
    await e.openReader(tab);
    await tab.click('.removed-toggle');
    expect(await tab.attr('.removed-toggle', 'aria-expanded')).toBe('true');
    const reasons = await tab.evaluate(() => Array.from(document.querySelectorAll('.removed-item')).map((i) => i.getAttribute('data-reason')));
    expect(reasons).toEqual(expect.arrayContaining(['interstitial', 'read-also']));
    const related = 'Baca juga: Tanggul Laut Jakarta Ditargetkan Rampung 2027';
    expect((await tab.text('.removed-items')).replace(/\s+/g, ' ')).toContain(related);
    expect(await tab.text('.article-body')).not.toContain(related);

    const item = '.removed-item[data-reason="read-also"]';
    await tab.click(`${item} .removed-restore`);
    await tab.waitFor(() => !!document.querySelector('.article-body .restored-block'));
    expect(await tab.text('.article-body .restored-block')).toContain(related);
    expect(await tab.attr(`${item} .removed-restore`, 'aria-pressed')).toBe('true');
    await tab.click(`${item} .removed-restore`);
    await tab.waitFor(() => !document.querySelector('.article-body .restored-block'));

    await tab.click(`${item} .removed-keep`);
    await tab.waitFor(async () => JSON.stringify((await chrome.storage.local.get('keepRules')).keepRules ?? {}).includes('"read-also"'));
    await tab.back();
    await tab.waitForUrl((u) => u === `${e.server.url}/id-banjir-jakarta/`);
    await e.openReader(tab);
    // The removed-blocks panel is drawn after the article's first paint: wait for its list before reading it.
    await tab.waitFor(() => document.querySelectorAll('.removed-item').length > 0);
    const after = await tab.evaluate(() => Array.from(document.querySelectorAll('.removed-item')).map((i) => i.getAttribute('data-reason')));
    expect(after).not.toContain('read-also');
    expect(after).toContain('interstitial');
    expect(await tab.text('.article-body')).toContain(related);
    await tab.evaluate(() => chrome.storage.local.remove('keepRules'));
    await tab.close();
  });

  it("read aloud uses the engine's own speech: it speaks where there are voices and says so where there are none", async () => {
    const e = engine();
    const voices = await e.hasVoices();
    const tab = await e.open('id-banjir-jakarta/');
    await e.openReader(tab);
    await tab.click('.read-aloud-play');
    if (voices) {
      await tab.waitFor(() => speechSynthesis.speaking && !!document.querySelector('.article-title.reading-now'), undefined, 15_000);
      expect(await tab.attr('.read-aloud-play', 'aria-pressed')).toBe('true');
      await tab.click('.read-aloud-stop');
      await tab.waitFor(() => !document.querySelector('.reading-now'));
    } else {
      console.log(`read aloud (${ENGINE}): this browser has no speech voices; checked that the reader says so`);
      await tab.waitFor(() => !!document.querySelector('.read-aloud-note'), undefined, 15_000);
      expect(await tab.text('.read-aloud [role="status"]')).toMatch(/No voice|Tidak ada suara/);
      expect(await tab.attr('.read-aloud-play', 'aria-pressed')).toBe('false');
      expect(await tab.count('.reading-now')).toBe(0);
    }
    await tab.close();
  });
});
