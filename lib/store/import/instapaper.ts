// Instapaper CSV: URL,Title,Selection,Folder,Timestamp,Tags. Folder "Archive" is archived, "Starred" a favourite,
// any other folder (not "Unread") becomes a tag. A Selection becomes a highlight. Tags are a JSON array in recent exports, comma-separated before.
import type { ImportItem } from './model';
import { csvRecords, requireUrl, unixTime } from './csv';

function tagsOf(raw: string): string[] {
  if (!raw) return [];
  if (raw.startsWith('[')) {
    try {
      const v = JSON.parse(raw) as unknown;
      if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
    } catch {
      /* fall back to commas */
    }
  }
  return raw.replace(/^\[|\]$/g, '').split(',').map((s) => s.replace(/^["'\s]+|["'\s]+$/g, '')).filter(Boolean);
}

export function parseInstapaperCsv(text: string, file: string): ImportItem[] {
  return csvRecords(text, file, ['url', 'title', 'folder', 'timestamp']).map((r) => {
    const folder = r.get('folder');
    const tags = tagsOf(r.get('tags'));
    if (folder && !/^(unread|archive|starred)$/i.test(folder)) tags.push(folder);
    return {
      url: requireUrl(r.get('url'), file, r.line),
      title: r.get('title') || undefined,
      savedAt: unixTime(r.get('timestamp')),
      status: /^archive$/i.test(folder) ? 'archived' : 'unread',
      favorite: /^starred$/i.test(folder),
      tags,
      // The text selected when the page was saved: Instapaper's highlight of it.
      highlights: r.get('selection') ? [{ exact: r.get('selection') }] : undefined,
    } satisfies ImportItem;
  });
}
