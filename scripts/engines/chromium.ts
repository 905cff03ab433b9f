// Baca in headless Chromium, driven by playwright-core over CDP (scripts/browser.ts launches it; this adapts it to
// the engine interface shared with Firefox).
import type { Page } from 'playwright-core';
import { actionState, launchBaca, type Baca } from '../browser';
import { BaseTab } from './tab-base';
import { DEFAULT_VIEWPORT, targetArg, type Download, type Engine, type EngineLaunchOptions, type Pick, type SeenDialog } from './types';

class ChromiumTab extends BaseTab {
  constructor(readonly page: Page, private touch = false) {
    super();
  }
  protected rawEval(expression: string): Promise<string> {
    return this.page.evaluate(expression) as Promise<string>;
  }
  protected clickAt(x: number, y: number): Promise<void> {
    return this.touch ? this.page.touchscreen.tap(x, y) : this.page.mouse.click(x, y);
  }
  async url() {
    return this.page.url();
  }
  async goto(url: string) {
    await this.page.goto(url);
  }
  async press(key: string) {
    await this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }
  async back() {
    await this.page.goBack();
  }
  async forward() {
    await this.page.goForward();
  }
  async reload() {
    await this.page.reload();
  }
  async setFiles(pick: Pick, paths: string[]) {
    await this.page.setInputFiles(targetArg(pick).selector, paths);
  }
  async front() {
    await this.page.bringToFront();
  }
  async close() {
    await this.page.close().catch(() => undefined);
  }
}

/** The playwright Page behind a Chromium tab (for Chromium-only checks). */
export function chromiumPage(tab: unknown): Page {
  return (tab as ChromiumTab).page;
}

export async function launchChromium(opts: EngineLaunchOptions = {}): Promise<Engine & { baca: Baca }> {
  const viewport = opts.viewport ?? DEFAULT_VIEWPORT;
  const baca = await launchBaca({
    ...(opts.userDataDir ? { userDataDir: opts.userDataDir } : {}), ...(opts.server ? { server: opts.server } : {}),
    viewport: { width: viewport.width, height: viewport.height }, headless: opts.headless ?? true,
    ...(viewport.deviceScaleFactor ? { deviceScaleFactor: viewport.deviceScaleFactor } : {}),
    ...(viewport.touch ? { touch: true } : {}),
  });
  const touch = !!viewport.touch;
  const origin = `chrome-extension://${baca.extensionId}`;
  const dialogs: SeenDialog[] = [];
  const watchDialogs = (page: Page) =>
    page.on('dialog', (d) => {
      dialogs.push({ url: page.url(), type: d.type(), message: d.message() });
      void d.dismiss().catch(() => undefined);
    });
  baca.context.pages().forEach(watchDialogs);
  baca.context.on('page', watchDialogs);
  /** The reader shortcut (the toolbar action's command) is bound to Alt(+Shift)+R. */
  const shortcutBound = async () => {
    const sw = await baca.worker();
    const commands = (await sw.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll: () => Promise<{ name: string; shortcut: string }[]> } } }).chrome.commands.getAll(),
    )) as { name: string; shortcut: string }[];
    const shortcut = commands.find((c) => c.name === '_execute_action')?.shortcut ?? '';
    if (!/^Alt\+(Shift\+)?R$/.test(shortcut)) throw new Error(`the reader shortcut is not bound (got "${shortcut}")`);
  };
  const engine: Engine & { baca: Baca } = {
    name: 'chromium', baca, dialogs, server: baca.server, userDataDir: baca.userDataDir, extensionOrigin: origin,
    readerUrlPrefix: baca.readerUrlPrefix,
    open: async (path) => {
      if (!/^[a-z][a-z-]*:/i.test(path)) return new ChromiumTab(await baca.open(path), touch);
      const page = await baca.context.newPage();
      await page.goto(path);
      return new ChromiumTab(page, touch);
    },
    openExtensionPage: async (path) => {
      const page = await baca.context.newPage();
      await page.goto(`${origin}/${path.replace(/^\//, '')}`);
      return new ChromiumTab(page, touch);
    },
    clickAction: async (tab) => { await baca.click(chromiumPage(tab)); },
    // Headless Chromium has no browser-window keyboard: a key event sent over CDP reaches the page, never the
    // browser's shortcut handler. The bound command (_execute_action) is the toolbar action itself, so the shortcut
    // is checked as "bound to Alt(+Shift)+R" (commands.getAll) and then run as that action.
    pressShortcut: async (tab) => {
      await shortcutBound();
      await baca.click(chromiumPage(tab));
    },
    openReader: async (tab, how = 'click') => {
      // The shortcut runs the same action as the click, so it opens the reader with the same retry when the simulated
      // action loses the race with its activeTab grant.
      if (how === 'shortcut') await shortcutBound();
      await baca.openReader(chromiumPage(tab));
    },
    actionState: (tab) => actionState(baca, chromiumPage(tab)),
    extensionEval: async (fn, arg) => {
      const sw = await baca.worker();
      return sw.evaluate(fn as (a: unknown) => never, arg as never);
    },
    download: async (action, timeoutMs = 15_000) => {
      const event = baca.context.waitForEvent('download', { timeout: timeoutMs });
      await action();
      const d = await event;
      const path = await d.path();
      return { name: d.suggestedFilename(), path } satisfies Download;
    },
    hasVoices: async () => {
      const page = await baca.context.newPage();
      await page.goto(`${origin}/options.html`);
      try {
        return await page.evaluate(() => new Promise<boolean>((ok) => {
          if (speechSynthesis.getVoices().length) return ok(true);
          speechSynthesis.addEventListener('voiceschanged', () => ok(speechSynthesis.getVoices().length > 0));
          setTimeout(() => ok(speechSynthesis.getVoices().length > 0), 1500);
        }));
      } finally {
        await page.close();
      }
    },
    close: (o) => baca.close(o),
  };
  return engine;
}
