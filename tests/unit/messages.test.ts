// Runtime messages are checked for shape and sender before anything acts on them (lib/messages.ts).
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { isExtensionPage, parseMessage, validators } from '../../lib/messages';

const ARTICLE = { url: 'https://n.test/a', canonicalUrl: 'https://n.test/a', title: 'T', contentHtml: '<p>x</p>', textContent: 'x', wordCount: 1, readingMinutes: 1 };

const VALID: Record<keyof typeof validators, Record<string, unknown>> = {
  detect: { type: 'detect', isArticle: true, score: 3 },
  'reader-back': { type: 'reader-back' },
  'leave-reader': { type: 'leave-reader', tabId: 4 },
  'read-aloud-toggle': { type: 'read-aloud-toggle', tabId: 4 },
  'save-article': { type: 'save-article', article: ARTICLE },
  'saved-indicator': { type: 'saved-indicator', saved: false },
  'queue-run': { type: 'queue-run' },
  'offscreen-extract': { type: 'offscreen-extract', html: '<p>x</p>', url: 'https://n.test/a' },
  'get-view': { type: 'get-view', id: 'lx1-123' },
  'retry-reader': { type: 'retry-reader' },
};

const INVALID: [string, unknown][] = [
  ['null', null],
  ['a string', 'detect'],
  ['a number', 7],
  ['an array', [{ type: 'detect', isArticle: true, score: 1 }]],
  ['no type', { isArticle: true, score: 1 }],
  ['an unknown type', { type: 'run-script', code: 'alert(1)' }],
  ['type __proto__', { type: '__proto__' }],
  ['type constructor', { type: 'constructor' }],
  ['type hasOwnProperty', { type: 'hasOwnProperty' }],
  ['type toString', { type: 'toString' }],
  ['a non-string type', { type: ['detect'] }],
  ['detect with a string flag', { type: 'detect', isArticle: 'true', score: 1 }],
  ['detect with NaN score', { type: 'detect', isArticle: true, score: Number.NaN }],
  ['detect with Infinity score', { type: 'detect', isArticle: true, score: Number.POSITIVE_INFINITY }],
  ['leave-reader with a string tab id', { type: 'leave-reader', tabId: '4' }],
  ['save-article without an article', { type: 'save-article' }],
  ['save-article with contentHtml not a string', { type: 'save-article', article: { ...ARTICLE, contentHtml: { toString: () => '<img>' } } }],
  ['save-article with a missing word count', { type: 'save-article', article: { ...ARTICLE, wordCount: undefined } }],
  ['saved-indicator with a number', { type: 'saved-indicator', saved: 1 }],
  ['offscreen-extract without a URL', { type: 'offscreen-extract', html: '<p>' }],
  ['get-view with a numeric id', { type: 'get-view', id: 7 }],
  ['get-view with a huge id', { type: 'get-view', id: 'x'.repeat(65) }],
];

describe('parseMessage: shape', () => {
  it.each(Object.entries(VALID))('accepts a well-formed %s message', (_type, msg) => {
    expect(parseMessage(msg)).toBe(msg);
  });

  it('has a valid example for every message type it knows', () => {
    expect(Object.keys(VALID).sort()).toEqual(Object.keys(validators).sort());
  });

  it.each(INVALID)('drops %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });

  it('never reads a type from the prototype chain', () => {
    const proto = { type: 'queue-run' };
    expect(parseMessage(Object.create(proto))).toBeNull();
  });
});

describe('isExtensionPage: sender', () => {
  const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
  const tab = { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 } as Browser.tabs.Tab;
  const cases: [string, Browser.runtime.MessageSender, boolean][] = [
    ['the reader page in a tab', { tab, url: `${ORIGIN}reader.html?id=1`, frameId: 0 }, true],
    ['the service worker or offscreen document (no tab)', { url: `${ORIGIN}offscreen.html` }, true],
    ['a content script on a web page', { tab, url: 'https://news.test/a', frameId: 0 }, false],
    ['a content script in an iframe', { tab, url: 'https://ads.test/frame', frameId: 7 }, false],
    ['a page whose URL mentions the extension', { tab, url: `https://evil.test/?next=${ORIGIN}`, frameId: 0 }, false],
    ['a look-alike origin', { tab, url: 'chrome-extension://abcdefghijklmnop.evil/x', frameId: 0 }, false],
    ['another extension', { tab, url: 'chrome-extension://zzzzzzzzzzzzzzzz/x.html', frameId: 0 }, false],
    ['a tab sender without a URL', { tab, frameId: 0 }, false],
  ];
  it.each(cases)('%s', (_name, sender, expected) => {
    expect(isExtensionPage(sender, ORIGIN)).toBe(expected);
  });
});
