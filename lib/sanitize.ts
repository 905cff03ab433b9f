// The one place HTML from a web page is made safe. Used when extracting (in the page) and again when an
// extension page renders an article (defence in depth). An explicit allowlist (lib/sanitize-rules.ts): anything not
// named there is dropped. Idempotent: sanitizing sanitized HTML gives the same HTML.
import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent } from 'dompurify';
import {
  ALLOWED_TAGS, ATTR_RULES, DROP_WITH_CONTENT, FORBIDDEN_ATTRS, FORBIDDEN_TAGS, HIDDEN_STYLE, IMAGE_URL, LINK_SCHEMES,
  PLAIN_ATTRS, TRACKER_URLS, URL_ATTRS,
} from './sanitize-rules';

export { ALLOWED_TAGS } from './sanitize-rules';
export const ALLOWED_ATTR = [...PLAIN_ATTRS, ...URL_ATTRS];

const NAMED_PROP_PREFIX = 'user-content-';

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  // URL attributes must start with an allowed scheme (or be an in-page link); each is checked again in the hooks.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i,
  ADD_URI_SAFE_ATTR: PLAIN_ATTRS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_TEMPLATES: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: FORBIDDEN_TAGS,
  ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
  FORBID_ATTR: FORBIDDEN_ATTRS,
};

/** Whether a URL is only there to count a visit (a beacon), whatever its size. */
export function isTrackerUrl(url: string): boolean {
  return TRACKER_URLS.some((re) => re.test(url));
}

/** An image nobody is meant to see, read from its attributes before they are filtered: a pixel or a beacon. */
export function isInvisibleImage(img: Element): boolean {
  const tiny = (v: string | null) => v !== null && /^\s*[01](?:\.0*)?\s*(?:px)?\s*$/.test(v);
  if (tiny(img.getAttribute('width')) || tiny(img.getAttribute('height'))) return true;
  if (isTrackerUrl(img.getAttribute('src') ?? '')) return true;
  // A lazy image waiting for its script (data-src…) is often hidden or transparent until then: not a beacon.
  const lazy = Array.from(img.attributes).some((a) => /^data-.*(?:src|original|lazy)/i.test(a.name));
  return !lazy && (img.hasAttribute('hidden') || HIDDEN_STYLE.test(img.getAttribute('style') ?? ''));
}

/** Keep only srcset candidates that are http(s) URLs with a valid descriptor; '' when none is left. */
export function safeSrcset(value: string): string {
  return value
    .split(/,(?=\s*\S)/)
    .map((entry) => entry.trim().split(/\s+/))
    .filter(([url = '', descriptor, ...rest]) =>
      /^https?:\/\//i.test(url) && !isTrackerUrl(url) && rest.length === 0 &&
      (descriptor === undefined || /^\d+(?:\.\d+)?[wx]$/.test(descriptor)))
    .map((parts) => parts.join(' '))
    .join(', ');
}

/** Per-attribute value rules (ATTR_RULES) and idempotent named-property prefixes. */
function checkAttribute(node: Element, data: UponSanitizeAttributeHookEvent): void {
  const rule = ATTR_RULES[data.attrName];
  const tag = node.nodeName.toLowerCase();
  if (rule && ((rule.tags && !rule.tags.includes(tag)) || (rule.value && !rule.value.test(data.attrValue)))) {
    data.keepAttr = false;
  }
  if (data.attrName === 'srcset') {
    // Entry by entry, before DOMPurify's URI check sees the whole list (one bad entry must not cost the good ones).
    data.attrValue = tag === 'img' ? safeSrcset(data.attrValue) : '';
    if (!data.attrValue) data.keepAttr = false;
  }
  if (data.attrName === 'id') {
    const bare = data.attrValue.startsWith(NAMED_PROP_PREFIX) ? data.attrValue.slice(NAMED_PROP_PREFIX.length) : data.attrValue;
    if (!/^[\p{L}\p{N}_:.-]{1,100}$/u.test(bare)) data.keepAttr = false;
  }
}

