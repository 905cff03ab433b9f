// Highlights, written once and run in each engine (BACA_ENGINE=chromium|firefox): select a sentence in the reader,
// press H, the <mark> appears and the article is saved; after a restart with the same profile the library opens it
// with the same text marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineFromEnv, launchEngine, type Engine, type Tab } from './engine';
import { startServer, type FixtureServer } from '../server';
import { addStoryRoutes, sentence, storyTitle } from '../library-pages';

const ENGINE = engineFromEnv();

const markedText = (tab: Tab) => tab.evaluate(() => Array.from(document.querySelectorAll('mark.baca-hl')).map((m) => m.textContent).join(''));

describe(`highlights (${ENGINE})`, () => {
  let server: FixtureServer;
  let profile: string;
  let e: Engine | undefined;
  beforeAll(async () => {
    server = await startServer();
    addStoryRoutes(server);
    profile = mkdtempSync(join(tmpdir(), `baca-hl-${ENGINE}-`));
  });
  afterAll(async () => {
    await e?.close();
    await server.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  it('select a sentence, press H: marked and saved; after a restart the library opens it marked', async () => {
    const n = 41;
    const want = sentence(n, 5);
    e = await launchEngine(ENGINE, { userDataDir: profile, server });
    const tab = await e.open(`/lib/story-${n}`);
    await e.openReader(tab, 'click');
    await tab.waitFor(() => !!document.querySelector('.hl-panel'));
    const selected = await tab.evaluate((len) => {
      const p = document.querySelectorAll('.article-body p')[1]!;
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.setEnd(p.firstChild!, len);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    }, want.length);
    expect(selected).toBe(want);
    await tab.press('h');
    await tab.waitFor(() => document.querySelector('mark.baca-hl') && !!document.querySelector('.saved-mark'), undefined, 15_000);
    expect(await markedText(tab)).toBe(want);
    await e.close({ keepProfile: true });

    e = await launchEngine(ENGINE, { userDataDir: profile, server });
    const library = await e.openExtensionPage('library.html');
    await library.waitFor((title) => Array.from(document.querySelectorAll('.entry-title')).some((t) => (t as HTMLElement).innerText === title), storyTitle(n));
    expect(await library.text({ selector: '.entry', text: storyTitle(n) })).toContain('1 highlight');
    await library.click({ selector: '.entry-title a', text: storyTitle(n) });
    await library.waitFor(() => !!document.querySelector('mark.baca-hl'), undefined, 15_000);
    expect(await markedText(library)).toBe(want);
  });
});
