// Baca in headless Firefox (Debian firefox-esr), driven by puppeteer-core over WebDriver BiDi. The Firefox build
// (.output/firefox-mv3) is installed as a temporary add-on. Tabs are driven with raw BiDi commands on their browsing
// context, which (unlike puppeteer's Page) keep working when the tab moves to a moz-extension:// page. The toolbar
// button and the keyboard shortcut live in the browser window: they are driven in its chrome context (through
// Marionette, which opens the session: see marionette.ts) with Firefox's own EventUtils (real input events).
import type { Browser } from 'puppeteer-core';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFirefox } from '../find-firefox.mjs';
import { startServer } from '../server';
import { startFirefox } from './marionette';
import { BaseTab } from './tab-base';
import {
  DEFAULT_VIEWPORT, sleep, targetArg, type ActionState, type Download, type Engine, type EngineLaunchOptions, type Pick,
  type SeenDialog, type Viewport,
} from './types';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.BACA_OUT_DIR ?? '.output', 'firefox-mv3');
export const ADDON_ID = 'baca@baca.reader';
/**
 * The add-on's internal UUID, pinned (extensions.webextensions.uuids) so its moz-extension:// origin — and with it
 * its IndexedDB and storage — is the same on every launch of one profile. A temporary add-on otherwise gets a new
 * UUID each time it is installed, and its data would be out of reach after a restart.
 */
export const ADDON_UUID = '6b2c0d1e-8a4f-4c3b-9e57-0000000baca1';
/** The id Firefox gives the add-on's toolbar widget: the add-on id lower-cased, other characters as '_'. */
const WIDGET = `${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

type Bidi = {
  send: (method: string, params: object) => Promise<{ result: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  on: (event: string, handler: (params: any) => void) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
};

/** WebDriver key values for the named keys the flows press. */
const KEYS: Record<string, string> = {
  Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004', Backspace: '\uE003', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Space: ' ', Home: '\uE011', End: '\uE010', PageDown: '\uE00F', PageUp: '\uE00E',
};

class FirefoxTab extends BaseTab {
  constructor(private bidi: Bidi, readonly context: string, private viewport: Viewport) {
    super();
  }

  protected async rawEval(expression: string): Promise<string> {
    const r = await this.bidi.send('script.evaluate', {
      expression, target: { context: this.context }, awaitPromise: true, resultOwnership: 'none', userActivation: true,
    });
    if (r.result.type === 'exception') throw new Error(`in page: ${r.result.exceptionDetails?.text ?? 'exception'}`);
    const v = r.result.result;
    return v?.type === 'string' ? v.value : 'null';
  }

  protected async clickAt(x: number, y: number): Promise<void> {
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'pointer', id: this.viewport.touch ? 'finger' : 'mouse',
        parameters: { pointerType: this.viewport.touch ? 'touch' : 'mouse' }, actions: [
        { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
        { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 },
      ] }],
    });
  }

  async url(): Promise<string> {
    const { result } = await this.bidi.send('browsingContext.getTree', { root: this.context, maxDepth: 0 });
    return result.contexts[0]?.url ?? '';
  }

  async goto(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async press(key: string): Promise<void> {
    const value = KEYS[key] ?? key;
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
  }

  async back(): Promise<void> {
    await this.bidi.send('browsingContext.traverseHistory', { context: this.context, delta: -1 });
  }

  async forward(): Promise<void> {
    await this.bidi.send('browsingContext.traverseHistory', { context: this.context, delta: 1 });
  }

  async reload(): Promise<void> {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async setFiles(pick: Pick, paths: string[]): Promise<void> {
    const { selector } = targetArg(pick);
    const r = await this.bidi.send('script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(selector)})`, target: { context: this.context }, awaitPromise: false,
    });
    const sharedId = r.result.result?.sharedId;
    if (!sharedId) throw new Error(`no file input ${selector}`);
    await this.bidi.send('input.setFiles', { context: this.context, element: { sharedId }, files: paths });
  }

  async front(): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.context });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch(() => undefined);
  }

  async applyViewport(): Promise<void> {
    const { width, height, deviceScaleFactor } = this.viewport;
    await this.bidi.send('browsingContext.setViewport', {
      context: this.context, viewport: { width, height }, ...(deviceScaleFactor ? { devicePixelRatio: deviceScaleFactor } : {}),
    });
  }
}

