// User-visible text: every string goes through browser.i18n (locales/<lang>/*.json → _locales).
import { browser } from 'wxt/browser';

/** The message for `key`, or the key itself where no catalogue is loaded (unit tests). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    const msg = browser.i18n.getMessage(key as '@@ui_locale', substitutions);
    if (msg) return msg;
  } catch {
    /* no i18n in this context */
  }
  return key;
}

/** The browser's UI language, e.g. "id" or "en-US". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language : 'en';
  }
}
