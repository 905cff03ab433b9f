// Article metadata from JSON-LD, OpenGraph, article:* meta and <time>. Everything read here is page data:
// parsed without touching prototypes, kept as plain strings, URLs only http(s).
import { safeHttpUrl, sanitizeText } from '../sanitize';
import { parseDateline } from './dates';
import { bylineFromPage, datelineFromPage } from './page-credits';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  section: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  image: string | null;
  /** JSON-LD @type values seen on the page (for detection). */
  types: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

/** JSON.parse that drops keys able to reach a prototype (`__proto__`, `constructor`, `prototype`). */
export function parseJsonSafely(text: string): Json | undefined {
  try {
    return JSON.parse(text, (key, value: Json) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
    ) as Json;
  } catch {
    // Some sites put raw newlines or trailing commas in JSON-LD; try once more, leniently.
    try {
      const relaxed = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
      return JSON.parse(relaxed, (key, value: Json) =>
        key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
      ) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(obj: JsonObject, key: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function typesOf(obj: JsonObject): string[] {
  const t = own(obj, '@type');
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** All JSON-LD objects on the page, flattened through arrays and @graph. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (node: Json | undefined, depth: number) => {
    if (depth > 6 || out.length > 200) return;
    if (Array.isArray(node)) node.forEach((n) => visit(n, depth + 1));
    else if (isObject(node)) {
      out.push(node);
      visit(own(node, '@graph'), depth + 1);
      const main = own(node, 'mainEntity');
      if (isObject(main)) visit(main, depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 30)) {
    const text = script.textContent ?? '';
    if (text.length > 2_000_000) continue;
    visit(parseJsonSafely(text), 0);
  }
  return out;
}

function textOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return sanitizeText(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(textOf).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : null;
  }
  if (isObject(v)) return textOf(own(v, 'name')) ?? textOf(own(v, '@value'));
  return null;
}

function imageOf(v: Json | undefined, base: string): string | null {
  if (typeof v === 'string') return safeHttpUrl(v, base);
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = imageOf(x, base);
      if (u) return u;
    }
    return null;
  }
  if (isObject(v)) return imageOf(own(v, 'url') ?? own(v, 'contentUrl'), base);
  return null;
}

const metaTables = new WeakMap<Document, Map<string, string>>();

/** property / name / itemprop (lower-cased) → content of the first <meta> carrying it: one pass over the page. */
function metaTable(doc: Document): Map<string, string> {
  let table = metaTables.get(doc);
  if (table) return table;
  table = new Map();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 2000; i++) {
    const el = metas[i]!;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !table.has(key)) table.set(key, el.getAttribute('content') ?? '');
    }
  }
  metaTables.set(doc, table);
  return table;
}

function meta(doc: Document, ...names: string[]): string | null {
  const table = metaTable(doc);
  for (const name of names) {
    const v = sanitizeText(table.get(name.toLowerCase()) ?? '');
    if (v) return v;
  }
  return null;
}

/** A date string as ISO 8601, or null when it cannot be read. Keeps the zone when the source gives one. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
    const d = new Date(v.replace(' ', 'T'));
    if (Number.isNaN(d.getTime())) return v.slice(0, 10);
    return /T|\s\d/.test(v) ? v.replace(' ', 'T') : v.slice(0, 10);
  }
  const parsed = parseDateline(v);
  if (parsed) return parsed;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function authorOf(obj: JsonObject): string | null {
  const a = own(obj, 'author') ?? own(obj, 'creator');
  const name = textOf(a);
  if (!name || /^https?:/i.test(name)) return null;
  return name;
}

const notUrl = (v: string | null) => (v && !/^https?:/i.test(v) ? v : null);

export function extractMetadata(doc: Document, url: string): PageMetadata {
  const objects = jsonLdObjects(doc);
  const types = [...new Set(objects.flatMap(typesOf))];
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const publisher = article ? own(article, 'publisher') : undefined;

  const htmlLang = doc.documentElement.getAttribute('lang');
  const lang = sanitizeText(
    (article && textOf(own(article, 'inLanguage'))) || htmlLang || meta(doc, 'og:locale', 'language', 'content-language') || '',
  ).replace('_', '-') || null;
  const dirAttr = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const rtlLang = lang ? /^(?:ar|he|fa|ur|yi|ps|sd|ug|dv|ckb)(?:-|$)/i.test(lang) : false;
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : rtlLang ? 'rtl' : null;

  const timeEl = doc.querySelector('article time[datetime], time[datetime]');
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');

  return {
    title: (article && textOf(own(article, 'headline'))) || meta(doc, 'og:title', 'twitter:title') ||
      sanitizeText(doc.title) || null,
    byline: (article && authorOf(article)) || notUrl(meta(doc, 'author', 'article:author', 'dc.creator', 'byl', 'parsely-author')) ||
      bylineFromPage(doc),
    siteName: (isObject(publisher) ? textOf(own(publisher, 'name')) : null) || meta(doc, 'og:site_name', 'application-name', 'publisher'),
    section: (article && textOf(own(article, 'articleSection'))) || meta(doc, 'article:section'),
    publishedTime: normalizeDate(
      (article && textOf(own(article, 'datePublished'))) || meta(doc, 'article:published_time', 'datePublished',
        'pubdate', 'publishdate', 'date', 'dc.date', 'dcterms.created', 'parsely-pub-date') ||
        timeEl?.getAttribute('datetime'),
    ) ?? datelineFromPage(doc),
    modifiedTime: normalizeDate(
      (article && textOf(own(article, 'dateModified'))) || meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time'),
    ),
    lang,
    dir,
    excerpt: (article && textOf(own(article, 'description'))) || meta(doc, 'og:description', 'description', 'twitter:description'),
    canonicalUrl: safeHttpUrl(canonical, url) ?? safeHttpUrl(meta(doc, 'og:url'), url),
    image: (article && imageOf(own(article, 'image'), url)) || safeHttpUrl(meta(doc, 'og:image', 'twitter:image'), url),
    types,
  };
}
