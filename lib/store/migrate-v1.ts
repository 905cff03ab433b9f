// Version 1 kept one row per article with everything in it; version 2 splits it into list row, body and terms.
import type { Article } from '../types';
import type { EntryStatus } from './model';
import { buildRows, type Rows } from './rows';

export interface V1Article {
  id: string;
  url: string;
  article: Article;
  savedAt: number;
  updatedAt?: number;
  status?: EntryStatus;
  favorite?: boolean;
  tags?: string[];
  progress?: number;
  readAt?: number | null;
}

export function entryFromV1(old: V1Article, imageCount = 0): Rows {
  const rows = buildRows(
    old.id,
    {
      article: old.article,
      savedAt: old.savedAt,
      status: old.status === 'archived' ? 'archived' : 'unread',
      favorite: !!old.favorite,
      tags: old.tags ?? [],
      progress: old.progress ?? 0,
      readAt: old.readAt ?? null,
    },
    undefined,
    old.updatedAt ?? old.savedAt,
  );
  // v1 keys were already canonical: keep them so links and images (keyed by id) stay valid.
  rows.entry.urls = [...new Set([old.url, ...rows.entry.urls])];
  rows.entry.url = old.url;
  rows.entry.images = { saved: imageCount, failed: 0, bytes: 0 };
  return rows;
}
