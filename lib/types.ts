// Shared data shapes. Pure types: imported by lib/, components/ and entrypoints/ alike.

export interface LeadImage {
  src: string;
  alt?: string;
  caption?: string;
}

/** Why a block was taken out of the article by declutter or clean-up. */
export type RemovalReason =
  | 'ad'
  | 'interstitial'
  | 'read-also'
  | 'share'
  | 'promo'
  | 'related'
  | 'tags'
  | 'comments'
  | 'consent'
  | 'duplicate'
  | 'hidden'
  | 'other';

export interface RemovedBlock {
  /** Stable within one extraction: used to put a block back. */
  id: string;
  reason: RemovalReason;
  /** The rule that matched (phrase table key or selector), for the "what was removed" panel. */
  rule: string;
  /** Plain text of the block, shortened. */
  text: string;
  /** Sanitized HTML of the block so it can be shown or restored. */
  html: string;
}

export interface Article {
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  section?: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
  /** Sanitized HTML (lib/sanitize.ts). */
  contentHtml: string;
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  /** Multi-page articles: how many pages were joined, and which could not be fetched. */
  pages?: { count: number; missing: string[] };
  removed?: RemovedBlock[];
}

export interface ExtractResult extends Article {
  /** Whether the page looks like an article (the gate). Extraction still ran when `force` was set. */
  isArticle: boolean;
}

export interface ExtractOptions {
  /** Skip the is-this-an-article gate ("try anyway"). */
  force?: boolean;
  /** Keep the removed blocks in the result (for the "what was removed" panel). Default true. */
  keepRemoved?: boolean;
  /** Rules the user chose to keep on this site (RemovalReason or rule names). */
  keepRules?: string[];
  /** Readability's character threshold. */
  charThreshold?: number;
  /** Skip declutter (used by benchmarks to compare with bare Readability). */
  declutter?: boolean;
  /** Window whose DOMPurify/DOMParser to use; defaults to doc.defaultView or globalThis.window. */
  window?: Window;
}

export type Theme = 'light' | 'sepia' | 'dark' | 'system';
export type FontFamily = 'serif' | 'sans';

export interface ReaderSettings {
  theme: Theme;
  font: FontFamily;
  /** px */
  fontSize: number;
  /** characters (ch) */
  lineWidth: number;
  lineHeight: number;
}

/** A reader view waiting to be shown: what the background hands the reader page. */
export interface ReaderView {
  id: string;
  article: ExtractResult;
  /** The tab's page before the reader replaced it, to return to. */
  sourceUrl: string;
  createdAt: number;
  /** How long each step of the click that made this view took (`npm run bench`). */
  timing?: import('./click-timing').ClickTiming;
}
