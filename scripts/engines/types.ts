// One way to drive Baca in a real browser, whatever the engine: the e2e flows (tests/e2e/flows), `npm start` and the
// benchmarks use this interface; scripts/engines/chromium.ts (playwright-core over CDP) and
// scripts/engines/firefox.ts (puppeteer-core over WebDriver BiDi) implement it.
import type { FixtureServer } from '../server';

export type EngineName = 'chromium' | 'firefox';

export interface Viewport {
  width: number;
  height: number;
  /** Device pixel ratio (a phone is 2–3). */
  deviceScaleFactor?: number;
  /** A phone: Tab.click taps with a touch pointer (Chromium also emulates a mobile device: touch events, pointer: coarse). */
  touch?: boolean;
}

export interface EngineLaunchOptions {
  /** A profile to keep (restart flows); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** Share one fixture server between launches; otherwise the engine starts (and stops) its own. */
  server?: FixtureServer;
  /** The page area of every tab; default 1100 × 900. */
  viewport?: Viewport;
  /** Default true. */
  headless?: boolean;
  /** Firefox only: more preferences for the profile (e.g. the benchmark's background idle timeout). */
  firefoxPrefs?: Record<string, unknown>;
}

/** Something a test picks in the page: a CSS selector, optionally the first match whose text matches. */
export interface Target {
  selector: string;
  text?: string | RegExp;
}
export type Pick = string | Target;

/** One browser tab. Every call works on whatever the tab shows now: a web page or one of Baca's extension pages. */
export interface Tab {
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  /** Evaluate a JS expression (it may be a promise) in the tab's document; its JSON-serialisable value. */
  evaluateExpression<R>(expression: string): Promise<R>;
  /** Run `fn(arg)` in the tab's document (main world) and return its JSON-serialisable result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Poll `fn(arg)` in the tab until it returns a truthy value (surviving navigations); returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  waitForUrl(test: (url: string) => boolean, timeoutMs?: number): Promise<string>;
  /** The first match's innerText ('' when there is none). */
  text(pick: Pick): Promise<string>;
  attr(pick: Pick, name: string): Promise<string | null>;
  count(pick: Pick): Promise<number>;
  /** A real pointer click at the centre of the first match (scrolled into view). Waits for it to exist. */
  click(pick: Pick, timeoutMs?: number): Promise<void>;
  /** A real key press in the page: a character, or Escape / Enter / Tab / ArrowLeft … */
  press(key: string): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  reload(): Promise<void>;
  /** Choose files for an <input type=file> (the file picker a person would use). */
  setFiles(pick: Pick, paths: string[]): Promise<void>;
  /** Make this the selected tab of the window (toolbar state and clicks are per selected tab). */
  front(): Promise<void>;
  close(): Promise<void>;
}

export interface ActionState {
  /** The toolbar button's tooltip. */
  title: string;
  /** The toolbar button's badge text ('' for none). */
  badge: string;
}

export interface Download {
  /** The file name the browser chose (the suggested name). */
  name: string;
  /** Where it was saved on disk. */
  path: string;
}

export interface SeenDialog {
  /** The tab's URL when the dialog opened. */
  url: string;
  type: string;
  message: string;
}

export interface Engine {
  name: EngineName;
  /** Every alert / confirm / prompt / beforeunload dialog any tab opened since launch (each dismissed at once). */
  dialogs: SeenDialog[];
  server: FixtureServer;
  userDataDir: string;
  /** chrome-extension://<id> or moz-extension://<uuid> (no trailing slash). */
  extensionOrigin: string;
  /** The reader page's URL prefix (…/reader.html). */
  readerUrlPrefix: string;
  /**
   * A new tab on a fixture path (under tests/fixtures/pages or a server route) or an absolute URL, made the selected
   * tab; with `background`, the selected tab stays as it is where the engine can (Firefox; Chromium driven by
   * Playwright always selects a new tab, and its pages stay visible either way).
   */
  open(pathOrUrl: string, opts?: { background?: boolean }): Promise<Tab>;
  /** A new tab on one of Baca's pages, e.g. 'library.html' or 'options.html'. */
  openExtensionPage(path: string): Promise<Tab>;
  /** A real click on Baca's toolbar button, for this tab. */
  clickAction(tab: Tab): Promise<void>;
  /** The reader shortcut (Alt+Shift+R) pressed in this tab, as the browser's own keyboard shortcut. */
  pressShortcut(tab: Tab): Promise<void>;
  /** Click (or press the shortcut), then wait until the tab shows the reader with its article or notice. */
  openReader(tab: Tab, how?: 'click' | 'shortcut'): Promise<void>;
  /** What the toolbar button shows for this tab now. */
  actionState(tab: Tab): Promise<ActionState>;
  /** Run `fn(arg)` in an extension page (browser.* / chrome.* APIs available) and return its result. */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Run `action` and return the file it made the browser download. */
  download(action: () => Promise<unknown>, timeoutMs?: number): Promise<Download>;
  /** Whether the engine has any speech-synthesis voice (read aloud needs one). */
  hasVoices(): Promise<boolean>;
  /** Close the browser. keepProfile keeps a temporary profile on disk (for a relaunch with its userDataDir). */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** The expression that calls `fn(arg)` in a page and yields its result as JSON text (for protocols without functions). */
export function callExpression(fn: (arg: never) => unknown, arg: unknown): string {
  return `(async () => JSON.stringify(await (${fn.toString()})(${JSON.stringify(arg ?? null)}) ?? null))()`;
}

/** In-page: the first element matching a Target (by selector and visible text; 'host >>> inner' looks inside
 * host's open shadow root). */
export function findInPage(t: { selector: string; text?: string; regex?: string; flags?: string }): Element | null {
  const parts = t.selector.split(' >>> ');
  let scope: ParentNode | null = document;
  for (let i = 0; i < parts.length - 1 && scope; i++) scope = scope.querySelector(parts[i]!)?.shadowRoot ?? null;
  if (!scope) return null;
  const all = scope.querySelectorAll(parts[parts.length - 1]!);
  const re = t.regex !== undefined ? new RegExp(t.regex, t.flags) : null;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
    if (re ? re.test(text) : t.text === undefined || text.includes(t.text)) return el;
  }
  return null;
}

/** A Target as plain JSON for an in-page function. */
export function targetArg(pick: Pick): { selector: string; text?: string; regex?: string; flags?: string } {
  const t = typeof pick === 'string' ? { selector: pick } : pick;
  if (t.text instanceof RegExp) return { selector: t.selector, regex: t.text.source, flags: t.text.flags };
  return t.text === undefined ? { selector: t.selector } : { selector: t.selector, text: t.text };
}

export const DEFAULT_VIEWPORT: Viewport = { width: 1100, height: 900 };

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
