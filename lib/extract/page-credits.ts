// By-lines and datelines shown on the page itself, for pages whose metadata lacks them: "Oleh Rina Kusumawati",
// "Penulis: …", a .byline element, "Kamis, 5 Februari 2026 - 15:04 WIB".
import { parseDateline } from './dates';

const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author, .penulis, .reporter, .writer, ' +
  '[class*="byline" i], [class*="author-name" i], [class*="author__name" i], [class*="detail__author" i]';
const DATE_SELECTOR = 'time, .date, .time, .dateline, .tanggal, .waktu, [class*="date" i], [class*="publish" i], ' +
  '[class*="tanggal" i], [class*="dateline" i], [class*="timestamp" i]';
const BY_PREFIX = /^(?:by|oleh|von|par|por|door|di|penulis|reporter|pewarta|author|autor|written by)\s*:?\s+/i;
/** Trailing site or agency credit after a dash: "Rina Kusumawati - kabarpagiNews" → "Rina Kusumawati". */
const TRAILER = /\s+[-–—|]\s+.*$/;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The person named in the page's visible by-line, or null. */
export function bylineFromPage(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR)).slice(0, 12)) {
    const raw = clean(el.getAttribute('content') ?? el.textContent);
    if (!raw || raw.length > 100 || /^https?:/i.test(raw)) continue;
    const name = raw.replace(BY_PREFIX, '').replace(TRAILER, '').trim();
    const words = name.split(/\s+/);
    // A name: a few words, at least one of two letters or more, no codes with digits ("CC7567", "J J").
    if (name.length >= 3 && words.length <= 8 && !/\d/.test(name) && words.some((w) => /\p{L}{2,}/u.test(w))) return name;
  }
  return null;
}

/** The article's date as written on the page, as ISO 8601 (with the zone when it is named). */
export function datelineFromPage(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll(DATE_SELECTOR)).slice(0, 20)) {
    const attr = el.getAttribute('datetime');
    const text = clean(attr || el.textContent);
    if (!text || text.length > 120) continue;
    const iso = parseDateline(text);
    if (iso) return iso;
  }
  return null;
}
