// Full-text search for the library: the compact index (search-index.ts) kept in step with the database. The index is
// stored as a snapshot; on the next start only articles saved since then are read and added (no full rebuild).
import { openDb } from './db';
import type { SavedEntry } from './model';
import { SearchIndex, type IndexSnapshot } from './search-index';
import { normalizeText } from './tokens';

const SNAPSHOT_KEY = 'search-index';
/** Store a fresh snapshot once this many articles changed since the stored one. */
const RESNAPSHOT_AFTER = 200;
const CHUNK = 500;

async function readSnapshot(): Promise<IndexSnapshot | null> {
  const row = await openDb().meta.get(SNAPSHOT_KEY);
  const s = row?.value as IndexSnapshot | undefined;
  if (!s || s.format !== 1 || !ArrayBuffer.isView(s.offsets) || !ArrayBuffer.isView(s.postings)) return null;
  // Typed arrays may come back from another realm (tests): view the same memory as this realm's Uint32Array.
  const view = (a: Uint32Array): Uint32Array => {
    if (a instanceof Uint32Array) return a;
    const v = a as ArrayBufferView;
    return new Uint32Array(v.buffer, v.byteOffset, v.byteLength / 4);
  };
  return { ...s, offsets: view(s.offsets), postings: view(s.postings) };
}

export async function storeSnapshot(index: SearchIndex): Promise<void> {
  const upTo = index.upTo;
  await openDb().meta.put({ key: SNAPSHOT_KEY, value: index.snapshot(upTo) });
}

async function addFromTerms(index: SearchIndex, ids: string[]): Promise<void> {
  const db = openDb();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.terms.bulkGet(ids.slice(i, i + CHUNK));
    for (const row of rows) if (row) index.add(row.id, row.terms ? row.terms.split(' ') : []);
  }
}

/**
 * The search index for `entries` (all entries in the library): from the stored snapshot plus what changed since,
 * or built from the stored terms when there is no snapshot. Stores a new snapshot when much changed.
 */
export async function loadSearchIndex(entries: SavedEntry[]): Promise<SearchIndex> {
  const snapshot = await readSnapshot().catch(() => null);
  const index = snapshot ? SearchIndex.fromSnapshot(snapshot) : new SearchIndex();
  const live = new Set(entries.map((e) => e.id));
  if (snapshot) for (const id of snapshot.ids) if (!live.has(id)) index.remove(id);
  const since = snapshot?.upTo ?? -1;
  const stale = entries.filter((e) => e.updatedAt >= since || !index.has(e.id)).map((e) => e.id);
  await addFromTerms(index, stale);
  index.upTo = entries.reduce((m, e) => Math.max(m, e.updatedAt), since);
  if (!snapshot || index.pending >= RESNAPSHOT_AFTER) await storeSnapshot(index).catch(() => undefined);
  return index;
}

/** Bring the index up to date for entries that changed (saved, updated or deleted). */
export async function refreshSearchIndex(index: SearchIndex, changed: string[], current: Map<string, SavedEntry>): Promise<void> {
  const present = changed.filter((id) => current.has(id));
  for (const id of changed) if (!current.has(id)) index.remove(id);
  // Only content changes touch the terms; status, tags and progress changes leave the index as it is.
  const stale = present.filter((id) => current.get(id)!.updatedAt >= index.upTo || !index.has(id));
  await addFromTerms(index, stale);
  for (const id of stale) index.upTo = Math.max(index.upTo, current.get(id)!.updatedAt);
}

export interface HighlightPart {
  text: string;
  hit: boolean;
}

/** Split `text` into parts, marking words that start with one of the query's words (accents and case ignored). */
export function highlightParts(text: string, queryWords: string[]): HighlightPart[] {
  if (!queryWords.length || !text) return [{ text, hit: false }];
  const parts: HighlightPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)) {
    const word = normalizeText(m[0]);
    const q = queryWords.find((w) => word.startsWith(w));
    if (!q) continue;
    const start = m.index!;
    // Mark only the matching prefix when the word matches fully; whole word when accents change lengths.
    const end = start + (normalizeText(m[0].slice(0, q.length)) === q ? q.length : m[0].length);
    if (start > last) parts.push({ text: text.slice(last, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}
