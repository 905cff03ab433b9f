// What may reach an extension page, as data. lib/sanitize.ts applies it; tests/unit/security-*.test.ts prove it.
// Anything not named here is dropped: an element's tag (its text is kept unless the tag is in DROP_WITH_CONTENT),
// an attribute, a URL scheme.

/** Elements a reader needs to show an article. No form controls, no embedded content, no scripting, no CSS. */
export const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code',
  'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p',
  'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

/** Named explicitly so that a later change to ALLOWED_TAGS cannot let them in by accident. */
export const FORBIDDEN_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'portal', 'fencedframe', 'form', 'input', 'button', 'select', 'option', 'textarea', 'label', 'fieldset', 'output',
  'dialog', 'noscript', 'template', 'slot', 'svg', 'math', 'video', 'audio', 'source', 'track', 'picture', 'canvas',
  'map', 'area', 'marquee', 'font', 'center', 'xmp', 'plaintext', 'noembed', 'noframes', 'search',
];

/** Dropped together with everything inside: controls' labels are never article text, embedded players have none. */
export const DROP_WITH_CONTENT = ['button', 'select', 'option', 'textarea', 'dialog', 'portal', 'output', 'canvas',
  'map', 'fencedframe'];

/** Attributes that hold no URL (DOMPurify does not run its URI check on these; values are checked per attribute). */
export const PLAIN_ATTRS = [
  'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'headers', 'scope', 'datetime', 'lang', 'dir', 'id',
  'start', 'reversed', 'type', 'open', 'abbr', 'span', 'sizes', 'value',
];

/** Attributes that hold URLs: each is checked by its own rule in lib/sanitize.ts. */
export const URL_ATTRS = ['href', 'src', 'srcset', 'cite'];

/** Never taken from a page, whatever the allowlists say. The sanitizer sets target/rel/referrerpolicy itself. */
export const FORBIDDEN_ATTRS = [
  'style', 'class', 'ping', 'srcdoc', 'formaction', 'action', 'background', 'poster', 'xlink:href', 'xmlns',
  'target', 'rel', 'referrerpolicy', 'loading', 'decoding', 'fetchpriority', 'crossorigin', 'integrity', 'name',
  'usemap', 'ismap', 'longdesc', 'lowsrc', 'dynsrc', 'form', 'is', 'slot', 'part', 'popover', 'popovertarget',
  'autofocus', 'tabindex', 'contenteditable', 'draggable', 'accesskey', 'nonce', 'attributionsrc', 'sharedstoragewritable',
];

/** Where each plain attribute may appear and what its value must look like (absent = anywhere, any value). */
export const ATTR_RULES: Record<string, { tags?: string[]; value?: RegExp }> = {
  width: { tags: ['img'], value: /^\d{1,5}$/ },
  height: { tags: ['img'], value: /^\d{1,5}$/ },
  colspan: { tags: ['td', 'th', 'col', 'colgroup'], value: /^\d{1,4}$/ },
  rowspan: { tags: ['td', 'th'], value: /^\d{1,5}$/ },
  span: { tags: ['col', 'colgroup'], value: /^\d{1,4}$/ },
  start: { tags: ['ol'], value: /^-?\d{1,9}$/ },
  reversed: { tags: ['ol'] },
  type: { tags: ['ol', 'ul', 'li'], value: /^(?:1|a|A|i|I|disc|circle|square)$/ },
  value: { tags: ['li'], value: /^-?\d{1,9}$/ },
  open: { tags: ['details'] },
  sizes: { tags: ['img'] },
  dir: { value: /^(?:ltr|rtl|auto)$/i },
  lang: { value: /^[a-z]{2,8}(?:[-_][a-z0-9]{1,8})*$/i },
};

export const LINK_SCHEMES = /^(?:https?:|mailto:|tel:)/i;
/** Raster images only: an SVG document is not an image a reader needs. */
export const IMAGE_URL = /^(?:https?:\/\/|data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$)/i;

/** Beacons and tracking pixels by address: analytics collectors, ad impression counters, 1x1 files. */
export const TRACKER_URLS: RegExp[] = [
  /[/.]google-analytics\.com\//i, /[/.]googletagmanager\.com\//i, /[/.]doubleclick\.net\//i,
  /[/.]facebook\.com\/tr\b/i, /[/.]scorecardresearch\.com\//i, /[/.]quantserve\.com\//i, /[/.]chartbeat\.net\//i,
  /[/.]pixel\.wp\.com\//i, /[/.]stats\.wp\.com\//i, /[/.]bat\.bing\.com\//i, /[/.]analytics\.twitter\.com\//i,
  /[/.]t\.co\/i\/adsct/i, /[/.]mc\.yandex\.ru\//i, /[/.]hotjar\.com\//i, /[/.]ads\.linkedin\.com\//i,
  /\/(?:__utm|1x1|pixel|spacer|beacon|tracking-?pixel|blank|clear|transparent)\.(?:gif|png)(?:$|[?#])/i,
  /\/(?:pixel|beacon|track|collect|impression|imp|tr|p|b)(?:\.(?:gif|png|php|aspx?))?(?:$|[?#])/i,
];

/** Inline styles (read before `style` is dropped) that hide an image or shrink it to a dot. */
export const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!)|(?:width|height|max-width|max-height)\s*:\s*[01](?:\.0*)?(?:px)?\s*(?:;|$|!)|(?:left|top)\s*:\s*-\d{3,}px)/i;
