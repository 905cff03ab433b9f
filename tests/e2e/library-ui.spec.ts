import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { launchBaca, type Baca } from './harness';
import { openLibrary, sentence, storyTitle } from './library-pages';

const dir = mkdtempSync(join(tmpdir(), 'baca-library-ui-'));

/** A Baca backup of `n` stories: every third archived, story 4 mentions "lighthouse" only in its body. */
function backupFile(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => {
    const paragraphs = Array.from({ length: 3 + (i % 7) * 4 }, (_, p) => `${sentence(i, p)} ${sentence(i, p + 1)}`);
    if (i === 4) paragraphs.push('The old lighthouse keeper retired after forty years.');
    const text = paragraphs.join('\n\n');
    const url = `https://harbourtimes.example/2026/story-${i}`;
    const words = text.split(/\s+/).length;
    const article = { url, canonicalUrl: url, title: storyTitle(i), byline: 'Dewi Lestari', siteName: i % 2 ? 'Harbour Times' : 'Kabar Pagi',
      publishedTime: '2026-02-01T07:00:00Z', modifiedTime: null, lang: 'en', dir: 'ltr', excerpt: paragraphs[0], leadImage: null,
      contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''), textContent: text, wordCount: words, readingMinutes: Math.max(1, Math.round(words / 230)) };
    return JSON.stringify({ id: `ui-${i}`, url, urls: [url], title: article.title, siteName: article.siteName, byline: 'Dewi Lestari',
      excerpt: paragraphs[0], lang: 'en', dir: 'ltr', publishedTime: article.publishedTime, thumbUrl: null, wordCount: words,
      readingMinutes: article.readingMinutes, savedAt: 1_767_000_000_000 + i * 60_000, updatedAt: 1_767_000_000_000 + i * 60_000,
      status: i % 3 === 2 ? 'archived' : 'unread', favorite: i === 1 ? 1 : 0, tags: [], progress: 0, readAt: null, content: 'full',
      error: null, images: { saved: 0, failed: 0, bytes: 0 }, article, imageFailures: [], imageData: [] });
  });
  const file = join(dir, 'baca-backup.json');
  writeFileSync(file, `{"format":"baca-backup","version":1,"exportedAt":"2026-02-01T00:00:00Z","entries":[\n${lines.join(',\n')}\n]}\n`);
  return file;
}


const titles = (page: Page) => page.locator('.entry-title').allInnerTexts();