/** Prefs for a test profile: the pinned UUID, data kept when the temporary add-on goes at shutdown, downloads to a folder. */
function prefs(downloadDir: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
  };
}

export async function launchFirefox(opts: EngineLaunchOptions = {}): Promise<Engine> {
  const executablePath = findFirefox({ install: false });
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'baca-ff-profile-'));
  mkdirSync(userDataDir, { recursive: true });
  const downloadDir = join(userDataDir, 'downloads');
  mkdirSync(downloadDir, { recursive: true });
  const server = opts.server ?? (await startServer());
  const viewport = opts.viewport ?? DEFAULT_VIEWPORT;
  const ff = await startFirefox({
    executablePath, profile: userDataDir, headless: opts.headless ?? true,
    args: [`--width=${viewport.width + 40}`, `--height=${viewport.height + 200}`],
    prefs: { ...prefs(downloadDir), ...opts.firefoxPrefs },
  });
  const browser: Browser = ff.browser;
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (err) {
    await ff.close();
    throw err;
  }
  const extensionOrigin = `moz-extension://${ADDON_UUID}`;
  const tabs = new Set<FirefoxTab>();
  // Dialogs stay open under puppeteer's "ignore" prompt handler: note each one with its tab's URL, then dismiss it.
  const dialogs: SeenDialog[] = [];
  bidi.on('browsingContext.userPromptOpened', (p: { context: string; type: string; message: string }) => {
    void (async () => {
      const { result } = await bidi.send('browsingContext.getTree', { root: p.context, maxDepth: 0 }).catch(() => ({ result: { contexts: [] } }));
      dialogs.push({ url: result.contexts[0]?.url ?? '', type: p.type, message: p.message });
      await bidi.send('browsingContext.handleUserPrompt', { context: p.context, accept: false }).catch(() => undefined);
    })();
  });

  /** Run an async function body in the browser window (Marionette's chrome context); EU is Firefox's EventUtils. */
  const inChrome = <R>(body: string): Promise<R> => ff.inChrome<R>(`
    if (!window.__bacaEU) { const EU = {}; Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', EU); window.__bacaEU = EU; }
    const EU = window.__bacaEU;
    ${body}`);

  const newTab = async (url: string, background = false): Promise<FirefoxTab> => {
    const { result } = await bidi.send('browsingContext.create', { type: 'tab', background });
    const tab = new FirefoxTab(bidi, result.context, viewport);
    tabs.add(tab);
    await tab.applyViewport();
    await tab.goto(url);
    return tab;
  };

  // Baca's toolbar button, pinned to the navigation bar as a person pins it (CustomizableUI), where the bar has room
  // for it; else (a phone-sized window overflows the bar) its item in the extensions menu (the puzzle-piece button),
  // opening the menu for it. "item" is the button to click; "fromMenu" says whether the menu was opened for it.
  const OPEN_ITEM = `
    const onBar = () => {
      const el = document.querySelector('#nav-bar-customization-target #${WIDGET} .unified-extensions-item-action-button');
      const box = el?.getBoundingClientRect();
      return el && box.width > 0 && box.right <= window.innerWidth ? el : null;
    };
    // Pinned only where the bar has room: a pinned button that overflows goes to the overflow menu, not the extensions menu.
    if (window.innerWidth >= 700 && !document.querySelector('#nav-bar #${WIDGET}') && CustomizableUI.getWidget('${WIDGET}')?.provider) {
      CustomizableUI.addWidgetToArea('${WIDGET}', CustomizableUI.AREA_NAVBAR);
    }
    let item = onBar();
    const fromMenu = !item;
    if (!item) {
      const button = document.querySelector('#unified-extensions-button');
      const panel = document.querySelector('#unified-extensions-panel');
      // A menu still opening or closing from the previous call would swallow the click: let it settle first.
      for (let i = 0; i < 50 && panel && (panel.state === 'hiding' || panel.state === 'showing'); i++) await new Promise((r) => setTimeout(r, 50));
      if (!panel || panel.state !== 'open') {
        EU.synthesizeMouseAtCenter(button, {}, window);
        for (let i = 0; i < 50 && document.querySelector('#unified-extensions-panel')?.state !== 'open'; i++) await new Promise((r) => setTimeout(r, 50));
      }
      item = document.querySelector('#${WIDGET} .unified-extensions-item-action-button');
    }
    if (!item) throw new Error('Baca is neither on the toolbar nor in the extensions menu');`;

  let helper: FirefoxTab | null = null;
  const engine: Engine = {
    name: 'firefox', dialogs, server, userDataDir, extensionOrigin, readerUrlPrefix: `${extensionOrigin}/reader.html`,
    open: async (path, { background = false } = {}) => {
      const tab = await newTab(/^[a-z][a-z-]*:/i.test(path) ? path : `${server.url}/${path.replace(/^\//, '')}`, background);
      if (!background) await tab.front();
      return tab;
    },
    openExtensionPage: async (path) => {
      const tab = await newTab(`${extensionOrigin}/${path.replace(/^\//, '')}`);
      await tab.front();
      return tab;
    },
    clickAction: async (tab) => {
      await (tab as FirefoxTab).front();
      await inChrome(`${OPEN_ITEM} EU.synthesizeMouseAtCenter(item, {}, window);`);
    },
    pressShortcut: async (tab) => {
      await (tab as FirefoxTab).front();
      await inChrome(`gBrowser.selectedBrowser.focus(); EU.synthesizeKey('R', { altKey: true, shiftKey: true }, window);`);
    },
    openReader: async (tab, how = 'click') => {
      if (how === 'click') await engine.clickAction(tab);
      else await engine.pressShortcut(tab);
      await tab.waitForUrl((u) => u.startsWith(engine.readerUrlPrefix), 15_000);
      await tab.waitFor(() => !!document.querySelector('.article-body, .notice'), undefined, 15_000);
    },
    actionState: async (tab) => {
      await (tab as FirefoxTab).front();
      // What the person sees on Baca's button: its label (the title) and its badge.
      return inChrome<ActionState>(`${OPEN_ITEM}
        const state = { title: item.getAttribute('tooltiptext') ?? item.getAttribute('label') ?? '', badge: item.getAttribute('badge') ?? '' };
        if (fromMenu) {
          const menu = document.querySelector('#unified-extensions-panel');
          menu.hidePopup();
          for (let i = 0; i < 50 && menu.state !== 'closed'; i++) await new Promise((r) => setTimeout(r, 50));
        }
        return state;`);
    },
    extensionEval: async (fn, arg) => {
      if (!helper) helper = await newTab(`${extensionOrigin}/options.html`, true);
      return helper.evaluate(fn, arg);
    },
    download: async (action, timeoutMs = 15_000) => {
      const before = new Set(readdirSync(downloadDir));
      await action();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const fresh = readdirSync(downloadDir).filter((f) => !before.has(f) && !f.endsWith('.part'));
        const done = fresh.find((f) => statSync(join(downloadDir, f)).size > 0);
        if (done && !readdirSync(downloadDir).some((f) => f.endsWith('.part'))) return { name: done, path: join(downloadDir, done) } satisfies Download;
        if (Date.now() > deadline) throw new Error(`no download within ${timeoutMs} ms`);
        await sleep(100);
      }
    },
    hasVoices: async () => {
      const tab = helper ?? (helper = await newTab(`${extensionOrigin}/options.html`, true));
      return tab.evaluate(() => new Promise<boolean>((ok) => {
        if (!('speechSynthesis' in window)) return ok(false);
        if (speechSynthesis.getVoices().length) return ok(true);
        speechSynthesis.addEventListener('voiceschanged', () => ok(speechSynthesis.getVoices().length > 0));
        setTimeout(() => ok(speechSynthesis.getVoices().length > 0), 1500);
      }));
    },
    close: async ({ keepProfile = false } = {}) => {
      await ff.close().catch(() => undefined);
      if (!opts.server) await server.close();
      if (!keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return engine;
}
