// The extraction pipeline: one function used by the injected script, the CLI, the tests and the benchmarks.
// clone → lazy images & absolute URLs → declutter → Readability → clean-up → metadata → sanitize → Article.
// Every stage is guarded: when one throws, the article comes from the stage before it (declutter failed → plain
// Readability on a fresh clone; Readability failed → the linear fallback) and the failure is named in `failures`.
import { Readability } from '@mozilla/readability';
import { sanitizeHtml, sanitizeText, safeHttpUrl } from '../sanitize';
import type { ExtractOptions, ExtractResult, StageFailure } from '../types';
import { cleanupArticle } from './cleanup';
import { declutter } from './declutter';
import { detectArticle, type Detection } from './detect';
import { resolveImagesAndLinks } from './images';
import { findLeadImage } from './lead-image';
import { extractMetadata, normalizeDate, type PageMetadata } from './metadata';
import type { RemovalLog } from './removal-log';
import { blockText, countWords, readingMinutes } from './text';
import { cleanTitle } from './title';
import { findStandfirst } from './standfirst';
import { cloneForExtraction, isOversized, queryAll, roughParse } from './limits';

type Parsed = NonNullable<ReturnType<Readability<Node>['parse']>> | ReturnType<typeof roughParse>;

function baseUrlOf(doc: Document, url: string): string {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  return safeHttpUrl(base, url) ?? url;
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

const NO_METADATA: PageMetadata = { title: null, byline: null, siteName: null, section: null, publishedTime: null,
  modifiedTime: null, lang: null, dir: null, excerpt: null, canonicalUrl: null, image: null, types: [] };

/** <meta name> cannot clobber anything, and metadata (author, description…) lives there: give the names back. */
function restoreMetaNames(doc: Document, clone: Document): void {
  const names = queryAll(doc, 'meta').map((m) => m.getAttribute('name'));
  queryAll(clone, 'meta').forEach((m, i) => {
    const name = names[i];
    if (name) m.setAttribute('name', name);
  });
}

/** Runs `fn`; when it throws, records the stage and returns `fallback()`. */
function guarded<T>(failures: StageFailure[], stage: StageFailure['stage'], fn: () => T, fallback: () => T): T {
  try {
    return fn();
  } catch (err) {
    failures.push({ stage, message: (err instanceof Error ? err.message : String(err)).slice(0, 300) });
    return fallback();
  }
}

function readability(clone: Document, options: ExtractOptions): Parsed | null {
  return new Readability<Node>(clone, { charThreshold: options.charThreshold ?? 500, keepClasses: false, serializer: (el: Node) => el })
    .parse();
}

/** Extract the article of `doc` (never modified: the work happens on a clone). */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const win = windowFor(doc, options);
  const failures: StageFailure[] = [];
  const withFailures = (r: ExtractResult): ExtractResult => (failures.length ? { ...r, failures } : r);
  let clone = cloneForExtraction(doc);
  restoreMetaNames(doc, clone);
  const oversized = isOversized(clone);
  const meta = guarded(failures, 'metadata', () => extractMetadata(clone, url), () => NO_METADATA);
  const detection = guarded<Detection>(failures, 'detection', () => detectArticle(clone, url), () => ({ isArticle: false, score: 0, signals: [] }));
  if (!detection.isArticle && !options.force) {
    const result = emptyResult(url, meta.title ?? '', false);
    return withFailures({ ...result, siteName: meta.siteName, lang: meta.lang, dir: meta.dir });
  }

  const base = baseUrlOf(clone, url);
  guarded(failures, 'images', () => resolveImagesAndLinks(clone, base), () => undefined);
  const ctx = { url, lang: meta.lang, keepRules: options.keepRules, title: cleanTitle(meta.title ?? '', '', meta.siteName), byline: meta.byline };
  let log: RemovalLog | null = null;
  if (options.declutter !== false && !oversized) {
    log = guarded(failures, 'declutter', () => declutter(clone, ctx), () => {
      // A half-decluttered clone is no base: start again from the page, without declutter.
      clone = cloneForExtraction(doc);
      restoreMetaNames(doc, clone);
      guarded(failures, 'images', () => resolveImagesAndLinks(clone, base), () => undefined);
      return null;
    });
  }

  const parsed = oversized ? roughParse(clone) : guarded(failures, 'readability', () => readability(clone, options), () => {
    // Readability may have left the clone half-rewritten: the linear fallback reads a fresh one.
    const fresh = cloneForExtraction(doc);
    guarded(failures, 'images', () => resolveImagesAndLinks(fresh, base), () => undefined);
    return roughParse(fresh);
  });
  if (!parsed || !parsed.content) return withFailures(emptyResult(url, meta.title ?? '', false));

  const content = parsed.content as unknown as Element;
  if (log) {
    const cleanupLog = log;
    guarded(failures, 'cleanup', () => cleanupArticle(content, { ...ctx, titles: [parsed.title, queryAll(doc, 'h1')[0]?.textContent] }, cleanupLog), () => undefined);
  }
  const standfirst = log ? guarded(failures, 'standfirst', () => findStandfirst(doc, meta.excerpt, content.textContent ?? ''), () => null) : null;
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

  return withFailures({
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
    leadImage: guarded(failures, 'lead-image', () => findLeadImage(holder, meta.image, doc, base), () => null),
    contentHtml,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    // Removed blocks can be shown and put back: they pass the same sanitizer as the article.
    removed: options.keepRemoved === false ? [] : (log?.blocks ?? []).map((b) => ({ ...b, html: sanitizeHtml(b.html, win) })),
    isArticle: detection.isArticle,
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
