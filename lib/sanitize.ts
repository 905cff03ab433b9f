// The one place HTML from a web page is made safe. Used when extracting (in the page) and again when an
// extension page renders an article (defence in depth). An explicit allowlist: anything not named here is dropped.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

export const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code',
  'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p',
  'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

export const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'headers', 'scope',
  'datetime', 'cite', 'lang', 'dir', 'id', 'start', 'reversed', 'type', 'open', 'abbr', 'span',
];

const SAFE_LINK = /^(?:https?:|mailto:|tel:|#)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button',
    'select', 'textarea', 'base', 'meta', 'link', 'noscript', 'template', 'svg', 'math', 'video', 'audio', 'source',
    'track', 'picture', 'portal', 'applet', 'dialog'],
  // Controls' text is never article text ("Share", "Subscribe", a select's options).
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'dialog', 'portal'],
  ADD_ATTR: ['target', 'rel', 'referrerpolicy', 'loading', 'decoding'],
  FORBID_ATTR: ['style', 'class', 'ping', 'srcdoc', 'formaction', 'action', 'background', 'poster', 'xlink:href'],
};

/** An image nobody is meant to see: a tracking pixel or beacon. */
function isTrackingPixel(img: Element): boolean {
  const w = img.getAttribute('width');
  const h = img.getAttribute('height');
  const tiny = (v: string | null) => v !== null && /^\s*[01](?:\.0*)?\s*(?:px)?\s*$/.test(v);
  return tiny(w) || tiny(h);
}

function safeSrcset(value: string): string {
  return value
    .split(/,(?=\s*\S)/)
    .map((entry) => entry.trim())
    .filter((entry) => {
      const url = entry.split(/\s+/)[0] ?? '';
      return /^https?:/i.test(url);
    })
    .join(', ');
}

function installHooks(purify: DOMPurify): void {
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeType !== 1) return;
    const tag = el.tagName.toLowerCase();
    if (tag === 'a') {
      const href = el.getAttribute('href');
      if (href !== null && !SAFE_LINK.test(href.trim())) el.removeAttribute('href');
      if (href !== null && href.trim().startsWith('#')) {
        // Named properties are prefixed by SANITIZE_NAMED_PROPS: keep in-page links (footnotes) working.
        const target = href.trim().slice(1);
        if (target && !target.startsWith('user-content-')) el.setAttribute('href', `#user-content-${target}`);
      } else if (el.hasAttribute('href')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (tag === 'img') {
      const src = el.getAttribute('src');
      if (!src || !SAFE_IMAGE.test(src.trim()) || isTrackingPixel(el)) {
        el.remove();
        return;
      }
      const srcset = el.getAttribute('srcset');
      if (srcset !== null) {
        const kept = safeSrcset(srcset);
        if (kept) el.setAttribute('srcset', kept);
        else el.removeAttribute('srcset');
      }
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    }
    const cite = el.getAttribute('cite');
    if (cite !== null && !/^https?:/i.test(cite.trim())) el.removeAttribute('cite');
  });
}

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    installHooks(purify);
    instances.set(win, purify);
  }
  return purify;
}

function defaultWindow(): Window {
  if (typeof window === 'undefined') throw new Error('sanitizeHtml needs a window (pass one in Node)');
  return window;
}

/** Sanitize article HTML into a string that is safe to put into an extension page with innerHTML. */
export function sanitizeHtml(html: string, win: Window = defaultWindow()): string {
  return purifierFor(win).sanitize(html, CONFIG) as unknown as string;
}

/** Sanitize and return a fragment owned by `win.document`, ready to insert. */
export function sanitizeToFragment(html: string, win: Window = defaultWindow()): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
}

/** Plain text only: for titles, bylines and other metadata shown as text. */
export function sanitizeText(value: unknown, maxLength = 2000): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim().slice(0, maxLength);
}

/** Only http(s) URLs survive, made absolute against `base`. */
export function safeHttpUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
