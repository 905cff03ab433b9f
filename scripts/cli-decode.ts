// Bytes of a saved page → text, the way a browser decides: byte order mark, then <meta charset> (or http-equiv) in
// the first 1024 bytes, else UTF-8 when the bytes are valid UTF-8, else windows-1252. Invalid UTF-8 in a page that
// declares UTF-8 becomes U+FFFD, as in a browser.
import { readFile } from 'node:fs/promises';

/** windows-1252's 0x80–0x9F (the rest of the single-byte range is Latin-1). Node's own decoder drops these bytes. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Labels the Encoding Standard maps to windows-1252 (latin1, ascii and friends). */
const CP1252_LABELS = new Set(['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252',
  'x-cp1252']);

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

function bomEncoding(b: Uint8Array): { encoding: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return null;
}

/** The charset a <meta> in the first 1024 bytes declares, lower-cased (a simplified HTML prescan). */
export function declaredCharset(b: Uint8Array): string | null {
  const head = decodeWindows1252(b.subarray(0, 1024)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(encoding: string, b: Uint8Array): string {
  if (CP1252_LABELS.has(encoding)) return decodeWindows1252(b);
  // A page that says UTF-16 in a <meta> but has no BOM is ASCII-compatible in practice: the standard says UTF-8.
  const label = /^utf-?16/.test(encoding) ? 'utf-8' : encoding;
  try {
    return new TextDecoder(label).decode(b);
  } catch {
    return new TextDecoder('utf-8').decode(b);
  }
}

export interface Decoded {
  text: string;
  encoding: string;
}

export function decodeHtmlBytes(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  const declared = declaredCharset(bytes);
  if (declared) {
    const encoding = CP1252_LABELS.has(declared) ? 'windows-1252' : declared;
    return { text: decodeAs(encoding, bytes), encoding };
  }
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Why `text` is not an HTML page we can read, or null when it is. */
export function notHtmlReason(bytes: Uint8Array, text: string): string | null {
  if (bytes.length === 0 || !text.trim()) return 'the file is empty';
  const start = bytes.subarray(0, 512);
  const looksBinary = !bomEncoding(bytes) && start.includes(0) && !/<[a-z!]/i.test(text.slice(0, 512));
  if (looksBinary) return 'the file is not HTML (binary data)';
  if (!/<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|section|title|meta|span|table|ul|ol)\b/i.test(text.slice(0, 200_000))) {
    return 'the file is not HTML (no HTML elements found)';
  }
  return null;
}

/** A page that cannot be extracted for a reason the person can act on (exit code 2 in single mode). */
export class InputError extends Error {}

export async function readHtmlFile(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(err));
    throw new InputError(`cannot read ${file}: ${why}`);
  }
  const { text } = decodeHtmlBytes(bytes);
  const reason = notHtmlReason(bytes, text);
  if (reason) throw new InputError(`cannot extract ${file}: ${reason}`);
  return text;
}
