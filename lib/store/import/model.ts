// What every importer produces: plain items, checked before anything is written.
import type { Article } from '../../types';
import type { EntryStatus, HighlightColor, StoredImageInput } from '../model';

/** A highlight from an import file: at least its text; context and position when the source kept them. */
export interface ImportHighlight {
  id?: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number | null;
  end?: number | null;
  color?: HighlightColor;
  note?: string;
  createdAt?: number;
}

export interface ImportItem {
  url: string;
  /** Backups: the entry's id and last update, kept when the id is free (lossless round trip). */
  id?: string;
  updatedAt?: number;
  /** Every address the entry was known by. */
  urls?: string[];
  title?: string;
  tags?: string[];
  status?: EntryStatus;
  favorite?: boolean;
  savedAt?: number;
  readAt?: number | null;
  progress?: number;
  /** Full content (Baca backups, Omnivore exports); without it the URL is queued for fetching. */
  article?: Article;
  images?: StoredImageInput[];
  imageFailures?: { url: string; reason: string }[];
  /** Highlights and notes (Baca backups, Pocket annotations, Omnivore, Instapaper selections). */
  highlights?: ImportHighlight[];
  /**
   * Baca backups: highlights the person kept when they deleted this page's article. They attach to an entry for
   * the page when there is one; otherwise they are restored as kept highlights, and no entry is made.
   */
  keptOnly?: boolean;
}

/** A file that cannot be imported: names the file, the line when known, and what is wrong. Nothing was written. */
export class ImportError extends Error {
  constructor(readonly file: string, readonly line: number | null, readonly detail: string) {
    super(line === null ? `${file}: ${detail}` : `${file}, line ${line}: ${detail}`);
    this.name = 'ImportError';
  }
}

export interface ImportResult {
  added: number;
  updated: number;
  queued: number;
  /** Highlights added. */
  highlights?: number;
}
