// The extraction pipeline: one function used by the injected script, the CLI, the tests and the benchmarks.
// clone → lazy images & absolute URLs → declutter → Readability → clean-up → metadata → sanitize → Article.
import { Readability } from '@mozilla/readability';
import { sanitizeHtml, sanitizeText, safeHttpUrl } from '../sanitize';
import type { ExtractOptions, ExtractResult, LeadImage } from '../types';
import { cleanupArticle, declutter } from './declutter';
import { detectArticle } from './detect';
import { resolveImagesAndLinks } from './images';
import { extractMetadata, normalizeDate } from './metadata';
import { blockText, countWords, readingMinutes } from './text';
import { cleanTitle } from './title';
import { findStandfirst } from './standfirst';
import { cloneForExtraction, isOversized, queryAll, roughParse } from './limits';

function baseUrlOf(doc: Document, url: string): string {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  return safeHttpUrl(base, url) ?? url;
}

function imageKey(src: string): string {
  try {
    const u = new URL(src, 'https://relative.invalid/');
    return (u.pathname.split('/').pop() ?? '').replace(/[-_]?\d{2,4}x\d{2,4}(?=\.)/, '').toLowerCase();
  } catch {
    return src;
  }
}

function findLeadImage(content: Element, image: string | null, original: Document): LeadImage | null {
  if (!image) return null;
  const key = imageKey(image);
  const inBody = Array.from(content.querySelectorAll('img')).some((img) => imageKey(img.getAttribute('src') ?? '') === key);
  if (inBody) return null;
  let alt: string | undefined;
  let caption: string | undefined;
  // The live page may still hold a lazy placeholder in src: compare every address the image carries.
  const addresses = (img: Element) =>
    ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'srcset'].flatMap((a) =>
      (img.getAttribute(a) ?? '').split(/[\s,]+/).filter((u) => u && !u.startsWith('data:')));
  for (const img of queryAll(original, 'img').slice(0, 200)) {
    if (!addresses(img).some((u) => imageKey(u) === key)) continue;
    alt = sanitizeText(img.getAttribute('alt') ?? '', 500) || undefined;
    caption = sanitizeText(img.closest('figure')?.querySelector('figcaption')?.textContent ?? '', 500) || undefined;
    break;
  }
  return { src: image, alt, caption };
}

function windowFor(doc: Document, options: ExtractOptions): Window {
  const win = options.window ?? doc.defaultView ?? (typeof window !== 'undefined' ? window : undefined);
  if (!win) throw new Error('extractArticle needs a window to sanitize with');
  return win;
}

function emptyResult(url: string, title: string, isArticle: boolean): ExtractResult {
  return {
    url, canonicalUrl: url, title, byline: null, siteName: null, section: null, publishedTime: null,
    modifiedTime: null, lang: null, dir: null, excerpt: null, leadImage: null, contentHtml: '', textContent: '',
    wordCount: 0, readingMinutes: 0, removed: [], isArticle,
  };
}

/** <meta name> cannot clobber anything, and metadata (author, description…) lives there: give the names back. */
function restoreMetaNames(doc: Document, clone: Document): void {
  const names = queryAll(doc, 'meta').map((m) => m.getAttribute('name'));
  queryAll(clone, 'meta').forEach((m, i) => {
    const name = names[i];
    if (name) m.setAttribute('name', name);
  });
}

/** Extract the article of `doc` (never modified: the work happens on a clone). */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const win = windowFor(doc, options);
  const clone = cloneForExtraction(doc);
  restoreMetaNames(doc, clone);
  const oversized = isOversized(clone);
  const meta = extractMetadata(clone, url);
  const detection = detectArticle(clone, url);
  if (!detection.isArticle && !options.force) {
    const result = emptyResult(url, meta.title ?? '', false);
    return { ...result, siteName: meta.siteName, lang: meta.lang, dir: meta.dir };
  }

  resolveImagesAndLinks(clone, baseUrlOf(clone, url));
  const ctx = { url, lang: meta.lang, keepRules: options.keepRules, title: cleanTitle(meta.title ?? '', '', meta.siteName), byline: meta.byline };
  const log = options.declutter === false || oversized ? null : declutter(clone, ctx);

  const parsed = oversized ? roughParse(clone) : new Readability(clone, {
    charThreshold: options.charThreshold ?? 500,
    keepClasses: false,
    serializer: (el: Node) => el,
  }).parse();
  if (!parsed || !parsed.content) return emptyResult(url, meta.title ?? '', false);

  const content = parsed.content as unknown as Element;
  if (log) cleanupArticle(content, { ...ctx, titles: [parsed.title, queryAll(doc, 'h1')[0]?.textContent] }, log);
  const standfirst = log ? findStandfirst(doc, meta.excerpt, content.textContent ?? '') : null;
  if (standfirst) {
    const lead = content.ownerDocument.createElement('p');
    lead.textContent = standfirst.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    (content.firstElementChild ?? content).prepend(lead);
  }
  const contentHtml = sanitizeHtml(content.innerHTML, win);

  const holder = win.document.createElement('div');
  holder.innerHTML = contentHtml;
  const textContent = blockText(holder);
  const lang = meta.lang ?? parsed.lang ?? null;
  const wordCount = countWords(textContent, lang);
  const title = cleanTitle(meta.title ?? parsed.title ?? '', parsed.title ?? '', meta.siteName ?? parsed.siteName ?? null);

  return {
    url,
    canonicalUrl: meta.canonicalUrl ?? url,
    title: sanitizeText(title, 500),
    byline: sanitizeText(meta.byline ?? log?.credits[0] ?? parsed.byline ?? '', 300) || null,
    siteName: sanitizeText(meta.siteName ?? parsed.siteName ?? '', 200) || hostOf(url),
    section: meta.section,
    publishedTime: meta.publishedTime ?? normalizeDate(parsed.publishedTime),
    modifiedTime: meta.modifiedTime,
    lang,
    dir: meta.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null),
    excerpt: sanitizeText(meta.excerpt ?? parsed.excerpt ?? '', 600) || null,
    leadImage: findLeadImage(holder, meta.image, doc),
    contentHtml,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    // Removed blocks can be shown and put back: they pass the same sanitizer as the article.
    removed: options.keepRemoved === false ? [] : (log?.blocks ?? []).map((b) => ({ ...b, html: sanitizeHtml(b.html, win) })),
    isArticle: detection.isArticle,
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
