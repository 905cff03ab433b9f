// The background: routes the toolbar button, the shortcut and messages to the feature modules.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isExtensionPage, parseMessage } from '../../lib/messages';
import { leaveReader, toggleReader } from './reader-action';
import { heldView } from './held-views';
import { keepProcessWarm } from './keep-warm';
import { epochNow } from '../../lib/click-timing';
import { registerSave } from './save';
import { registerCommands } from './commands';
import { registerDetection } from './detect-state';
import { registerAutoOpen } from './auto-open';

export default defineBackground({
  type: 'module',
  main() {
    browser.action.onClicked.addListener((tab) => {
      void toggleReader(tab, {}, epochNow());
    });
    // Each feature registers its own listeners (menus, shortcuts, detection badge).
    registerSave();
    registerCommands();
    registerDetection();
    registerAutoOpen();
    keepProcessWarm();

    browser.runtime.onMessage.addListener((raw, sender) => {
      const msg = parseMessage(raw);
      if (!msg) return undefined;
      const fromExtension = isExtensionPage(sender, browser.runtime.getURL('/'));
      switch (msg.type) {
        case 'get-view':
          // Only an extension page (its own URL, never a content script's page URL) gets the article.
          return Promise.resolve(heldView(msg.id, !!sender.url?.startsWith(browser.runtime.getURL('/'))));
        case 'reader-back': {
          if (!fromExtension || sender.tab?.id === undefined) return undefined;
          return leaveReader(sender.tab.id);
        }
        case 'retry-reader': {
          // From the failure notice in the tab's top frame (a content script of ours): read that page again.
          if (!sender.tab || sender.frameId !== 0) return undefined;
          void toggleReader(sender.tab);
          return undefined;
        }
        default:
          return undefined;
      }
    });
  },
});
