// Shared by the store, import and export tests: a fresh fake IndexedDB per test, Node's Blob (storable there).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { Blob as NodeBlob } from 'node:buffer';
import { closeDb, DB_NAME } from '../../lib/store/db';
import type { Article } from '../../lib/types';

export async function freshDb(): Promise<void> {
  (globalThis as { Blob: unknown }).Blob = NodeBlob;
  closeDb();
  await Dexie.delete(DB_NAME);
}

export function article(url: string, overrides: Partial<Article> = {}): Article {
  const text = overrides.textContent ?? `The harbour council met on Tuesday to discuss the new ferry timetable for ${url}.`;
  return {
    url, canonicalUrl: url, title: `Ferry timetable changes ${url.slice(-6)}`, byline: 'Dewi Lestari', siteName: 'Harbour Times',
    publishedTime: '2026-02-05T08:00:00Z', modifiedTime: null, lang: 'en', dir: 'ltr', excerpt: 'The council met.', leadImage: null,
    contentHtml: `<p>${text}</p><figure><img src="https://img.example/${encodeURIComponent(url.slice(-6))}.png" alt="Ferry"></figure>`,
    textContent: text, wordCount: text.split(/\s+/).length, readingMinutes: 1, ...overrides,
  };
}

export const pngBlob = (n = 8) => new Blob([new Uint8Array(n).fill(7)], { type: 'image/png' });
