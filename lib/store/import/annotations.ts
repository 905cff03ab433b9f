// Highlights inside other services' exports. Pocket: annotations/part_*.json, [{url, title, highlights: [{quote,
// created_at}]}] (times in Unix seconds). Omnivore: highlights/<slug>.md, each highlight a "> quote" block (with a
// "[⤴️](…)" link back to Omnivore) followed by its note. Only the quoted text is known: the highlight finds its place
// in the article when the article's text is there (lib/highlights/anchor.ts).
import type JSZip from 'jszip';
import { jsonErrorPlace } from './backup';
import { requireUrl, unixTime } from './csv';
import { ImportError, type ImportHighlight, type ImportItem } from './model';

export async function parsePocketAnnotations(zip: JSZip, file: string): Promise<ImportItem[]> {
  const parts = zip.file(/(^|\/)annotations\/part_[^/]*\.json$/i).sort((a, b) => a.name.localeCompare(b.name));
  const items: ImportItem[] = [];
  for (const part of parts) {
    const where = `${file} › ${part.name}`;
    const text = await part.async('string');
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const place = jsonErrorPlace(text, message);
      throw new ImportError(where, place.line, `not valid JSON (${place.atEnd ? 'the file is cut off' : message})`);
    }
    if (!Array.isArray(list)) throw new ImportError(where, 1, 'expected a list of articles with highlights');
    list.forEach((raw: unknown, i) => {
      const r = raw as { url?: unknown; title?: unknown; highlights?: unknown };
      const line = lineOfItem(text, i);
      if (!r || typeof r.url !== 'string') throw new ImportError(where, line, `article ${i + 1} has no url`);
      const url = requireUrl(r.url, where, line);
      if (!Array.isArray(r.highlights)) throw new ImportError(where, line, `article ${i + 1} has no highlights list`);
      const highlights: ImportHighlight[] = r.highlights.map((h: unknown, k) => {
        const q = h as { quote?: unknown; created_at?: unknown };
        if (!q || typeof q.quote !== 'string' || !q.quote.trim()) throw new ImportError(where, line, `article ${i + 1}, highlight ${k + 1} has no quote`);
        return { exact: q.quote, createdAt: unixTime(String(q.created_at ?? '')) };
      });
      items.push({ url, title: typeof r.title === 'string' ? r.title : undefined, highlights });
    });
  }
  return items;
}

/** The line where the i-th top-level object of a JSON list starts (for error messages). */
function lineOfItem(text: string, index: number): number {
  let depth = 0;
  let seen = -1;
  let line = 1;
  let inString = false;
  for (let p = 0; p < text.length; p++) {
    const c = text[p];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') p++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 1 && c === '{' && ++seen === index) return line;
      depth++;
    } else if (c === '}' || c === ']') depth--;
  }
  return line;
}

/** Highlights of one Omnivore highlights/<slug>.md file. */
export function parseOmnivoreHighlights(md: string): ImportHighlight[] {
  const out: ImportHighlight[] = [];
  let quote: string[] | null = null;
  let note: string[] = [];
  const flush = () => {
    if (quote) {
      const exact = quote.join('\n').replace(/\s*\[⤴️?\]\([^)]*\)\s*$/u, '').trim();
      if (exact) out.push({ exact, note: note.join('\n').trim() });
    }
    quote = null;
    note = [];
  };
  let inQuote = false;
  for (const line of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^>\s?/.test(line)) {
      if (!inQuote) flush();
      quote ??= [];
      quote.push(line.replace(/^>\s?/, ''));
      inQuote = true;
      continue;
    }
    inQuote = false;
    if (quote && !/^#{1,6}\s/.test(line)) note.push(line);
  }
  flush();
  return out;
}

/** Attach Omnivore's highlights/<slug>.md files to the items of its metadata (by slug). */
export async function omnivoreHighlightsFor(zip: JSZip, slug: string): Promise<ImportHighlight[] | undefined> {
  if (!slug) return undefined;
  const esc = slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const f = zip.file(new RegExp(`(^|/)highlights/${esc}\\.md$`))[0];
  if (!f) return undefined;
  const list = parseOmnivoreHighlights(await f.async('string'));
  return list.length ? list : undefined;
}
