// The extension in Indonesian, as a person with an Indonesian browser sees it: the reader's controls, the
// removed-blocks panel and the options page speak Indonesian, and no message key leaks through untranslated.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBaca, type Baca } from './harness';

/** A message key shown instead of its text looks like "readAloudPause" or "removedReason_ad". */
const LEAKED_KEY = /\b[a-z]+(?:[A-Z][a-z0-9]+)+(?:_[a-z_]+)?\b/;

/** The words of the extension's own UI on the page (not the article). */
const uiText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText).join('\n'));

describe('Indonesian browser', () => {
  let baca: Baca;
  beforeAll(async () => {
    baca = await launchBaca({ viewport: { width: 1100, height: 800 }, uiLanguage: 'id' });
  });
  afterAll(async () => {
    await baca?.close();
  });

  it('the options page is in Indonesian, with no key left untranslated', async () => {
    const page = await baca.context.newPage();
    await page.goto(`chrome-extension://${baca.extensionId}/options.html`);
    await page.waitForSelector('.shortcuts tbody tr');
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^id/);
    expect(await page.locator('h1').innerText()).toBe('Pengaturan Baca');
    const text = await uiText(page, 'body');
    expect(text).toContain('Pintasan papan ketik');
    expect(text.match(LEAKED_KEY)?.[0] ?? null).toBeNull();
    await page.close();
  });

  it("the reader's controls and the removed-blocks panel are in Indonesian; the article keeps its own language", async () => {
    const page = await baca.openReader(await baca.open('en-city-council/'));
    expect(await page.locator('.read-aloud-play').innerText()).toContain('Bacakan');
    expect(await page.locator('.removed-toggle').innerText()).toMatch(/^Dihapus oleh Baca \(\d+\)$/);
    expect(await page.locator('.reading-time').innerText()).toMatch(/menit/);
    expect(await page.locator('article.article').getAttribute('lang')).toMatch(/^en/);
    await page.locator('.removed-toggle').click();
    await page.locator('.settings-toggle').click();
    const controls = await uiText(page, 'nav.toolbar, .settings-panel, .removed-reason, .removed-actions, .removed-intro');
    expect(controls.match(LEAKED_KEY)?.[0] ?? null).toBeNull();
    await page.close();
  });
});
