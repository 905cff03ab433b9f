// The real thing: the built extension in headless Debian Chromium, driven by playwright-core. Clicks on the
// toolbar button go through DevTools' Extensions.triggerAction on the tab target, as a person's click does.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChrome } from './find-chrome.mjs';
import { startServer, type FixtureServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', process.env.BACA_OUT_DIR ?? '.output', 'chrome-mv3');

export interface Baca {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  userDataDir: string;
  /** The extension's service worker (for reading toolbar state). */
  worker: () => Promise<Worker>;
  /** Open a fixture page (path under tests/fixtures/pages or the server's routes). */
  open: (path: string) => Promise<Page>;
  /** A real toolbar click; resolves to the epoch ms at which the click was sent (after the target lookup). */
  click: (page: Page) => Promise<number>;
  /** Click, then wait for the reader page in the same tab. */
  openReader: (page: Page) => Promise<Page>;
  readerUrlPrefix: string;
  close: (opts?: { keepProfile?: boolean }) => Promise<void>;
}

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-extension-debugging', '--hide-scrollbars',
];

export interface LaunchOptions {
  userDataDir?: string;
  server?: FixtureServer;
  viewport?: { width: number; height: number } | null;
  /** Device pixel ratio (phone-sized viewports). */
  deviceScaleFactor?: number;
  /** Default true; false opens a window (npm start on a desktop). */
  headless?: boolean;
  /** Install Debian's chromium when none is found (npm start); tests expect it installed already. */
  install?: boolean;
  /** The browser's UI language, e.g. "id" (the extension's messages follow it). */
  uiLanguage?: string;
  /** Another build of the extension (default EXTENSION_DIR), e.g. the other side of a benchmark A/B. */
  extensionDir?: string;
  /** More Chromium switches. */
  args?: string[];
  /** A phone: touch events (page.tap) and a mobile viewport that honours <meta name="viewport">. */
  touch?: boolean;
}

export async function launchBaca(opts: LaunchOptions = {}): Promise<Baca> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'baca-profile-'));
  const server = opts.server ?? (await startServer());
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome({ install: opts.install ?? false }),
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1100, height: 900 } : opts.viewport,
    ...(opts.uiLanguage ? { locale: opts.uiLanguage } : {}),
    ...(opts.touch ? { hasTouch: true, isMobile: true } : {}),
    ...(opts.deviceScaleFactor ? { deviceScaleFactor: opts.deviceScaleFactor } : {}),
    args: [...CHROME_ARGS, ...(opts.uiLanguage ? [`--lang=${opts.uiLanguage}`] : []), ...(opts.args ?? []),
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  let browserSession: CDPSession | null = null;
  const session = async () => (browserSession ??= await context.browser()!.newBrowserCDPSession());

  /** The page's own target id. */
  const pageTargetId = async (page: Page): Promise<string> => {
    const pageSession = await context.newCDPSession(page);
    try {
      const { targetInfo } = (await pageSession.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } };
      return targetInfo.targetId;
    } finally {
      await pageSession.detach().catch(() => undefined);
    }
  };

  /**
   * The tab target that holds `page` (triggerAction wants the tab, not the page). Chromium lists tab targets in the
   * same order as the page targets they hold; while a closing tab makes the two lists differ, wait a moment.
   */
  const tabTarget = async (page: Page): Promise<string> => {
    const pageId = await pageTargetId(page);
    for (let attempt = 0; attempt < 40; attempt++) {
      const { targetInfos } = (await (await session()).send('Target.getTargets', { filter: [{}] } as never)) as unknown as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      // The offscreen document is no tab a person sees (a background_page with a tab target of its own).
      const offscreen = `chrome-extension://${extensionId}/offscreen.html`;
      const pages = targetInfos.filter((t) => t.type === 'page');
      const tabs = targetInfos.filter((t) => t.type === 'tab' && !t.url.startsWith(offscreen));
      const index = pages.findIndex((t) => t.targetId === pageId);
      if (index >= 0 && pages.length === tabs.length && tabs[index]!.url === pages[index]!.url) return tabs[index]!.targetId;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no tab target for ${page.url()}`);
  };

  const click = async (page: Page) => {
    let lastError: unknown;
    // The activeTab grant can race with the click: retry up to three times.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const targetId = await tabTarget(page);
        const cdp = await session();
        const sentAt = Date.now();
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId } as never);
        return sentAt;
      } catch (err) {
        lastError = err;
        if (process.env.BACA_DEBUG) console.log('triggerAction failed:', String(err));
        await page.waitForTimeout(150);
      }
    }
    throw lastError;
  };

  const readerUrlPrefix = `chrome-extension://${extensionId}/reader.html`;
  return {
    context, extensionId, server, userDataDir, worker, click, readerUrlPrefix,
    open: async (path) => {
      const page = await context.newPage();
      await page.goto(path.startsWith('http') ? path : `${server.url}/${path.replace(/^\//, '')}`);
      return page;
    },
    openReader: async (page) => {
      // A simulated click can lose the race with its activeTab grant (the extension then cannot read the page):
      // click again, up to three times, as a person would.
      for (let attempt = 1; ; attempt++) {
        await click(page);
        try {
          await page.waitForURL((u) => u.href.startsWith(readerUrlPrefix), { timeout: attempt < 3 ? 3_000 : 10_000 });
          break;
        } catch (err) {
          if (attempt >= 3) throw err;
        }
      }
      await page.waitForSelector('.article-body, .notice', { timeout: 10_000 });
      return page;
    },
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!opts.server) await server.close();
      if (!keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The toolbar title and badge the extension set for the active tab (bring the page to front first). */
export async function actionState(baca: Baca, page: Page): Promise<{ title: string; badge: string }> {
  await page.bringToFront();
  const sw = await baca.worker();
  return sw.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return { title: '', badge: '' };
    return { title: await c.action.getTitle({ tabId: tab.id }), badge: await c.action.getBadgeText({ tabId: tab.id }) };
  });
}
