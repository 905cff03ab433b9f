// Shapes of what the library keeps. The list reads only `SavedEntry` rows (small); the article body, the images and
// the search terms live in their own tables and are read when an article is opened or searched.
import type { Article } from '../types';

export type EntryStatus = 'unread' | 'archived';
/** Whether the article body is stored ('full'), still to be fetched ('pending'), or could not be fetched ('failed'). */
export type ContentState = 'full' | 'pending' | 'failed';

export interface SavedEntry {
  id: string;
  /** Canonical URL (tracking parameters stripped): the key that makes a second save an update. */
  url: string;
  /** Every canonical form this article is known under (page URL, rel=canonical): looked up when saving again. */
  urls: string[];
  title: string;
  siteName: string | null;
  byline: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  /** URL of the thumbnail image (a stored image when there is one). */
  thumbUrl: string | null;
  wordCount: number;
  readingMinutes: number;
  savedAt: number;
  updatedAt: number;
  status: EntryStatus;
  favorite: 0 | 1;
  tags: string[];
  /** 0..1 of the article scrolled through. */
  progress: number;
  readAt: number | null;
  content: ContentState;
  /** Why fetching the content failed (imports), shown and retryable. */
  error: string | null;
  images: { saved: number; failed: number; bytes: number };
  /** Highlights on this article (schema 3; absent on older rows means none). */
  highlightCount?: number;
}

export interface SavedContent {
  id: string;
  article: Article;
  /** Images that could not be kept offline, with the reason. */
  imageFailures: { url: string; reason: string }[];
}

export interface StoredImage {
  articleId: string;
  url: string;
  blob: Blob;
  type: string;
  bytes: number;
}

export interface SearchTerms {
  id: string;
  /** Unique normalized words of title, site, byline and body, space-separated. */
  terms: string;
}

export interface QueueItem {
  id: string;
  url: string;
  /** 'page' (default): fetch and extract the page. 'images': the article came with its text (Omnivore); keep its images. */
  kind?: 'page' | 'images';
  attempts: number;
  /** Time the item may be tried next (back-off after a failure). */
  nextAt: number;
  lastError: string | null;
  state: 'waiting' | 'failed';
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** What a caller hands the store to save one article. */
export interface SaveInput {
  article: Article;
  images?: StoredImageInput[];
  imageFailures?: { url: string; reason: string }[];
  /** Fields that survive from an import or a backup; defaults for a fresh save. */
  savedAt?: number;
  status?: EntryStatus;
  favorite?: boolean;
  tags?: string[];
  progress?: number;
  readAt?: number | null;
  content?: ContentState;
}

export interface StoredImageInput {
  url: string;
  blob: Blob;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A highlight, stored as W3C Web Annotation selectors (lib/highlights/anchor.ts), never as a DOM path. */
export interface StoredHighlight {
  id: string;
  /** The entry it belongs to; kept (with `url` and `title`) when the person deleted the article but kept its highlights. */
  articleId: string;
  /** Canonical URL of the article: a later save or import of the same page attaches the highlight to it. */
  url: string;
  title: string;
  /** TextQuoteSelector: the highlighted text with the text just before and after it. */
  exact: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector (offsets into the canonical text), a hint only; null when imported without one. */
  start: number | null;
  end: number | null;
  color: HighlightColor;
  note: string;
  createdAt: number;
  updatedAt: number;
  /** The article was deleted and the person chose to keep this highlight. */
  orphan?: 1;
}
