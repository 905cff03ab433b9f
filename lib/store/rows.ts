// Building the rows of one saved article from an Article (fresh save, import, backup, migration).
import { safeHttpUrl, sanitizeText } from '../sanitize';
import type { Article } from '../types';
import type { SaveInput, SavedContent, SavedEntry, SearchTerms } from './model';
import { uniqueTerms } from './tokens';
import { articleKeys } from './url';

export function newEntryId(): string {
  const rand = crypto.getRandomValues(new Uint32Array(2));
  return `${Date.now().toString(36)}${rand[0]!.toString(36)}${rand[1]!.toString(36)}`.slice(0, 20);
}

/** Search terms of an article; the words of its highlights and notes come before the body (never cut by MAX_TERMS). */
export function termsOf(article: Pick<Article, 'title' | 'siteName' | 'byline' | 'textContent'>,
  highlights: readonly { exact: string; note: string }[] = []): string {
  const marked = highlights.map((h) => `${h.exact} ${h.note}`).join(' ');
  return uniqueTerms(article.title, article.siteName, article.byline, marked, article.textContent).join(' ');
}

/** The first image of the article (lead image or first in the body): the list's thumbnail. */
export function thumbnailOf(article: Article): string | null {
  if (article.leadImage?.src) return safeHttpUrl(article.leadImage.src);
  const m = /<img\b[^>]*?\ssrc="([^"]+)"/i.exec(article.contentHtml);
  return m ? safeHttpUrl(m[1]!.replace(/&amp;/g, '&')) : null;
}

export function cleanTags(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  const out = new Set<string>();
  for (const t of tags) {
    const tag = sanitizeText(t, 80).toLowerCase();
    if (tag) out.add(tag);
  }
  return [...out].slice(0, 50);
}

export interface Rows {
  entry: SavedEntry;
  content: SavedContent;
  terms: SearchTerms;
}

/** Rows for `input`, stored under `id`; `previous` (a save of the same URL) keeps its state. */
export function buildRows(id: string, input: SaveInput, previous?: SavedEntry, now = Date.now()): Rows {
  const a = input.article;
  const keys = articleKeys(a.url, a.canonicalUrl);
  if (!keys) throw new Error(`not a web address: ${a.url}`);
  const images = input.images ?? [];
  const entry: SavedEntry = {
    id,
    url: keys.key,
    urls: [...new Set([...(previous?.urls ?? []), ...keys.urls])],
    title: sanitizeText(a.title, 500) || keys.key,
    siteName: a.siteName,
    byline: a.byline,
    excerpt: a.excerpt ? sanitizeText(a.excerpt, 300) : sanitizeText(a.textContent.slice(0, 400), 300) || null,
    lang: a.lang,
    dir: a.dir,
    publishedTime: a.publishedTime,
    thumbUrl: thumbnailOf(a),
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    savedAt: input.savedAt ?? previous?.savedAt ?? now,
    updatedAt: now,
    status: input.status ?? previous?.status ?? 'unread',
    favorite: (input.favorite ?? previous?.favorite === 1) ? 1 : 0,
    tags: cleanTags([...(previous?.tags ?? []), ...(input.tags ?? [])]),
    progress: input.progress ?? previous?.progress ?? 0,
    readAt: input.readAt !== undefined ? input.readAt : (previous?.readAt ?? null),
    content: input.content ?? 'full',
    error: null,
    images: {
      saved: images.length,
      failed: input.imageFailures?.length ?? 0,
      bytes: images.reduce((n, i) => n + i.blob.size, 0),
    },
  };
  return {
    entry,
    content: { id, article: a, imageFailures: input.imageFailures ?? [] },
    terms: { id, terms: termsOf(a) },
  };
}
