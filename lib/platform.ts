// What this browser offers, found at run time. Firefox for Android runs the same build as desktop Firefox but has
// no menus / contextMenus, no commands (keyboard shortcuts), no windows API and no offscreen documents; Chromium has
// no `menus` alias. Features built on those APIs ask here first and stay quiet where the API is missing, so the
// toolbar action, the reader, the library and the options page work everywhere.
import { browser, type Browser } from 'wxt/browser';

type Menus = typeof Browser.contextMenus;
type Commands = typeof Browser.commands;

/** The context-menu API (`contextMenus`, or Firefox's `menus`), or undefined where the browser has none. */
export function menusApi(api: object = browser): Menus | undefined {
  const b = api as { contextMenus?: Menus; menus?: Menus };
  const menus = b.contextMenus ?? b.menus;
  return typeof menus?.create === 'function' && typeof menus.onClicked?.addListener === 'function' ? menus : undefined;
}

/** The keyboard-shortcut API, or undefined where the browser has none (Firefox for Android). */
export function commandsApi(api: object = browser): Commands | undefined {
  const c = (api as { commands?: Commands }).commands;
  return typeof c?.onCommand?.addListener === 'function' ? c : undefined;
}
