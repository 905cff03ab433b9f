import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { actionState, launchBaca, type Baca } from './harness';
import { startServer, type FixtureServer } from './server';
import { addStoryRoutes, openLibrary, sentence, storyTitle } from './library-pages';

/** Count rows of a store in the 'baca' database, from an extension page. */
async function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate((name) => new Promise<number>((ok, fail) => {
    const open = indexedDB.open('baca');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction(name, 'readonly').objectStore(name).count();
      req.onsuccess = () => { ok(req.result); db.close(); };
      req.onerror = () => fail(req.error);
    };
  }), store);
}


async function saveFromReader(baca: Baca, n: number): Promise<Page> {
  const page = await baca.open(`/lib/story-${n}`);
  await baca.openReader(page);
  await page.locator('.save-toggle').click();
  await page.waitForSelector('.saved-mark', { timeout: 15_000 });
  return page;
}

describe('read later in the real browser', () => {
  let server: FixtureServer;
  let profile: string;
  beforeAll(async () => {
    server = await startServer();
    addStoryRoutes(server);
    profile = mkdtempSync(join(tmpdir(), 'baca-library-'));
  });
  afterAll(async () => {
    await server.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  it('saves from the reader, lists it, keeps it across a restart, and opens it offline with its image', async () => {
    let baca = await launchBaca({ userDataDir: profile, server });
    const reader = await saveFromReader(baca, 1);
    expect((await actionState(baca, reader)).badge).toBe('✓');
    // Visiting the saved page again (tracking parameters aside): the toolbar says it is saved.
    const again = await baca.open('/lib/story-1?utm_source=newsletter');
    await expect.poll(async () => (await actionState(baca, again)).badge, { timeout: 5000 }).toBe('✓');
    const other = await baca.open('/lib/story-2');
    await other.waitForTimeout(600);
    expect((await actionState(baca, other)).badge).not.toBe('✓');
    let library = await openLibrary(baca);
    await expect.poll(() => library.locator('.entry-title').allInnerTexts()).toEqual([storyTitle(1)]);
    expect(await countStore(library, 'images')).toBe(1);
    await baca.close({ keepProfile: true });

    baca = await launchBaca({ userDataDir: profile, server });
    library = await openLibrary(baca);
    await expect.poll(() => library.locator('.entry-title').allInnerTexts()).toEqual([storyTitle(1)]);
    await server.close();
    const before = server.requests.length;
    await library.locator('.entry-title a').click();
    await library.waitForURL(/reader\.html\?saved=/);
    await library.waitForSelector('.article-body p');
    expect(await library.locator('.article-title').innerText()).toBe(storyTitle(1));
    const img = library.locator('.article img').first();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect(await img.getAttribute('src')).toMatch(/^blob:/);
    expect(server.requests.length).toBe(before);
    await baca.close({ keepProfile: true });
    server = await startServer();
    addStoryRoutes(server);
  });

  it('50 saves fired at once from 10 tabs give 50 entries', async () => {
    const baca = await launchBaca({ server });
    try {
      // The menus exist: updating an item that does not exist is an error, an empty update of ours is not.
      const sw = await baca.worker();
      const menuErrors = () => sw.evaluate((ids) => Promise.all(ids.map((id) => new Promise<string>((ok) =>
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (globalThis as any).chrome.contextMenus.update(id, {}, () => ok((globalThis as any).chrome.runtime.lastError?.message ?? 'ok'))))),
      ['baca-save-page', 'baca-save-link', 'baca-open-library']);
      await expect.poll(menuErrors).toEqual(['ok', 'ok', 'ok']);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const commands = (await sw.evaluate(() => (globalThis as any).chrome.commands.getAll())) as { name: string; shortcut: string }[];
      expect(commands.find((c) => c.name === 'save-article')?.shortcut).toMatch(/^Alt\+Shift\+S$/);
      const tabs = await Promise.all(Array.from({ length: 10 }, () => openLibrary(baca)));
      const base = server.url;
      const replies = await Promise.all(tabs.map((tab, t) => tab.evaluate(async ({ t, base }) => {
        const saves = Array.from({ length: 5 }, (_, k) => {
          const n = 100 + t * 5 + k;
          const url = `${base}/lib/story-${n}?utm_source=test`;
          const article = { url, canonicalUrl: url, title: `Concurrent ${n}`, byline: null, siteName: 'Harbour Times',
            publishedTime: null, modifiedTime: null, lang: 'en', dir: 'ltr', excerpt: null, leadImage: null,
            contentHtml: `<p>Story ${n}</p><img src="${base}/lib/img/photo-${n}.png">`, textContent: `Story ${n}`, wordCount: 2, readingMinutes: 1 };
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          return (globalThis as any).chrome.runtime.sendMessage({ type: 'save-article', article });
        });
        return Promise.all(saves);
      }, { t, base })));
      expect(replies.flat().filter((r: { ok: boolean }) => r.ok).length).toBe(50);
      expect(await countStore(tabs[0]!, 'entries')).toBe(50);
      expect(await countStore(tabs[0]!, 'images')).toBe(50);
      await expect.poll(() => tabs[3]!.locator('.count').innerText()).toMatch(/^50\D+50$/);
    } finally {
      await baca.close();
    }
  });

  it('imported links are fetched and extracted in the background; a failing one is listed with its error', async () => {
    const baca = await launchBaca({ server });
    try {
      const csv = join(profile, 'pocket-part.csv');
      writeFileSync(csv, `title,url,time_added,tags,status\nFirst,${server.url}/lib/story-21,1732060800,harbour,unread\n`
        + `Gone,${server.url}/lib/missing-page,1732060801,,unread\nSecond,${server.url}/lib/story-22,1732060802,,archive\n`);
      const library = await openLibrary(baca);
      await library.setInputFiles('input[type=file]', csv);
      await library.locator('.note', { hasText: '3 to fetch' }).waitFor();
      await library.locator('.views button', { hasText: 'All' }).click();
      await expect.poll(() => library.locator('.entry-title').allInnerTexts(), { timeout: 30_000 })
        .toEqual(expect.arrayContaining([storyTitle(21), storyTitle(22)]));
      const failures = library.locator('.failures li');
      await library.locator('.queue summary').click();
      await expect.poll(() => failures.allInnerTexts(), { timeout: 20_000 }).toEqual([expect.stringMatching(/missing-page — HTTP 404/)]);
      expect(await failures.locator('button').innerText()).toBe('Retry');
      const first = library.locator('.entry', { hasText: storyTitle(21) });
      expect(await first.locator('.tag').allInnerTexts()).toEqual(['#harbour']);
      await first.locator('.entry-title a').click();
      await library.waitForSelector('.article-body p');
      expect(await library.locator('.article-body').innerText()).toContain(sentence(21, 0));
    } finally {
      await baca.close();
    }
  });

  it('quota exceeded: a clear error in the reader and nothing half-written', async () => {
    const baca = await launchBaca({ server });
    try {
      const seven = await saveFromReader(baca, 7);
      // Remove, then Save again: the toggle goes both ways.
      await seven.locator('.save-toggle', { hasText: 'Remove' }).click();
      await seven.locator('.save-toggle', { hasText: 'Save' }).waitFor();
      await seven.locator('.save-toggle').click();
      await seven.waitForSelector('.saved-mark');
      const sw = await baca.worker();
      await sw.evaluate(() => {
        const proto = IDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown; __put?: unknown };
        proto.__put = proto.put;
        proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
          if (this.name === 'images') throw new DOMException('Quota exceeded', 'QuotaExceededError');
          return (proto.__put as (...a: unknown[]) => unknown).apply(this, args);
        };
      });
      const page = await baca.open('/lib/story-8');
      await baca.openReader(page);
      await page.locator('.save-toggle').click();
      const alert = page.locator('.save-message.error');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toMatch(/storage space/i);
      expect(await page.locator('.saved-mark').count()).toBe(0);
      const library = await openLibrary(baca);
      for (const store of ['entries', 'contents', 'terms', 'images']) expect(await countStore(library, store)).toBe(1);
    } finally {
      await baca.close();
    }
  });
});
