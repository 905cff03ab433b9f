// Phones (Firefox for Android's size class), in each engine (BACA_ENGINE=chromium|firefox): the reader, the library
// and the options page at a 360 px wide viewport, tapped with a touch pointer, in the light and the dark theme. Every
// visible control must offer a 44 x 44 CSS px hit area, nothing may scroll sideways, and the panels (text settings,
// removed blocks, read aloud, library filters, bulk bar, data) must open, work and close by tapping. The README's
// phone screenshots come from the Chromium run.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineFromEnv, launchEngine, type Engine, type Tab } from './engine';
import { chromiumPage } from '../../../scripts/engines/chromium';
import { startServer, type FixtureServer } from '../../../scripts/server';
import { addStoryRoutes, storyTitle } from '../library-pages';
import { insideViewport, PHONE, tappable, touchTargets, widths } from './phone-checks';

const ENGINE = engineFromEnv();
const SHOTS = resolve(import.meta.dirname, '../../../docs/screenshots');
const THEMES = ['light', 'dark'] as const;

/**
 * The page at phone size: nothing sideways, no control under 44 x 44 (the list names the offenders), and at least
 * `minControls` controls measured (so an empty page cannot pass).
 */
async function expectPhoneSized(tab: Tab, where: string, minControls = 4): Promise<void> {
  const w = await widths(tab);
  expect(w.viewport, where).toBe(PHONE.width);
  expect(w.scroll, `${where}: document.documentElement.scrollWidth`).toBeLessThanOrEqual(PHONE.width);
  const { all, small } = await touchTargets(tab);
  expect(small, `${where}: controls under 44 x 44`).toEqual([]);
  expect(all.length, `${where}: controls measured`).toBeGreaterThanOrEqual(minControls);
}

/** Choose a theme the way a person does: the Aa sheet, then the theme's label, then Aa again. */
async function chooseTheme(tab: Tab, theme: string): Promise<void> {
  await tab.click('.settings-toggle');
  await tab.click(`.theme-choice.theme-${theme}`);
  await tab.waitFor((t) => document.documentElement.dataset.theme === t, theme);
  await tab.click('.settings-toggle');
  await tab.waitFor(() => !document.querySelector('.settings-panel'));
}

/** The reader's theme, written where every page reads it (storage.sync), from an extension page. */
function setTheme(tab: Tab, theme: string): Promise<void> {
  return tab.evaluate(async (t) => {
    type Sync = { get(k: string): Promise<Record<string, object | undefined>>; set(o: object): Promise<void> };
    const g = globalThis as unknown as { browser?: { storage: { sync: Sync } }; chrome: { storage: { sync: Sync } } };
    const sync = (g.browser ?? g.chrome).storage.sync;
    const got = await sync.get('readerSettings');
    await sync.set({ readerSettings: { ...(got.readerSettings ?? {}), theme: t } });
  }, theme);
}

/** A README screenshot (Chromium run only), after a tap on `neutral` so no control shows a pressed state. */
async function screenshot(tab: Tab, name: string, neutral: string): Promise<void> {
  if (ENGINE !== 'chromium') return;
  await tab.click(neutral);
  await tab.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await chromiumPage(tab).screenshot({ path: resolve(SHOTS, name) });
}

const titles = (tab: Tab) => tab.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.entry-title'), (h) => h.innerText));

