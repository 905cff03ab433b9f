// Is this page an article worth a reader view? Cheap signals only: the detector content script runs this on every
// page, so it imports nothing (no Readability, no sanitizer) and reads each node at most once.

export interface Detection {
  isArticle: boolean;
  score: number;
  signals: string[];
}

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle)$/;
/** What a shop or a service page declares about itself (schema.org): a thing to buy or book, not a text to read. */
const PRODUCT_TYPE = /^(?:Product|ProductGroup|ProductModel|IndividualProduct|Offer|AggregateOffer|Service)$/;
const LISTING_TYPE = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage|VideoGallery|ImageGallery)$/;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const LISTING_PATH = /^\/(?:search|cari|suche|recherche|buscar|tag|tags|topic|topik|category|kategori|kanal|indeks|index|author|penulis|video|videos|tv|live|foto|galeri|gallery)(?:\/[^/]*)?\/?$/i;
const SEARCH_QUERY = /[?&](?:q|s|query|search|keyword|k)=/i;
const ARTICLE_PATH = /\/(?:19|20)\d\d[/-]\d\d?[/-]|\d{5,}|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){3,}/u;

/** JSON-LD @type names on the page, read with a regex (no parsing: cheap and never throws). */
function jsonLdTypes(doc: Document): string[] {
  const out: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 20)) {
    const text = (s.textContent ?? '').slice(0, 200_000);
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of (m[1] ?? '').matchAll(/"(?:https?:\/\/schema\.org\/)?([\w]+)"/g)) out.push(t[1] ?? '');
    }
  }
  return out;
}

function metaContent(doc: Document, property: string): string {
  return doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content') ?? '';
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' ||
    (el as HTMLElement).style?.display === 'none';
}

/** Readability's isProbablyReaderable score, summed over the whole page (capped), and the running text length. */
export function proseScore(doc: Document): { score: number; text: number } {
  const nodes = new Set<Element>(Array.from(doc.querySelectorAll('p, pre, article')));
  for (const br of Array.from(doc.querySelectorAll('div > br'))) if (br.parentElement) nodes.add(br.parentElement);
  let score = 0;
  let text = 0;
  for (const node of nodes) {
    if (isHidden(node)) continue;
    const match = `${typeof node.className === 'string' ? node.className : ''} ${node.id}`;
    if (UNLIKELY.test(match) && !MAYBE.test(match)) continue;
    if (node.tagName !== 'ARTICLE' && node.closest('li')) continue;
    const len = (node.textContent ?? '').trim().length;
    if (node.tagName !== 'ARTICLE' && len >= 80) text += len;
    if (len < 140) continue;
    score += Math.sqrt(len - 140);
    if (score > 200) break;
  }
  return { score, text };
}

/** How much of the page's text sits in links that look like headlines (teasers of a listing). */
function teaserShare(doc: Document, bodyText: number): { teasers: number; share: number } {
  let teasers = 0;
  let linkText = 0;
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 1500)) {
    const len = (a.textContent ?? '').trim().length;
    if (len >= 25 && len <= 200) {
      teasers++;
      linkText += len;
    }
  }
  return { teasers, share: bodyText ? linkText / bodyText : 0 };
}

/** Decide whether `doc` (at `url`) shows one article. */
export function detectArticle(doc: Document, url: string): Detection {
  const signals: string[] = [];
  let score = 0;
  const add = (n: number, name: string) => {
    score += n;
    signals.push(`${name}${n > 0 ? '+' : ''}${n}`);
  };

  const types = jsonLdTypes(doc);
  const jsonArticle = types.some((t) => ARTICLE_TYPE.test(t));
  if (jsonArticle) add(3, 'jsonld-article');
  if (types.some((t) => LISTING_TYPE.test(t))) add(-2, 'jsonld-listing');
  const ogType = metaContent(doc, 'og:type').toLowerCase();
  if (ogType === 'article' || ogType.endsWith(':article')) add(2, 'og-article');
  else if (ogType.startsWith('video')) add(-2, 'og-video');
  // A product or service the page sells, and no article declared beside it (a review declares both): a shop page,
  // however much text it has.
  if (!jsonArticle && (types.some((t) => PRODUCT_TYPE.test(t)) || /^(?:og:)?product\b/.test(ogType))) add(-3, 'product');
  if (metaContent(doc, 'article:published_time')) add(1, 'published-time');

  let path = '/';
  let query = '';
  try {
    const u = new URL(url);
    path = u.pathname;
    query = u.search;
  } catch { /* keep defaults */ }
  if (/^\/(?:index\.\w+)?$/i.test(path) || /^\/[a-z]{2}(?:-[a-z]{2})?\/?$/i.test(path)) add(-4, 'home-url');
  else if (LISTING_PATH.test(path) || SEARCH_QUERY.test(query)) add(-3, 'listing-url');
  else if (ARTICLE_PATH.test(decodeURIComponent(path))) add(1, 'article-url');

  const prose = proseScore(doc);
  if (prose.score >= 20 || prose.text >= 1500) add(2, 'prose');
  if (prose.score >= 45 || prose.text >= 3000) add(1, 'long-prose');
  if (prose.score < 10 && prose.text < 800) add(-2, 'little-prose');

  const bodyText = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').length;
  const { teasers, share } = teaserShare(doc, bodyText);
  const headlines = doc.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4').length;
  // Many teasers (headline links) next to little running text: a listing. A long article with a big sidebar
  // loses less than a page of teasers does.
  if ((teasers > 30 && prose.text < teasers * 40) || (headlines >= 8 && headlines * 150 > prose.text)) {
    add(prose.score >= 45 || prose.text >= 3000 ? -1 : -2, 'listing');
  }
  if (share > 0.45) add(-1, 'link-heavy');

  return { isArticle: score >= 2, score, signals };
}
