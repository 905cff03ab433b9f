import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand, SETTINGS_COMMANDS, THEME_ORDER } from '../../entrypoints/background/commands';
import { DEFAULT_READER_SETTINGS, LIMITS, loadReaderSettings, saveReaderSettings } from '../../lib/store/settings';
import { parseMessage } from '../../lib/messages';
import type { ReaderSettings } from '../../lib/types';

describe('shortcut commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('next and previous theme cycle through every theme and wrap around', () => {
    let s: ReaderSettings = { ...DEFAULT_READER_SETTINGS, theme: 'light' };
    const seen: string[] = [];
    for (let i = 0; i < THEME_ORDER.length; i++) {
      s = SETTINGS_COMMANDS['next-theme'](s);
      seen.push(s.theme);
    }
    expect(seen).toEqual(['sepia', 'dark', 'system', 'light']);
    expect(SETTINGS_COMMANDS['previous-theme']({ ...s, theme: 'light' }).theme).toBe('system');
  });

  it('font size steps stay within limits', () => {
    const max = { ...DEFAULT_READER_SETTINGS, fontSize: LIMITS.fontSize.max };
    expect(SETTINGS_COMMANDS['font-larger'](max).fontSize).toBe(LIMITS.fontSize.max);
    expect(SETTINGS_COMMANDS['font-smaller'](max).fontSize).toBe(LIMITS.fontSize.max - LIMITS.fontSize.step);
  });

  it('theme and size shortcuts write the synced reader settings', async () => {
    await saveReaderSettings({ ...DEFAULT_READER_SETTINGS, theme: 'dark', fontSize: 20 });
    await runCommand('next-theme');
    await runCommand('font-larger');
    const s = await loadReaderSettings();
    expect(s.theme).toBe('system');
    expect(s.fontSize).toBe(21);
  });

  it('read-aloud sends a valid toggle message addressed to the tab', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      received.push(m);
    });
    await runCommand('read-aloud', 42);
    expect(received).toEqual([{ type: 'read-aloud-toggle', tabId: 42 }]);
    expect(parseMessage(received[0])).toEqual({ type: 'read-aloud-toggle', tabId: 42 });
    expect(parseMessage({ type: 'read-aloud-toggle', tabId: 'x' })).toBeNull();
  });

  it('unknown commands change nothing', async () => {
    await runCommand('save-article');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
