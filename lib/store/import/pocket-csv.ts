// Pocket's export since 2024: a ZIP of CSV parts, columns title,url,time_added,tags,status; tags "|"-separated,
// times in Unix seconds, status "unread" or "archive".
import type { ImportItem } from './model';
import { csvRecords, requireUrl, unixTime } from './csv';

export function parsePocketCsv(text: string, file: string): ImportItem[] {
  return csvRecords(text, file, ['url', 'title', 'time_added', 'tags', 'status']).map((r) => ({
    url: requireUrl(r.get('url'), file, r.line),
    title: r.get('title') || undefined,
    savedAt: unixTime(r.get('time_added')),
    tags: r.get('tags').split('|').map((s) => s.trim()).filter(Boolean),
    status: /^archiv/i.test(r.get('status')) ? 'archived' : 'unread',
  }));
}
