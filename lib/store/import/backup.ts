// Baca's own backup: checked entry by entry before anything is written; images decoded back into Blobs.
import type { Article } from '../../types';
import { base64ToBytes } from '../base64';
import { BACKUP_FORMAT, type BackupEntry } from '../export/backup';
import { ImportError, type ImportHighlight, type ImportItem } from './model';

/** Where a JSON.parse failure is (the engine says "position 123" and/or "line 4 column 2"), and whether it is at the end. */
export function jsonErrorPlace(text: string, message: string): { line: number; atEnd: boolean } {
  const pos = /position (\d+)/i.exec(message);
  const at = pos ? Number(pos[1]) : /line \d+/i.test(message) ? text.length : firstBadOffset(text);
  const lc = /line (\d+)/i.exec(message);
  let line = 1;
  if (lc) line = Number(lc[1]);
  else for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  const atEnd = /end of (JSON )?input|unterminated/i.test(message) || at >= text.trimEnd().length - 1;
  return { line, atEnd };
}

const endOfInput = (m: string) => /end of (JSON )?input|unterminated/i.test(m);

/** Where JSON text goes wrong when the engine does not say (V8 sometimes quotes a snippet only): the shortest prefix that fails for another reason than ending early. */
function firstBadOffset(text: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let bad = false;
    try {
      JSON.parse(text.slice(0, mid + 1));
    } catch (err) {
      bad = !endOfInput(err instanceof Error ? err.message : String(err));
    }
    if (bad) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const isStr = (v: unknown) => typeof v === 'string';
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function articleProblem(a: unknown): string | null {
  if (typeof a !== 'object' || a === null) return 'has no article';
  const r = a as Record<string, unknown>;
  for (const k of ['url', 'title', 'contentHtml', 'textContent']) if (!isStr(r[k])) return `article.${k} is missing or not text`;
  for (const k of ['wordCount', 'readingMinutes']) if (!isNum(r[k])) return `article.${k} is missing or not a number`;
  return null;
}

function entryProblem(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return 'is not an object';
  const r = e as Record<string, unknown>;
  if (!isStr(r.id) || !isStr(r.url)) return 'has no id or url';
  if (!isNum(r.savedAt)) return 'has no savedAt time';
  if (r.status !== 'unread' && r.status !== 'archived') return `has an unknown status "${String(r.status)}"`;
  if (!Array.isArray(r.tags)) return 'has no tag list';
  if (!Array.isArray(r.imageData)) return 'has no image list';
  for (const img of r.imageData as unknown[]) {
    const i = img as Record<string, unknown>;
    if (!i || !isStr(i.url) || !isStr(i.type) || !isStr(i.data)) return 'has a damaged image';
  }
  return articleProblem(r.article);
}

function highlightsOf(raw: unknown, file: string, line: number, i: number): ImportHighlight[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw new ImportError(file, line, `entry ${i + 1} has a highlight list that is not a list`);
  return raw.map((h: unknown, k) => {
    const r = h as Record<string, unknown>;
    if (!r || !isStr(r.exact) || !(r.exact as string).trim()) throw new ImportError(file, line, `entry ${i + 1}, highlight ${k + 1} has no text`);
    return {
      id: isStr(r.id) ? (r.id as string) : undefined, exact: r.exact as string, prefix: isStr(r.prefix) ? (r.prefix as string) : '',
      suffix: isStr(r.suffix) ? (r.suffix as string) : '', start: isNum(r.start) ? (r.start as number) : null, end: isNum(r.end) ? (r.end as number) : null,
      color: r.color as ImportHighlight['color'], note: isStr(r.note) ? (r.note as string) : '', createdAt: isNum(r.createdAt) ? (r.createdAt as number) : undefined,
    };
  });
}

export function parseBackup(text: string, file: string): ImportItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const place = jsonErrorPlace(text, message);
    throw new ImportError(file, place.line, `not valid JSON (${place.atEnd ? 'the file is cut off' : message})`);
  }
  const root = data as { format?: unknown; version?: unknown; entries?: unknown; kept?: unknown };
  if (root?.format !== BACKUP_FORMAT) throw new ImportError(file, 1, 'not a Baca backup');
  if (root.version !== 1) throw new ImportError(file, 1, `backup version ${String(root.version)} is newer than this Baca`);
  if (!Array.isArray(root.entries)) throw new ImportError(file, 1, 'the backup has no entries list');
  if (root.kept !== undefined && !Array.isArray(root.kept)) throw new ImportError(file, 1, 'the kept highlights are not a list');
  const entries = root.entries as unknown[];
  // After the entries, one line per page whose deleted article's highlights were kept.
  const kept = ((root.kept ?? []) as unknown[]).map((raw, k): ImportItem => {
    const line = entries.length + 3 + k;
    const r = raw as Record<string, unknown> | null;
    if (!r || !isStr(r.url)) throw new ImportError(file, line, `kept highlights ${k + 1} have no page address`);
    const highlights = highlightsOf(r.highlights, file, line, k) ?? [];
    return { url: r.url as string, title: isStr(r.title) ? (r.title as string) : undefined, highlights, keptOnly: true };
  });
  return [...entries.map((raw, i) => {
    // One entry per line, after the header line.
    const line = i + 2;
    const problem = entryProblem(raw);
    if (problem) throw new ImportError(file, line, `entry ${i + 1} ${problem}`);
    const e = raw as BackupEntry;
    let images: ImportItem['images'];
    try {
      images = e.imageData.map((img) => ({ url: img.url, blob: new Blob([base64ToBytes(img.data) as BlobPart], { type: img.type }) }));
    } catch {
      throw new ImportError(file, line, `entry ${i + 1} has an image that is not valid base64`);
    }
    return {
      id: e.id, url: e.url, urls: Array.isArray(e.urls) ? e.urls : undefined, title: e.title, tags: e.tags, status: e.status, favorite: e.favorite === 1, savedAt: e.savedAt,
      updatedAt: e.updatedAt, readAt: e.readAt ?? null, progress: e.progress ?? 0,
      article: e.article.contentHtml ? (e.article as Article) : undefined,
      images, imageFailures: e.imageFailures ?? [],
      highlights: highlightsOf(e.highlights, file, line, i),
    } satisfies ImportItem;
  }), ...kept];
}
