// Highlights in the real browser: select a sentence, press H, the <mark> appears (and the article is saved); a note;
// after a restart the library opens the article with the same text marked and the note there; the Highlights view
// lists it; the Markdown export contains it; a Pocket zip with annotations imports them. axe stays clean throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { launchBaca, type Baca } from './harness';
import { startServer, type FixtureServer } from './server';
import { addStoryRoutes, openLibrary, sentence, storyTitle } from './library-pages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found;
}

/** Select text in the reader's article from (paragraph p1, char c1) to (paragraph p2, char c2), as a person drags. */
async function select(page: Page, p1: number, c1: number, p2: number, c2: number): Promise<string> {
  return page.evaluate(([p1, c1, p2, c2]) => {
    const ps = document.querySelectorAll('.article-body p');
    const range = document.createRange();
    range.setStart(ps[p1]!.firstChild!, c1);
    range.setEnd(ps[p2]!.firstChild!, c2);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  }, [p1, c1, p2, c2] as const);
}

const marked = (page: Page) => page.evaluate(() => {
  const byId = new Map<string, string>();
  for (const m of Array.from(document.querySelectorAll<HTMLElement>('mark.baca-hl'))) byId.set(m.dataset.hl!, (byId.get(m.dataset.hl!) ?? '') + m.textContent);
  return [...byId.values()].sort();
});


describe('highlights and notes in the real browser', () => {
  let server: FixtureServer;
  let profile: string;
  beforeAll(async () => {
    server = await startServer();
    addStoryRoutes(server);
    profile = mkdtempSync(join(tmpdir(), 'baca-hl-'));
  });
  afterAll(async () => {
    await server.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  it('select, press H, note; after a restart the library opens it marked, lists it, exports it', async () => {
    const n = 3;
    const first = sentence(n, 5); // the first sentence of the second paragraph
    let baca = await launchBaca({ userDataDir: profile, server });
    try {
      const page = await baca.open(`/lib/story-${n}`);
      await baca.openReader(page);
      await page.waitForSelector('.article-body p');
      await page.waitForSelector('.hl-panel');
      expect(await select(page, 1, 0, 1, first.length)).toBe(first);
      await page.keyboard.press('h');
      await expect.poll(() => marked(page)).toEqual([first]);
      await expect.poll(() => page.locator('.hl-panel ~ [role=status], [role=status]').allInnerTexts()).toContain('Highlighted, and the article was saved to your library.');
      await page.waitForSelector('.saved-mark');

      // Across two paragraphs, with the on-screen button this time.
      const ps = await page.locator('.article-body p').allInnerTexts();
      const across = await select(page, 2, ps[2]!.length - 20, 3, 15);
      await page.locator('.hl-add').click();
      await expect.poll(async () => (await marked(page)).length).toBe(2);
      expect(await page.locator('mark.baca-hl').count()).toBeGreaterThanOrEqual(2);
      expect((await marked(page)).join('|').replace(/\s+/g, ' ')).toContain(across.replace(/\s+/g, ' ').slice(0, 18));

      // Click the first mark: colour and note.
      await page.locator('mark.baca-hl').first().click();
      await page.locator('.hl-editor').waitFor();
      expect(await seriousAxe(page)).toEqual([]);
      await page.locator('.hl-swatch.hl-green').click();
      await page.locator('.hl-note').fill('Ask the harbour master about this');
      await page.locator('.hl-save-note').click();
      await page.locator('.hl-editor').waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('mark.baca-hl[data-note]')?.dataset.color)).toBe('green');
      await page.locator('.hl-toggle').click();
      expect(await seriousAxe(page)).toEqual([]);
      await baca.close({ keepProfile: true });

      baca = await launchBaca({ userDataDir: profile, server });
      const library = await openLibrary(baca);
      const row = library.locator('.entry', { hasText: storyTitle(n) });
      await expect.poll(() => row.locator('.hl-count').innerText()).toBe('2 highlights');
      // Search finds words of the note.
      await library.locator('input.search').fill('harbour master');
      await expect.poll(() => library.locator('.entry-title').allInnerTexts()).toEqual([storyTitle(n)]);
      await library.locator('input.search').fill('');

      await library.locator('.hl-view-toggle').click();
      const items = library.locator('.hl-view-item');
      await expect.poll(() => items.count()).toBe(2);
      // Newest first: the cross-paragraph one, then the sentence with its note.
      expect(await items.nth(1).locator('.hl-view-quote').innerText()).toBe(first);
      expect(await items.nth(1).locator('.hl-view-note').innerText()).toBe('Ask the harbour master about this');
      await library.locator('.hl-color-filter').selectOption('green');
      await expect.poll(() => items.count()).toBe(1);
      expect(await seriousAxe(library)).toEqual([]);

      // Markdown export of the article: its highlights as quotes with the note.
      await library.locator('.hl-view-toggle').click();
      await library.locator('.entries').waitFor();
      const [download] = await Promise.all([library.waitForEvent('download'),
        library.locator('.data-panel button', { hasText: /^Markdown$/ }).click()]);
      const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
      const md = await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.md')).map((f) => f.async('string')));
      expect(md.join('\n')).toContain(`> ${first}\n\nAsk the harbour master about this`);

      // The link in the Highlights view opens the article scrolled to the highlight, marked, with the note.
      await library.locator('.hl-view-toggle').click();
      await library.locator('.hl-color-filter').selectOption('green');
      const href = await library.locator('.hl-view-item a').first().getAttribute('href');
      expect(href).toMatch(/reader\.html\?saved=.+#hl-/);
      await library.locator('.hl-view-item a').first().click();
      await library.waitForURL(/reader\.html\?saved=/);
      await library.waitForSelector('mark.baca-hl');
      await expect.poll(async () => (await marked(library)).includes(first)).toBe(true);
      await expect.poll(() => library.evaluate(() => {
        const m = document.querySelector('mark.baca-hl[data-note]')!.getBoundingClientRect();
        return m.top >= 0 && m.bottom <= window.innerHeight;
      })).toBe(true);
      await library.locator('.hl-toggle').click();
      expect(await library.locator('.hl-item-note').allInnerTexts()).toEqual(['Ask the harbour master about this']);
      expect(await seriousAxe(library)).toEqual([]);
    } finally {
      await baca.close({ keepProfile: true });
    }
  });

  it('a Pocket zip with annotations imports them; the highlight is marked once the article is fetched', async () => {
    const baca = await launchBaca({ server });
    try {
      const n = 31;
      const url = `${server.url}/lib/story-${n}`;
      const quote = sentence(n, 7);
      const zip = new JSZip();
      zip.file('part_000000.csv', `title,url,time_added,tags,status\nStory,${url},1732060800,harbour,unread\n`);
      zip.file('annotations/part_000000.json', JSON.stringify([{ url, title: 'Story', highlights: [{ quote, created_at: 1732060900 }] }]));
      const file = join(profile, 'pocket-annotated.zip');
      writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
      const library = await openLibrary(baca);
      await library.setInputFiles('input[type=file]', file);
      await library.locator('.note', { hasText: '1 highlights imported' }).waitFor();
      const row = library.locator('.entry', { hasText: storyTitle(n) });
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
      expect(await row.locator('.hl-count').innerText()).toBe('1 highlight');
      await row.locator('.entry-title a').click();
      await library.waitForURL(/reader\.html\?saved=/);
      await library.waitForSelector('mark.baca-hl');
      expect(await marked(library)).toEqual([quote]);
    } finally {
      await baca.close();
    }
  });
});