describe('the library page', () => {
  let baca: Baca;
  let page: Page;
  beforeAll(async () => {
    baca = await launchBaca();
    page = await openLibrary(baca);
  });
  afterAll(async () => {
    await baca?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('empty: explains how to save', async () => {
    const text = await page.locator('.empty').innerText();
    expect(text).toMatch(/Save/);
    expect(text).toMatch(/Alt\+Shift\+S/);
    expect(text).toMatch(/Pocket/);
  });

  it('a cut-off import file: names the file and line, and imports nothing', async () => {
    const full = readFileSync(backupFile(12), 'utf8');
    const cut = join(dir, 'cut-backup.json');
    writeFileSync(cut, full.slice(0, Math.floor(full.length / 2)));
    await page.setInputFiles('input[type=file]', cut);
    const alert = page.locator('.note.error');
    await alert.waitFor();
    const said = await alert.innerText();
    expect(said, said).toMatch(/cut-backup\.json, line \d+: not valid JSON \(the file is cut off\)/);
    expect(await page.locator('.empty').count()).toBe(1);
  });

  it('imports a backup; lists unread newest first; filters and sorts', async () => {
    await page.setInputFiles('input[type=file]', backupFile(12));
    await page.locator('.note:not(.error)').waitFor();
    expect(await page.locator('.note').innerText()).toMatch(/12 new/);
    await expect.poll(() => titles(page)).toHaveLength(8);
    expect((await titles(page))[0]).toBe(storyTitle(10));
    await page.locator('.views button', { hasText: 'Archived' }).click();
    expect(await titles(page)).toEqual([11, 8, 5, 2].map(storyTitle));
    await page.locator('.views button', { hasText: 'Favourites' }).click();
    expect(await titles(page)).toEqual([storyTitle(1)]);
    await page.locator('.views button', { hasText: 'All' }).click();
    await page.selectOption('select >> nth=2', 'shortest');
    const shortest = await titles(page);
    expect(shortest.slice(0, 2).sort()).toEqual([storyTitle(0), storyTitle(7)].sort());
    await page.selectOption('select >> nth=2', 'newest');
    await page.selectOption('select >> nth=1', 'Kabar Pagi');
    expect(await titles(page)).toEqual([10, 8, 6, 4, 2, 0].map(storyTitle));
    await page.selectOption('select >> nth=1', '');
  });

  it('searches as you type across title and body, with the matches marked', async () => {
    const search = page.locator('input.search');
    await page.waitForSelector('input.search[aria-busy="false"]');
    await search.pressSequentially('lightho');
    await expect.poll(() => titles(page)).toEqual([storyTitle(4)]);
    await search.fill('');
    await search.pressSequentially('ferry oper');
    const found = await titles(page);
    expect(found.length).toBeGreaterThan(0);
    const marks = await page.locator('.entry-title mark, .entry-excerpt mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['ferry', 'oper']));
    await search.fill('');
    await expect.poll(() => titles(page)).toHaveLength(12);
  });

  it('keyboard: move, select, archive; bulk tag; delete with undo', async () => {
    await page.locator('.entry-title a').first().focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('entry-2');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    expect(await page.locator('.bulk-count').innerText()).toMatch(/2 selected/);
    await page.locator('.tag-form input').fill('weekend, harbour');
    await page.locator('.tag-form button').click();
    await expect.poll(() => page.locator('.entry .tag').allInnerTexts()).toEqual(['#weekend', '#harbour', '#weekend', '#harbour']);
    await page.locator('.bulk-bar button', { hasText: 'Delete' }).click();
    await expect.poll(() => titles(page)).toHaveLength(10);
    await page.locator('.toast button').click();
    await expect.poll(() => titles(page)).toHaveLength(12);
    // A tag on a row filters by it.
    await page.locator('.entry .tag', { hasText: '#weekend' }).first().click();
    expect(await titles(page)).toHaveLength(2);
    expect(await page.locator('select >> nth=0').inputValue()).toBe('weekend');
    await page.selectOption('select >> nth=0', '');
    // "e" archives the focused article.
    const row = page.locator('.entry', { hasText: storyTitle(10) });
    await row.locator('.entry-title a').focus();
    await page.keyboard.press('e');
    await expect.poll(() => row.locator('.status').allInnerTexts()).toContain('Archived');
  });

  it('exports a selection as Markdown, HTML and EPUB, and everything as a backup (under the extension CSP)', async () => {
    await page.locator('.entry .select').nth(0).click();
    await page.locator('.entry .select').nth(1).click();
    const grab = async (label: RegExp) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.data-row button', { hasText: label }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const md = await grab(/^Markdown$/);
    expect(md.name).toMatch(/^baca-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(Object.keys((await JSZip.loadAsync(md.bytes)).files).filter((f) => f.endsWith('.md'))).toHaveLength(2);
    const epub = await JSZip.loadAsync((await grab(/^EPUB$/)).bytes);
    expect(await epub.file('mimetype')!.async('string')).toBe('application/epub+zip');
    expect(Object.keys(epub.files).filter((f) => /chapter-\d\.xhtml$/.test(f))).toHaveLength(2);
    const html = (await grab(/^HTML$/)).bytes.toString('utf8');
    expect(html.match(/<article/g)).toHaveLength(2);
    const backup = JSON.parse((await grab(/JSON/)).bytes.toString('utf8'));
    expect(backup.entries).toHaveLength(12);
    await page.locator('.bulk-bar button', { hasText: 'Clear selection' }).click();
  });

  it('opens a saved article, resumes where the reader left off, and reaching the end marks it read', async () => {
    await page.locator('.entry-title a', { hasText: storyTitle(6) }).click();
    await page.waitForURL(/reader\.html\?saved=ui-6/);
    await page.waitForSelector('.article-body p');
    const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(max).toBeGreaterThan(400);
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(max / 2));
    await page.waitForTimeout(700);
    const lib = await openLibrary(baca);
    await lib.locator('.views button', { hasText: 'All' }).click();
    expect(await lib.locator('.entry', { hasText: storyTitle(6) }).locator('.progress').innerText()).toMatch(/^(4[89]|5[0-2])\s?%$/);
    await lib.close();
    await page.reload();
    await page.waitForSelector('.article-body p');
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5000 }).toBeGreaterThan(max / 2 - 60);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(700);
    await page.goto(`chrome-extension://${baca.extensionId}/library.html`);
    await page.waitForSelector('.entries');
    await page.locator('.views button', { hasText: 'All' }).click();
    const row = page.locator('.entry', { hasText: storyTitle(6) });
    await expect.poll(() => row.locator('.status').allInnerTexts()).toContain('Read');
  });
});

describe('schema upgrade in the browser', () => {
  it('a version-1 library opens in the current Baca with every entry', async () => {
    const baca = await launchBaca();
    try {
      const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/imports/store-v1.json'), 'utf8'));
      const setup = await baca.context.newPage();
      await setup.goto(`chrome-extension://${baca.extensionId}/offscreen.html`);
      // Written with IndexedDB itself, exactly as Baca's version 1 did (Dexie stores version 1 as 10).
      // The background opened the current schema at startup: start from a library written by version 1 instead.
      await setup.evaluate(() => new Promise<void>((ok, fail) => {
        const del = indexedDB.deleteDatabase('baca');
        del.onsuccess = () => ok();
        del.onerror = () => fail(del.error);
      }));
      await setup.evaluate((rows) => new Promise<void>((ok, fail) => {
        const open = indexedDB.open('baca', 10);
        open.onupgradeneeded = () => {
          const db = open.result;
          const articles = db.createObjectStore('articles', { keyPath: 'id' });
          articles.createIndex('url', 'url', { unique: true });
          articles.createIndex('savedAt', 'savedAt');
          articles.createIndex('status', 'status');
          const images = db.createObjectStore('images', { keyPath: ['articleId', 'url'] });
          images.createIndex('articleId', 'articleId');
        };
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('articles', 'readwrite');
          for (const row of rows) tx.objectStore('articles').add(row);
          tx.oncomplete = () => { db.close(); ok(); };
          tx.onerror = () => fail(tx.error);
        };
      }), fixture.articles);
      const page = await openLibrary(baca);
      await page.locator('.views button', { hasText: 'All' }).click();
      await expect.poll(() => titles(page)).toHaveLength(3);
      expect((await titles(page)).sort()).toEqual(fixture.articles.map((a: { article: { title: string } }) => a.article.title).sort());
    } finally {
      await baca.close();
    }
  });
});
