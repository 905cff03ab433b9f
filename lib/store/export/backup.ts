// The complete backup: every field of every entry, its article and its images (base64), one entry per line so a
// problem in a damaged file can be named by line. Written in parts: 10,000 articles never become one giant string.
import { openDb } from '../db';
import { groupedHighlights } from '../highlights';
import type { SavedContent, SavedEntry, StoredHighlight, StoredImage } from '../model';
import type { Article } from '../../types';
import { blobToBase64 } from '../base64';

export const BACKUP_FORMAT = 'baca-backup';
export const BACKUP_VERSION = 1;
const CHUNK = 200;

export interface BackupImage {
  url: string;
  type: string;
  data: string;
}

export interface BackupEntry extends SavedEntry {
  article: Article;
  imageFailures: { url: string; reason: string }[];
  imageData: BackupImage[];
  /** Highlights and notes (absent in backups from before highlights). */
  highlights?: BackupHighlight[];
}

/** Highlights the person kept when deleting an article (whole backups only), one group per page. */
export interface BackupKept {
  url: string;
  title: string;
  highlights: BackupHighlight[];
}

export type BackupHighlight = Pick<StoredHighlight, 'id' | 'exact' | 'prefix' | 'suffix' | 'start' | 'end' | 'color' | 'note' | 'createdAt'>;

const backupHighlight = (h: StoredHighlight): BackupHighlight =>
  ({ id: h.id, exact: h.exact, prefix: h.prefix, suffix: h.suffix, start: h.start, end: h.end, color: h.color, note: h.note, createdAt: h.createdAt });

export async function backupEntry(entry: SavedEntry, content: SavedContent | undefined, images: StoredImage[], highlights: StoredHighlight[] = []): Promise<BackupEntry> {
  const imageData = await Promise.all(images.map(async (i) => ({ url: i.url, type: i.type, data: await blobToBase64(i.blob) })));
  return { ...entry, article: content!.article, imageFailures: content?.imageFailures ?? [], imageData, highlights: highlights.filter((h) => !h.orphan).map(backupHighlight) };
}

/** The backup of `ids` (all entries when omitted) as a JSON file. */
export async function exportBackup(ids?: string[]): Promise<Blob> {
  const db = openDb();
  const entries = ids ? (await db.entries.bulkGet(ids)).filter((e): e is SavedEntry => !!e) : await db.entries.orderBy('savedAt').toArray();
  const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), count: entries.length };
  // Highlights are small: read them in one go (an indexed anyOf per chunk walks a cursor key by key, which took
  // seconds over 10,000 articles), grouped by article; the kept ones of deleted articles go in a whole backup.
  const { byArticle: marksOf, keptByUrl } = await groupedHighlights(db);
  // Each chunk becomes a Blob right away: its text leaves the page's heap (Blob data lives outside it).
  const parts: BlobPart[] = [`${JSON.stringify(header).slice(0, -1)},"entries":[\n`];
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    const chunkIds = chunk.map((e) => e.id);
    const [contents, images] = await Promise.all([db.contents.bulkGet(chunkIds), db.images.where('articleId').anyOf(chunkIds).toArray()]);
    const byArticle = new Map<string, StoredImage[]>();
    for (const img of images) byArticle.set(img.articleId, [...(byArticle.get(img.articleId) ?? []), img]);
    const lines: string[] = [];
    for (let k = 0; k < chunk.length; k++) {
      const e = chunk[k]!;
      const content = contents[k] ?? { id: e.id, article: emptyArticle(e), imageFailures: [] };
      const row = await backupEntry(e, content, byArticle.get(e.id) ?? [], marksOf.get(e.id));
      lines.push(`${JSON.stringify(row)}${i + k < entries.length - 1 ? ',' : ''}\n`);
    }
    parts.push(new Blob(lines));
  }
  // A whole backup also keeps the highlights of deleted articles the person chose to keep.
  const groups: BackupKept[] = ids ? [] : [...keptByUrl].map(([url, hs]) => ({ url, title: hs[0]!.title, highlights: hs.map(backupHighlight) }));
  parts.push(groups.length ? `],"kept":[\n${groups.map((k) => JSON.stringify(k)).join(',\n')}\n]}\n` : ']}\n');
  return new Blob(parts, { type: 'application/json' });
}

function emptyArticle(e: SavedEntry): Article {
  return { url: e.url, canonicalUrl: e.url, title: e.title, byline: e.byline, siteName: e.siteName, publishedTime: e.publishedTime,
    modifiedTime: null, lang: e.lang, dir: e.dir, excerpt: e.excerpt, leadImage: null, contentHtml: '', textContent: '',
    wordCount: e.wordCount, readingMinutes: e.readingMinutes };
}
