// RFC 4180 CSV with line numbers: quoted fields may hold commas, quotes ("") and line breaks.
import { ImportError } from './model';

export interface CsvRow {
  line: number;
  fields: string[];
}

export function parseCsv(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field.trim()) throw new ImportError(file, line, 'a quote in the middle of a field');
      field = '';
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) throw new ImportError(file, quoteLine, 'a quoted field is never closed (the file may be cut off)');
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
  return rows;
}

/** Rows as records keyed by the header (case-insensitive), checking every row has the header's width. */
export function csvRecords(text: string, file: string, required: string[]): { line: number; get: (name: string) => string }[] {
  const rows = parseCsv(text, file);
  const header = rows.shift();
  if (!header) throw new ImportError(file, 1, 'the file is empty');
  const names = header.fields.map((h) => h.trim().toLowerCase());
  for (const r of required) if (!names.includes(r)) throw new ImportError(file, 1, `the header has no "${r}" column`);
  return rows.map((row) => {
    if (row.fields.length !== names.length)
      throw new ImportError(file, row.line, `expected ${names.length} fields, found ${row.fields.length} (the file may be cut off or damaged)`);
    return { line: row.line, get: (name: string) => row.fields[names.indexOf(name)]?.trim() ?? '' };
  });
}

export function requireUrl(value: string, file: string, line: number): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    /* reported below */
  }
  throw new ImportError(file, line, `"${value.slice(0, 80)}" is not a web address`);
}

/** Unix seconds (or milliseconds) to milliseconds; undefined when absent or unreadable. */
export function unixTime(value: string): number | undefined {
  const n = Number(value);
  if (!value || !Number.isFinite(n) || n <= 0) return undefined;
  return n < 1e11 ? n * 1000 : n;
}