function fixLink(a: Element): void {
  const href = a.getAttribute('href')?.trim();
  if (href === undefined) return;
  if (href.startsWith('#')) {
    // In-page links (footnotes) follow the prefix DOMPurify gives ids, so they keep working and clobber nothing.
    const target = href.slice(1);
    if (!/^[\p{L}\p{N}_:.-]{1,100}$/u.test(target)) a.removeAttribute('href');
    else a.setAttribute('href', `#${target.startsWith(NAMED_PROP_PREFIX) ? target : NAMED_PROP_PREFIX + target}`);
    return;
  }
  if (!LINK_SCHEMES.test(href)) {
    a.removeAttribute('href');
    return;
  }
  a.setAttribute('target', '_blank');
  a.setAttribute('rel', 'noopener noreferrer');
  a.setAttribute('referrerpolicy', 'no-referrer');
}

/** false when the image must go. */
function fixImage(img: Element): boolean {
  const src = img.getAttribute('src')?.trim() ?? '';
  if (!IMAGE_URL.test(src) || isTrackerUrl(src)) return false;
  const srcset = img.getAttribute('srcset');
  if (srcset !== null) {
    const kept = safeSrcset(srcset);
    if (kept) img.setAttribute('srcset', kept);
    else img.removeAttribute('srcset');
  }
  if (!img.hasAttribute('srcset')) img.removeAttribute('sizes');
  img.setAttribute('referrerpolicy', 'no-referrer');
  img.setAttribute('loading', 'lazy');
  img.setAttribute('decoding', 'async');
  return true;
}

function installHooks(purify: DOMPurify): void {
  const invisible = new WeakSet<Node>();
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'img' && isInvisibleImage(node as Element)) invisible.add(node);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => checkAttribute(node as Element, data));
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.nodeName.toLowerCase();
    if (tag === 'a') fixLink(el);
    else if (tag === 'img' && (invisible.has(el) || !fixImage(el))) {
      el.remove();
      return;
    }
    const cite = el.getAttribute('cite');
    if (cite !== null && !/^https?:\/\//i.test(cite.trim())) el.removeAttribute('cite');
    for (const attr of ['src', 'srcset'] as const) if (tag !== 'img') el.removeAttribute(attr);
    if (tag !== 'a') el.removeAttribute('href');
  });
}

// One configured instance per window and output kind: the configuration is parsed once (setConfig), not on every
// call (an article's removed blocks are sanitized one by one, dozens of calls per page).
const instances = { html: new WeakMap<object, DOMPurify>(), fragment: new WeakMap<object, DOMPurify>() };

function purifierFor(win: Window, kind: keyof typeof instances): DOMPurify {
  let purify = instances[kind].get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.setConfig(kind === 'fragment' ? { ...CONFIG, RETURN_DOM_FRAGMENT: true } : CONFIG);
    installHooks(purify);
    instances[kind].set(win, purify);
  }
  return purify;
}

function defaultWindow(): Window {
  if (typeof window === 'undefined') throw new Error('sanitizeHtml needs a window (pass one in Node)');
  return window;
}

/** Sanitize article HTML into a string that is safe to put into an extension page with innerHTML. */
export function sanitizeHtml(html: string, win: Window = defaultWindow()): string {
  return purifierFor(win, 'html').sanitize(html) as unknown as string;
}

/** Sanitize and return a fragment owned by `win.document`, ready to insert. */
export function sanitizeToFragment(html: string, win: Window = defaultWindow()): DocumentFragment {
  return purifierFor(win, 'fragment').sanitize(html) as unknown as DocumentFragment;
}

/** A lone half of a surrogate pair cannot be shown or stored as UTF-8: it becomes U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Plain text only: for titles, bylines and other metadata shown as text. */
export function sanitizeText(value: unknown, maxLength = 2000): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  const clean = wellFormed(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();
  // Never cut a surrogate pair in half.
  return clean.length <= maxLength ? clean : wellFormed(clean.slice(0, maxLength)).replace(/\uFFFD$/, '');
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
