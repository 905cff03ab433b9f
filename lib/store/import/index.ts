// One entry point for every import file: the format is recognised from the name and the first bytes.
import JSZip from 'jszip';
import { ImportError, type ImportItem } from './model';
import { parseBackup } from './backup';
import { parsePocketCsv } from './pocket-csv';
import { parseInstapaperCsv } from './instapaper';
import { parseNetscapeBookmarks, parsePocketHtml } from './link-list';
import { parseOmnivoreZip } from './omnivore';
import { parseReadwiseCsv } from './readwise';
import { parsePocketAnnotations } from './annotations';

export { ImportError };

function decodeText(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(file, null, 'the file is not UTF-8 text');
  }
}

function parseCsvFile(text: string, file: string): ImportItem[] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.toLowerCase();
  if (header.includes('time_added')) return parsePocketCsv(text, file);
  if (header.includes('folder') && header.includes('timestamp')) return parseInstapaperCsv(text, file);
  if (header.includes('document tags') && header.includes('saved date')) return parseReadwiseCsv(text, file);
  throw new ImportError(file, 1, 'unknown CSV columns (expected a Pocket, Instapaper or Readwise Reader export)');
}

async function parseZip(bytes: Uint8Array, file: string): Promise<ImportItem[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (err) {
    throw new ImportError(file, null, `not a readable ZIP archive, damaged or cut off (${err instanceof Error ? err.message : String(err)})`);
  }
  if (zip.file(/(^|\/)metadata_[^/]*\.json$/).length) return parseOmnivoreZip(zip, file);
  const parts = zip.file(/\.csv$/i).sort((a, b) => a.name.localeCompare(b.name));
  const annotated = await parsePocketAnnotations(zip, file);
  if (!parts.length && !annotated.length) throw new ImportError(file, null, 'the archive holds neither Pocket CSV files nor an Omnivore export');
  const items: ImportItem[] = [];
  for (const part of parts) {
    const name = `${file} › ${part.name}`;
    let text: string;
    try {
      text = decodeText(await part.async('uint8array'), name);
    } catch (err) {
      throw err instanceof ImportError ? err : new ImportError(name, null, 'damaged inside the archive');
    }
    items.push(...parseCsvFile(text, name));
  }
  // Pocket's annotations belong to the items of its CSV (same URL); importItems merges any it lists on its own.
  const byUrl = new Map(items.map((i) => [i.url, i]));
  for (const a of annotated) {
    const item = byUrl.get(a.url);
    if (item) item.highlights = [...(item.highlights ?? []), ...(a.highlights ?? [])];
    else items.push(a);
  }
  return items;
}

/** Every item of an import file, or an ImportError naming the file, the line and the problem. Writes nothing. */
export async function parseImportFile(name: string, bytes: Uint8Array): Promise<ImportItem[]> {
  if (!bytes.length) throw new ImportError(name, null, 'the file is empty');
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.zip$/i.test(name)) return parseZip(bytes, name);
  const text = decodeText(bytes, name);
  const head = text.slice(0, 2000).toLowerCase();
  if (/\.json$/i.test(name) || /^\s*[{[]/.test(text)) return parseBackup(text, name);
  if (head.includes('netscape-bookmark-file')) return parseNetscapeBookmarks(text, name);
  if (/\.html?$/i.test(name) || head.includes('<html') || head.includes('<!doctype')) return parsePocketHtml(text, name);
  if (/\.csv$/i.test(name) || head.includes(',')) return parseCsvFile(text, name);
  throw new ImportError(name, null, 'unknown file type (Baca backup, Pocket, Instapaper, Omnivore, Readwise Reader or bookmarks expected)');
}
