// 10,000 generated articles of realistic size for the library benchmark: ~700 words each from a Zipf-distributed
// vocabulary of 40,000 invented words (so the search index holds about as many distinct words per article as real news),
// written as Baca backup files (the real import path), 2,000 articles per file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SYLLABLES = ['ka', 'ba', 'ri', 'lo', 'men', 'tar', 'su', 'ng', 'pe', 'da', 'wi', 'har', 'bo', 'ul', 'sen', 'ti', 'ra', 'mo',
  'jak', 'an', 'el', 'po', 'nu', 'ser', 'gi', 'ko', 'lim', 'ta', 've', 'dor'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function vocabulary(size: number): string[] {
  const words = new Set<string>();
  const rand = rng(7);
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

const VOCAB = vocabulary(40_000);
/** Zipf: word rank r is drawn with probability ∝ 1/r. */
const CUMULATIVE = (() => {
  const c = new Float64Array(VOCAB.length);
  let sum = 0;
  for (let r = 0; r < VOCAB.length; r++) c[r] = sum += 1 / (r + 1);
  return c.map((v) => v / sum);
})();

function word(rand: () => number): string {
  const x = rand();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB[lo]!;
}

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 14);
  const words = Array.from({ length: n }, () => word(rand));
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  return `${words.join(' ')}.`;
}

export interface BenchArticle {
  url: string; canonicalUrl: string; title: string; byline: string; siteName: string; publishedTime: string; modifiedTime: null;
  lang: string; dir: 'ltr'; excerpt: string; leadImage: null; contentHtml: string; textContent: string; wordCount: number; readingMinutes: number;
}

const SITES = ['Harbour Times', 'Kabar Pagi', 'The Valley Post', 'Warta Kota', 'Coastline Daily', 'Suara Timur', 'Metro Ledger', 'Berita Sore'];

export function benchArticle(n: number, base = 'https://news.example'): BenchArticle {
  const rand = rng(n * 7919 + 1);
  const paragraphs = Array.from({ length: 9 + Math.floor(rand() * 8) }, () => Array.from({ length: 4 }, () => sentence(rand)).join(' '));
  const text = paragraphs.join('\n\n');
  const words = text.split(/\s+/).length;
  const title = Array.from({ length: 7 }, () => word(rand)).join(' ');
  const html = paragraphs.map((p, i) => (i === 3 ? `<h2>${sentence(rand)}</h2><p>${p}</p>` : `<p>${p}</p>`)).join('\n');
  const url = `${base}/${2020 + (n % 6)}/${String(1 + (n % 12)).padStart(2, '0')}/story-${n}`;
  return {
    url, canonicalUrl: url, title: title[0]!.toUpperCase() + title.slice(1), byline: `${word(rand)} ${word(rand)}`,
    siteName: SITES[n % SITES.length]!, publishedTime: new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString(), modifiedTime: null,
    lang: n % 3 ? 'en' : 'id', dir: 'ltr', excerpt: paragraphs[0]!.slice(0, 200), leadImage: null, contentHtml: html, textContent: text,
    wordCount: words, readingMinutes: Math.max(1, Math.round(words / 230)),
  };
}

/** Highlights per article in the benchmark library (20,000 for 10,000 articles). */
export const HIGHLIGHTS_PER_ARTICLE = Number(process.env.LIBRARY_BENCH_HIGHLIGHTS ?? 2);
/** Notes use rarer words (ranks 20,000–20,999), so a query for one of them finds articles through their notes. */
export const NOTE_WORDS = VOCAB.slice(20_000, 21_000);

/** The highlights of article n: whole sentences of its text, every other one with a note. */
export function benchHighlights(n: number, a: BenchArticle): { exact: string; prefix: string; suffix: string; start: number; end: number; color: string; note: string; createdAt: number }[] {
  const rand = rng(n * 104729 + 3);
  const text = a.textContent.replace(/\s+/g, ' ');
  const sentences = text.split(/(?<=\.) /);
  return Array.from({ length: HIGHLIGHTS_PER_ARTICLE }, (_, k) => {
    const exact = sentences[Math.floor(rand() * sentences.length)]!;
    const start = text.indexOf(exact);
    const note = k % 2 ? '' : Array.from({ length: 6 }, () => NOTE_WORDS[Math.floor(rand() * NOTE_WORDS.length)]).join(' ');
    return { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32),
      start, end: start + exact.length, color: ['yellow', 'green', 'blue', 'pink'][k % 4]!, note, createdAt: Date.UTC(2024, 0, 2) + n * 60_000 + k };
  });
}

/** Backup files holding articles [0, total), `perFile` each. Returns their paths. */
export function writeBackups(dir: string, total: number, perFile: number): string[] {
  const files: string[] = [];
  for (let start = 0; start < total; start += perFile) {
    const lines: string[] = [];
    for (let n = start; n < Math.min(total, start + perFile); n++) {
      const a = benchArticle(n);
      const savedAt = Date.UTC(2024, 0, 1) + n * 60_000;
      lines.push(JSON.stringify({
        id: `bench-${n}`, url: a.url, urls: [a.url], title: a.title, siteName: a.siteName, byline: a.byline, excerpt: a.excerpt, lang: a.lang,
        dir: a.dir, publishedTime: a.publishedTime, thumbUrl: null, wordCount: a.wordCount, readingMinutes: a.readingMinutes, savedAt,
        updatedAt: savedAt, status: n % 5 === 0 ? 'archived' : 'unread', favorite: n % 17 === 0 ? 1 : 0, tags: n % 4 ? [] : [`topic${n % 9}`],
        progress: 0, readAt: null, content: 'full', error: null, images: { saved: 0, failed: 0, bytes: 0 },
        article: a, imageFailures: [], imageData: [], highlights: benchHighlights(n, a),
      }));
    }
    const file = join(dir, `bench-${start}.json`);
    writeFileSync(file, `{"format":"baca-backup","version":1,"exportedAt":"2026-01-01T00:00:00Z","entries":[\n${lines.join(',\n')}\n]}\n`);
    files.push(file);
  }
  return files;
}

export { word, rng, VOCAB };
