// The keyboard shortcuts as the browser has them now, and the way to the browser's own shortcut settings.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { commandsApi } from '../../lib/platform';

export interface ShortcutRow {
  name: string;
  description: string;
  shortcut: string;
}

/** Rows in a stable order, the toolbar's own command first; its description comes from our catalogue. */
export function shortcutRows(commands: { name?: string; description?: string; shortcut?: string }[]): ShortcutRow[] {
  return commands
    .filter((c): c is { name: string; description?: string; shortcut?: string } => !!c.name)
    .map((c) => ({
      name: c.name,
      description: c.name === '_execute_action' || c.name === '_execute_browser_action' ? t('commandToggleReader') : c.description || c.name,
      shortcut: c.shortcut ?? '',
    }))
    .sort((a, b) => Number(b.name.startsWith('_')) - Number(a.name.startsWith('_')));
}

const isFirefox = () => browser.runtime.getURL('/').startsWith('moz-extension:');

async function openShortcutSettings(): Promise<void> {
  const commands = commandsApi() as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (typeof commands?.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else if (!isFirefox()) await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The shortcut table; none at all where the browser has no keyboard shortcuts for add-ons (Firefox for Android). */
export function ShortcutsSection() {
  const commands = commandsApi();
  const [rows, setRows] = useState<ShortcutRow[]>([]);
  useEffect(() => void commands?.getAll().then((all) => setRows(shortcutRows(all))).catch(() => undefined), []);
  if (!commands) return null;
  return (
    <section class="options-section" aria-labelledby="opt-shortcuts">
      <h2 id="opt-shortcuts">{t('optShortcutsTitle')}</h2>
      <table class="shortcuts">
        <thead>
          <tr><th scope="col">{t('optShortcutAction')}</th><th scope="col">{t('optShortcutKeys')}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} data-command={r.name}>
              <td>{r.description}</td>
              <td>{r.shortcut ? <kbd>{r.shortcut}</kbd> : <span class="empty">{t('optShortcutNotSet')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{isFirefox() ? t('optShortcutsHintFirefox') : t('optShortcutsHintChrome')}</p>
      <button type="button" onClick={() => void openShortcutSettings().catch(() => undefined)}>{t('optShortcutsChange')}</button>
    </section>
  );
}
