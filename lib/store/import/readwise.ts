// Readwise Reader's CSV export: Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen. Tags are a
// Python-style list (['a', 'b']); Location "archive" is archived, anything else (new, later, shortlist, feed) unread.
import type { ImportItem } from './model';
import { csvRecords, requireUrl } from './csv';
import { ImportError } from './model';

function tagsOf(raw: string): string[] {
  const inner = raw.trim().replace(/^\[|\]$/g, '');
  if (!inner.trim()) return [];
  return inner.split(',').map((s) => s.trim().replace(/^['"]|['"]$/g, '').trim()).filter(Boolean);
}

function savedTime(raw: string): number | undefined {
  if (!raw) return undefined;
  const t = Date.parse(raw.trim().replace(' ', 'T'));
  return Number.isFinite(t) ? t : undefined;
}

function progressOf(raw: string, file: string, line: number): number | undefined {
  if (!raw) return undefined;
  const percent = raw.endsWith('%');
  const n = Number(raw.replace('%', ''));
  if (!Number.isFinite(n) || n < 0) throw new ImportError(file, line, `reading progress "${raw.slice(0, 20)}" is not a number`);
  return Math.min(1, percent || n > 1 ? n / 100 : n);
}

export function parseReadwiseCsv(text: string, file: string): ImportItem[] {
  return csvRecords(text, file, ['title', 'url', 'document tags', 'saved date', 'location']).map((r) => {
    const progress = progressOf(r.get('reading progress'), file, r.line);
    return {
      url: requireUrl(r.get('url'), file, r.line),
      title: r.get('title') || undefined,
      tags: tagsOf(r.get('document tags')),
      savedAt: savedTime(r.get('saved date')),
      status: /^archive/i.test(r.get('location')) ? 'archived' : 'unread',
      progress,
      readAt: progress !== undefined && progress >= 0.98 ? (savedTime(r.get('saved date')) ?? null) : undefined,
    } satisfies ImportItem;
  });
}
