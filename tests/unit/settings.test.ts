import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_READER_SETTINGS, loadReaderSettings, normalizeSettings, saveReaderSettings, watchReaderSettings,
} from '../../lib/store/settings';

describe('reader settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start from the defaults', async () => {
    expect(await loadReaderSettings()).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('persist in storage.sync', async () => {
    await saveReaderSettings({ theme: 'dark', font: 'sans', fontSize: 24, lineWidth: 60, lineHeight: 1.8 });
    expect(await loadReaderSettings()).toEqual({ theme: 'dark', font: 'sans', fontSize: 24, lineWidth: 60, lineHeight: 1.8 });
  });

  it('turn damaged or hostile values into valid ones', () => {
    expect(normalizeSettings({ theme: 'neon', font: 'comic', fontSize: 900, lineWidth: -3, lineHeight: 'x' })).toEqual({
      ...DEFAULT_READER_SETTINGS, fontSize: 40, lineWidth: 40,
    });
    expect(normalizeSettings(null)).toEqual(DEFAULT_READER_SETTINGS);
    expect(normalizeSettings(JSON.parse('{"__proto__":{"theme":"dark"}}')).theme).toBe('system');
  });

  it('tell other tabs about a change', async () => {
    const seen: string[] = [];
    const stop = watchReaderSettings((s) => seen.push(s.theme));
    await saveReaderSettings({ ...DEFAULT_READER_SETTINGS, theme: 'sepia' });
    stop();
    await saveReaderSettings({ ...DEFAULT_READER_SETTINGS, theme: 'light' });
    expect(seen).toEqual(['sepia']);
  });
});
