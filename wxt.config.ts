import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { mergeLocales } from './scripts/locales';
import { inlineReaderCss } from './scripts/inline-css';

// Extension pages may run only our own bundled code: no remote code, no eval, no inline script.
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  imports: false,
  // Separate output folders let several builds (and e2e runs) work side by side.
  outDir: process.env.BACA_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), inlineReaderCss()],
    build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  }),
  hooks: {
    // _locales/<lang>/messages.json are merged from locales/<lang>/*.json, one file per feature area.
    'build:publicAssets': (_wxt, assets) => {
      for (const [lang, contents] of Object.entries(mergeLocales())) {
        assets.push({ relativeDest: `_locales/${lang}/messages.json`, contents });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage', 'offscreen'].filter(
      (p) => browser !== 'firefox' || p !== 'offscreen',
    ),
    // Asked for per site, only when the person adds it to "open the reader automatically" in the options page.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The article detector (entrypoints/detector): an unlisted script declared here so it ships without the polyfill.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' }],
    commands: {
      // Alt+Shift+R everywhere the browser allows it. Chromium on Linux reserves Alt+Shift+R (measured: the
      // command stays unbound), so there it is Alt+R; anyone can change it at chrome://extensions/shortcuts.
      _execute_action: {
        suggested_key: browser === 'firefox' ? { default: 'Alt+Shift+R' } : { default: 'Alt+Shift+R', linux: 'Alt+R' },
        description: '__MSG_commandToggleReader__',
      },
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSave__' },
      'read-aloud': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_commandReadAloud__' },
      'next-theme': { description: '__MSG_commandNextTheme__' },
      'previous-theme': { description: '__MSG_commandPreviousTheme__' },
      'font-larger': { description: '__MSG_commandFontLarger__' },
      'font-smaller': { description: '__MSG_commandFontSmaller__' },
    },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'baca@baca.reader',
              strict_min_version: '140.0',
              // Baca collects nothing: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android runs this same MV3 build; 142 is the first Android release with every key above
            // (data_collection_permissions; web-ext lint checks it, scripts/lint-firefox.mjs makes that fatal).
            // Android has no menus, commands or windows API: lib/platform.ts detects them at run time.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
