// HTML lists of links: Pocket's older ril_export.html and Netscape bookmark files (every browser exports those).
// Scanned as text, so every problem can be reported with its line.
import type { ImportItem } from './model';
import { ImportError } from './model';
import { requireUrl, unixTime } from './csv';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[code.toLowerCase()] ?? m;
  });
}

/** Line numbers by binary search over the offsets where lines start. */
function lineIndex(text: string): (index: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : null;
}

const strip = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();

interface Link {
  line: number;
  tag: string;
  text: string;
  /** The nearest heading before it (Pocket's "Read Archive", a bookmark folder). */
  heading: string | null;
}

function scanLinks(text: string, file: string, containers: RegExp, closers: RegExp): Link[] {
  const lineAt = lineIndex(text);
  const open = (text.match(containers) ?? []).length;
  const close = (text.match(closers) ?? []).length;
  if (open !== close) throw new ImportError(file, lineAt(text.length), 'the file ends before its lists are closed (it may be cut off)');
  const links: Link[] = [];
  const headings = [...text.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi)].map((m) => ({ at: m.index!, text: strip(m[1]!) }));
  const re = /<a\b([^>]*)(>|$)/gi;
  const nextAnchor = /<a\b/gi;
  const closeAnchor = /<\/a>/gi;
  let h = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = lineAt(m.index);
    if (m[2] !== '>') throw new ImportError(file, line, 'a link is cut off in the middle');
    closeAnchor.lastIndex = re.lastIndex;
    const end = closeAnchor.exec(text)?.index ?? -1;
    nextAnchor.lastIndex = re.lastIndex;
    const nextA = nextAnchor.exec(text)?.index ?? -1;
    if (end === -1 || (nextA !== -1 && nextA < end)) throw new ImportError(file, line, 'a link is not closed with </a>');
    while (h < headings.length && headings[h]!.at < m.index) h++;
    const heading = h > 0 ? headings[h - 1]!.text : null;
    links.push({ line, tag: m[1]!, text: strip(text.slice(re.lastIndex, end)), heading });
  }
  return links;
}

export function parsePocketHtml(text: string, file: string): ImportItem[] {
  const links = scanLinks(text, file, /<ul\b/gi, /<\/ul>/gi);
  if (!links.length) throw new ImportError(file, null, 'no saved links found');
  return links.map((l) => ({
    url: requireUrl(attr(l.tag, 'href') ?? '', file, l.line),
    title: l.text || undefined,
    savedAt: unixTime(attr(l.tag, 'time_added') ?? ''),
    tags: (attr(l.tag, 'tags') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    status: l.heading && /archive|read archive/i.test(l.heading) ? 'archived' : 'unread',
  }));
}

/** Bookmarks: every http(s) link; its folder and TAGS become tags. Other schemes (javascript:, place:) are skipped. */
export function parseNetscapeBookmarks(text: string, file: string): ImportItem[] {
  const links = scanLinks(text, file, /<dl\b/gi, /<\/dl>/gi);
  const items: ImportItem[] = [];
  for (const l of links) {
    const href = attr(l.tag, 'href') ?? '';
    if (!/^https?:/i.test(href.trim())) continue;
    const folder = l.heading && !/^(bookmarks( bar| toolbar| menu)?|other bookmarks)$/i.test(l.heading) ? [l.heading] : [];
    items.push({
      url: requireUrl(href.trim(), file, l.line),
      title: l.text || undefined,
      savedAt: unixTime(attr(l.tag, 'add_date') ?? ''),
      tags: [...folder, ...(attr(l.tag, 'tags') ?? '').split(',').map((s) => s.trim()).filter(Boolean)],
    });
  }
  if (!items.length) throw new ImportError(file, null, 'no web links found');
  return items;
}
