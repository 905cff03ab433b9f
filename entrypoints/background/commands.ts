// Keyboard shortcuts other than the toolbar's own (_execute_action): theme and text size change the reader settings
// in storage.sync (every open reader follows them live); read-aloud plays / pauses in the active reader tab.
// 'save-article' belongs to the library feature (save.ts).
import { browser } from 'wxt/browser';
import type { ReaderSettings, Theme } from '../../lib/types';
import { LIMITS, loadReaderSettings, saveReaderSettings } from '../../lib/store/settings';
import type { ReadAloudToggleMessage } from '../../lib/messages';
import { commandsApi } from '../../lib/platform';

export const THEME_ORDER: Theme[] = ['light', 'sepia', 'dark', 'system'];

type SettingsCommand = 'next-theme' | 'previous-theme' | 'font-larger' | 'font-smaller';

const cycle = (theme: Theme, step: 1 | -1): Theme => {
  const i = THEME_ORDER.indexOf(theme);
  return THEME_ORDER[(i + step + THEME_ORDER.length) % THEME_ORDER.length] ?? 'light';
};

const size = (value: number, step: 1 | -1) =>
  Math.min(LIMITS.fontSize.max, Math.max(LIMITS.fontSize.min, value + step * LIMITS.fontSize.step));

/** The settings after a shortcut, as a table: one row per command. */
export const SETTINGS_COMMANDS: Record<SettingsCommand, (s: ReaderSettings) => ReaderSettings> = {
  'next-theme': (s) => ({ ...s, theme: cycle(s.theme, 1) }),
  'previous-theme': (s) => ({ ...s, theme: cycle(s.theme, -1) }),
  'font-larger': (s) => ({ ...s, fontSize: size(s.fontSize, 1) }),
  'font-smaller': (s) => ({ ...s, fontSize: size(s.fontSize, -1) }),
};

export function isSettingsCommand(command: string): command is SettingsCommand {
  return Object.prototype.hasOwnProperty.call(SETTINGS_COMMANDS, command);
}

async function activeTabId(tabId?: number): Promise<number | undefined> {
  if (tabId !== undefined) return tabId;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function runCommand(command: string, tabId?: number): Promise<void> {
  if (isSettingsCommand(command)) {
    await saveReaderSettings(SETTINGS_COMMANDS[command](await loadReaderSettings()));
  } else if (command === 'read-aloud') {
    const id = await activeTabId(tabId);
    if (id === undefined) return;
    const message: ReadAloudToggleMessage = { type: 'read-aloud-toggle', tabId: id };
    // Only a reader page listens; with none open the message has no receiver, which is fine.
    await browser.runtime.sendMessage(message).catch(() => undefined);
  }
}

/** Shortcuts, where the browser has them (Firefox for Android has no keyboard shortcuts for add-ons). */
export function registerCommands(): void {
  commandsApi()?.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id);
  });
}
