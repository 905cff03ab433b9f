// @vitest-environment jsdom
// Firefox for Android: no menus / contextMenus, no commands, no windows, no offscreen. The background must still
// start, the toolbar click must still open the reader, and the options page must not show a shortcut table it
// cannot fill. Where the APIs exist (desktop), the menus and shortcuts are still registered.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import background from '../../entrypoints/background/index';
import { ShortcutsSection } from '../../components/options/ShortcutsSection';
import { commandsApi, menusApi } from '../../lib/platform';
import { getView } from '../../lib/store/views';
import type { ExtractResponse } from '../../entrypoints/extract.content/index';
import { article } from './store-setup';
import config from '../../wxt.config';

const ANDROID_MISSING = ['contextMenus', 'menus', 'commands', 'windows', 'offscreen'] as const;
type Fake = Record<string, unknown>;
const fake = fakeBrowser as unknown as Fake;
const saved = new Map<string, unknown>(ANDROID_MISSING.map((k) => [k, fake[k]]));

/** An event like the browser's: listeners can be added and fired. */
function event<A extends unknown[]>() {
  const listeners: ((...a: A) => unknown)[] = [];
  return {
    listeners,
    addListener: (l: (...a: A) => unknown) => void listeners.push(l),
    removeListener: (l: (...a: A) => unknown) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: (...a: A) => unknown) => listeners.includes(l),
    fire: (...a: A) => Promise.all(listeners.map((l) => l(...a))),
  };
}

function beAndroid(): void {
  for (const k of ANDROID_MISSING) delete fake[k];
}

/** The extraction the toolbar click injects, answered as the content script would on an article page. */
function answerExtraction(url: string) {
  const response: ExtractResponse = { ok: true, article: { ...article(url), isArticle: true }, ms: 5 };
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: response }] as never);
}

const flush = () => new Promise((ok) => setTimeout(ok, 20));

beforeEach(() => {
  fakeBrowser.reset();
  // No reader page is open in any tab (the fake has no contexts of its own to list).
  vi.spyOn(fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> }, 'getContexts').mockResolvedValue([]);
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const [k, v] of saved) fake[k] = v;
});

describe('feature detection', () => {
  it('finds menus under either name, and nothing where there are none', () => {
    const menus = { create: () => 1, removeAll: async () => undefined, onClicked: event() };
    expect(menusApi({ contextMenus: menus })).toBe(menus);
    expect(menusApi({ menus })).toBe(menus);
    expect(menusApi({})).toBeUndefined();
    // An API object that is there but empty (a browser that declares the name, not the feature) counts as missing.
    expect(menusApi({ contextMenus: {} })).toBeUndefined();
    const commands = { onCommand: event(), getAll: async () => [] };
    expect(commandsApi({ commands })).toBe(commands);
    expect(commandsApi({})).toBeUndefined();
    expect(commandsApi({ commands: { getAll: async () => [] } })).toBeUndefined();
  });
});

describe('the background on a browser without menus, shortcuts, windows or offscreen (Firefox for Android)', () => {
  it('starts, and the toolbar click opens the reader for the tab', async () => {
    beAndroid();
    expect(menusApi()).toBeUndefined();
    expect(commandsApi()).toBeUndefined();
    expect(() => background.main()).not.toThrow();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });

    const url = 'https://news.example/2026/12/ferry-timetable';
    const inject = answerExtraction(url);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    await fakeBrowser.action.onClicked.trigger({ id: 7, url, index: 0, active: true, pinned: false, highlighted: true,
      incognito: false, windowId: 1 } as never);
    // The click's work goes on after the event returns (extraction, then the view write, then the tab update).
    await vi.waitFor(() => expect(update).toHaveBeenCalled(), { timeout: 10_000 });

    expect(inject).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 }, files: ['/content-scripts/extract.js'] }));
    expect(update).toHaveBeenCalledTimes(1);
    const [tabId, props] = update.mock.calls[0]!;
    expect(tabId).toBe(7);
    const to = new URL(props!.url!);
    expect(to.href.startsWith(fakeBrowser.runtime.getURL('/reader.html'))).toBe(true);
    expect(to.searchParams.get('url')).toBe(url);
    // The view the reader page will read is written while the tab moves on.
    await vi.waitFor(async () => expect((await getView(to.searchParams.get('id')!))?.article.url).toBe(url), { timeout: 10_000 });
  });

  it('a page that cannot be read still gets its message on the button', async () => {
    beAndroid();
    background.main();
    await fakeBrowser.action.onClicked.trigger({ id: 8, url: 'about:addons' } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('✕'), { timeout: 10_000 });
    expect(await fakeBrowser.action.getTitle({ tabId: 8 })).toMatch(/\S/);
  });
});

describe('the background where the browser has menus and shortcuts (desktop)', () => {
  it('still creates the menus and listens for shortcuts', async () => {
    const onClicked = event<[unknown, unknown]>();
    const onCommand = event<[string, unknown]>();
    const created: string[] = [];
    fake.contextMenus = { create: (o: { id: string }) => created.push(o.id), removeAll: async () => undefined, onClicked };
    fake.commands = { onCommand, getAll: async () => [] };
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveLength(3));
    expect(created).toEqual(['baca-save-page', 'baca-save-link', 'baca-open-library']);
    expect(onClicked.listeners).toHaveLength(1);
    // One listener for the save shortcut (save.ts), one for theme / size / read aloud (commands.ts).
    expect(onCommand.listeners).toHaveLength(2);
  });
});

describe('options: the shortcut table', () => {
  const mount = async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await act(async () => render(<ShortcutsSection />, root));
    await act(async () => void (await flush()));
    return root;
  };

  it('is left out where the browser has no keyboard shortcuts', async () => {
    beAndroid();
    const root = await mount();
    expect(root.innerHTML).toBe('');
  });

  it('lists the shortcuts where the browser has them', async () => {
    fake.commands = { onCommand: event(), getAll: async () => [{ name: '_execute_action', shortcut: 'Alt+Shift+R' }] };
    const root = await mount();
    expect(root.querySelector('[data-command="_execute_action"] kbd')?.textContent).toBe('Alt+Shift+R');
  });
});

describe('the Firefox manifest', () => {
  const manifest = async (browser: string) => {
    const m = config.manifest;
    return (typeof m === 'function' ? await m({ browser, manifestVersion: 3, mode: 'production', command: 'build' } as never) : m) as
      Record<string, unknown> & { permissions: string[]; browser_specific_settings?: Record<string, { strict_min_version?: string }> };
  };

  it('declares Firefox for Android with a minimum version, and asks for no offscreen documents there', async () => {
    const ff = await manifest('firefox');
    const android = ff.browser_specific_settings?.gecko_android;
    expect(android?.strict_min_version).toMatch(/^\d+\.\d+$/);
    expect(Number.parseFloat(android!.strict_min_version!)).toBeGreaterThanOrEqual(Number.parseFloat(ff.browser_specific_settings!.gecko!.strict_min_version!));
    expect(ff.permissions).not.toContain('offscreen');
    const chrome = await manifest('chrome');
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.permissions).toContain('offscreen');
  });
});