describe(`phone-sized pages, 360 x 740, touch (${ENGINE})`, () => {
  let e: Engine;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
    addStoryRoutes(server);
    e = await launchEngine(ENGINE, { server, viewport: PHONE });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await e?.close();
    await server?.close();
  });

  it('reader: touch-sized, nothing sideways, and every panel opens, works and closes by tapping, light and dark', async () => {
    const tab = await e.open('id-banjir-jakarta/');
    await e.openReader(tab, 'click');
    await tab.waitFor(() => !!document.querySelector('.removed-toggle'));
    for (const theme of THEMES) {
      await chooseTheme(tab, theme);
      await expectPhoneSized(tab, `reader (${theme})`, 5);
      // The closed highlights and removed-blocks panels share the bottom edge without covering each other.
      expect(await tappable(tab, '.hl-toggle'), 'highlights toggle uncovered').toBe(true);
      expect(await tappable(tab, '.removed-toggle'), 'removed toggle uncovered').toBe(true);

      // Text settings: a sheet on screen that leaves the Aa button uncovered, so the same tap closes it.
      await tab.click('.settings-toggle');
      await tab.waitFor(() => !!document.querySelector('.settings-panel'));
      expect(await insideViewport(tab, '.settings-panel'), 'settings sheet on screen').toBe(true);
      await expectPhoneSized(tab, `reader settings (${theme})`, 16);
      const size = await tab.text('.stepper output');
      await tab.click('.stepper button[aria-label="Larger text"]');
      await tab.waitFor((s) => document.querySelector<HTMLElement>('.stepper output')?.innerText !== s, size);
      await tab.click('.stepper button[aria-label="Smaller text"]');
      await tab.waitFor((s) => document.querySelector<HTMLElement>('.stepper output')?.innerText === s, size);
      expect(await tappable(tab, '.settings-toggle'), 'Aa stays uncovered').toBe(true);
      await tab.click('.settings-toggle');
      await tab.waitFor(() => !document.querySelector('.settings-panel'));

      // What Baca removed: the sheet opens, a block goes back into the article and out again, the sheet closes.
      await tab.click('.removed-toggle');
      await tab.waitFor(() => !!document.querySelector('.removed-body:not([hidden])'));
      expect(await insideViewport(tab, '.removed-panel'), 'removed sheet on screen').toBe(true);
      await expectPhoneSized(tab, `removed blocks (${theme})`, 10);
      await tab.click('.removed-restore');
      await tab.waitFor(() => !!document.querySelector('.article-body .restored-block'));
      await tab.click('.removed-restore');
      await tab.waitFor(() => !document.querySelector('.article-body .restored-block'));
      expect(await tappable(tab, '.removed-toggle'), 'the sheet closes from its own header').toBe(true);
      await tab.click('.removed-toggle');
      await tab.waitFor(() => !!document.querySelector('.removed-body[hidden]'));
    }
    await chooseTheme(tab, 'light');
    await screenshot(tab, 'phone-reader.png', '.site-name');
    await tab.close();
  });

  it('reader: read aloud, started by a tap, shows touch-sized stop and speed controls that fit the screen', async () => {
    const tab = await e.open('en-city-council/');
    await e.openReader(tab, 'click');
    await tab.waitFor(() => !!document.querySelector('.read-aloud-play'));
    // Without a speech engine (headless browsers here have no voices), speak() only reports the start; the reader
    // does the rest. With voices the real engine speaks.
    await tab.evaluate(() => {
      if (speechSynthesis.getVoices().length > 0) return;
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => u.onstart?.(new Event('start') as SpeechSynthesisEvent);
    });
    await tab.click('.read-aloud-play');
    await tab.waitFor(() => !!document.querySelector('.read-aloud-stop') && !!document.querySelector('.read-aloud-rate'));
    await expectPhoneSized(tab, 'read aloud playing', 6);
    expect(await tappable(tab, '.read-aloud-stop')).toBe(true);
    await tab.click('.read-aloud-stop');
    await tab.waitFor(() => !document.querySelector('.read-aloud-stop'));
    await tab.close();
  });

  it('library: filters, rows, the bulk bar and the data panel are touch-sized and work by tapping, light and dark', async () => {
    for (const n of [1, 2, 3]) {
      const story = await e.open(`/lib/story-${n}`);
      await e.openReader(story, 'click');
      await story.click('.save-toggle');
      await story.waitFor(() => !!document.querySelector('.saved-mark'));
      await story.close();
    }
    const tab = await e.openExtensionPage('library.html');
    await tab.waitFor(() => document.querySelectorAll('.entry-title').length === 3, undefined, 15_000);
    for (const theme of THEMES) {
      await setTheme(tab, theme);
      await tab.reload();
      await tab.waitFor((t) => document.documentElement.dataset.theme === t && !!document.querySelector('.entry'), theme);
      await expectPhoneSized(tab, `library (${theme})`, 20);

      // A row's checkbox (its finger-sized label), then the bulk bar: every control touch-sized.
      await tab.click('.entry .select-hit');
      await tab.waitFor(() => !!document.querySelector('.bulk-bar'));
      await expectPhoneSized(tab, `library bulk bar (${theme})`, 28);
      await tab.click({ selector: '.bulk-bar button', text: 'Clear selection' });
      await tab.waitFor(() => !document.querySelector('.bulk-bar'));
    }
    // Archive from the bulk bar; the Archived view shows the entry, All shows the three.
    const [first] = await titles(tab);
    await tab.click('.entry .select-hit');
    await tab.click({ selector: '.bulk-bar button', text: 'Archive' });
    await tab.waitFor((t) => !Array.from(document.querySelectorAll<HTMLElement>('.entry-title'), (h) => h.innerText).includes(t), first!);
    await tab.click({ selector: '.views button', text: 'Archived' });
    await tab.waitFor(() => document.querySelectorAll('.entry-title').length === 1);
    expect(await titles(tab)).toEqual([first]);
    await tab.click({ selector: '.views button', text: 'All' });
    await tab.waitFor(() => document.querySelectorAll('.entry-title').length === 3);
    expect((await titles(tab)).sort()).toEqual([1, 2, 3].map(storyTitle).sort());

    // The data panel: Import opens the file picker (caught here, so no dialog stays open); a backup made by tapping
    // "Back up everything" imports back with nothing new.
    await tab.evaluate(() => {
      document.querySelector('.data-row input[type=file]')?.addEventListener('click', (ev) => {
        ev.preventDefault();
        document.documentElement.dataset.picker = 'asked';
      }, { once: true });
    });
    await tab.click({ selector: '.data-row button', text: 'Import' });
    await tab.waitFor(() => document.documentElement.dataset.picker === 'asked');
    const backup = await e.download(() => tab.click({ selector: '.data-row button', text: 'Back up everything' }));
    expect(backup.name).toMatch(/^baca-backup-.*\.json$/);
    await tab.setFiles('.data-row input[type=file]', [backup.path]);
    const note = await tab.waitFor(() => document.querySelector<HTMLElement>('.data-panel .note:not(.error)')?.innerText.match(/Imported: .*/)?.[0]);
    expect(note).toMatch(/^Imported: 0 new, 3 updated/);
    await expectPhoneSized(tab, 'library after the flows (dark)', 20);

    await setTheme(tab, 'light');
    await tab.reload();
    await tab.waitFor(() => document.documentElement.dataset.theme === 'light' && !!document.querySelector('.entry'));
    await screenshot(tab, 'phone-library.png', '.lib-header h1');
    await tab.close();
  });

  it('options: every section touch-sized and inside the screen, light and dark; a theme chosen by tap is kept', async () => {
    const tab = await e.openExtensionPage('options.html');
    await tab.waitFor(() => !!document.querySelector('.options-section'));
    for (const theme of THEMES) {
      await tab.click(`.options .theme-choice.theme-${theme}`);
      await tab.waitFor((t) => document.documentElement.dataset.theme === t, theme);
      await expectPhoneSized(tab, `options (${theme})`, 25);
    }
    await tab.reload();
    await tab.waitFor(() => document.documentElement.dataset.theme === 'dark');
    // Both desktop engines have keyboard shortcuts, so the table is there (Firefox for Android leaves it out: unit-tested).
    expect(await tab.count('.shortcuts tbody tr')).toBeGreaterThan(0);
    await tab.click('.options .theme-choice.theme-light');
    await tab.waitFor(() => document.documentElement.dataset.theme === 'light');
    await tab.close();
  });
  it('reader: a highlight made on a phone, its editor and the highlights sheet are touch-sized and fit the screen', async () => {
    const tab = await e.open('en-transit-fares/');
    await e.openReader(tab, 'click');
    await tab.waitFor(() => !!document.querySelector('.hl-toggle'));
    // Select the first words of the first paragraph, as a long press does; the Highlight button comes up. The page
    // is told by a selectionchange event sent by hand as well as the engine's own (a second one is harmless). The
    // highlights layer is loaded after first paint and waits 120 ms for the selection to settle, so the selection is
    // made again, at most every 800 ms, until the button is up: re-selecting on every poll would restart that wait
    // for ever.
    await tab.waitFor(() => {
      if (document.querySelector('.hl-add')) return true;
      const w = window as unknown as { bacaSelectedAt?: number };
      if (w.bacaSelectedAt && Date.now() - w.bacaSelectedAt < 800) return false;
      w.bacaSelectedAt = Date.now();
      const text = document.querySelector('.article-body p')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(24, text.textContent!.length));
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
      return false;
    });
    await expectPhoneSized(tab, 'highlight button', 5);
    await tab.click('.hl-add');
    await tab.waitFor(() => !!document.querySelector('.article-body mark.baca-hl'));
    await tab.evaluate(() => getSelection()?.removeAllRanges());
    // Tapping the highlight opens its editor: colours, note, remove, close.
    await tab.click('.article-body mark.baca-hl');
    await tab.waitFor(() => !!document.querySelector('.hl-editor'));
    await expectPhoneSized(tab, 'highlight editor', 8);
    await tab.click('.hl-swatch.hl-green');
    await tab.waitFor(() => document.querySelector<HTMLElement>('.article-body mark.baca-hl')?.dataset.color === 'green');
    await tab.click('.hl-close');
    await tab.waitFor(() => !document.querySelector('.hl-editor'));
    // The highlights sheet lists it and closes from its header.
    await tab.click('.hl-toggle');
    await tab.waitFor(() => !!document.querySelector('.hl-body:not([hidden]) .hl-item'));
    expect(await insideViewport(tab, '.hl-panel'), 'highlights sheet on screen').toBe(true);
    await expectPhoneSized(tab, 'highlights sheet', 8);
    expect(await tappable(tab, '.hl-toggle')).toBe(true);
    await tab.click('.hl-toggle');
    await tab.waitFor(() => !!document.querySelector('.hl-body[hidden]'));
    await tab.close();
  });
});
