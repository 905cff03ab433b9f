// Omnivore's export ZIP: metadata_*.json (arrays of {id, slug, title, author, url, state, labels, savedAt, …}) and
// content/<slug>.html with each article's text. The HTML is sanitized like any page before it is stored.
import type JSZip from 'jszip';
import type { Article } from '../../types';
import { sanitizeHtml, sanitizeText } from '../../sanitize';
import { countWords, readingMinutes } from '../../extract/text';
import { ImportError, type ImportItem } from './model';
import { requireUrl } from './csv';
import { omnivoreHighlightsFor } from './annotations';

interface OmnivoreMeta {
  id?: string;
  slug?: string;
  title?: string;
  description?: string;
  author?: string;
  url?: string;
  state?: string;
  labels?: unknown[];
  savedAt?: string;
  publishedAt?: string;
  readingProgress?: number;
  archivedAt?: string | null;
}

function time(v: unknown): number | undefined {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(t) ? t : undefined;
}

function articleFrom(meta: OmnivoreMeta, url: string, html: string): Article {
  const contentHtml = sanitizeHtml(html);
  const holder = document.createElement('div');
  holder.innerHTML = contentHtml;
  const textContent = (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
  const words = countWords(textContent, null);
  return {
    url, canonicalUrl: url, title: sanitizeText(meta.title ?? '', 500) || url, byline: sanitizeText(meta.author ?? '', 300) || null,
    siteName: new URL(url).hostname.replace(/^www\./, ''), publishedTime: meta.publishedAt ?? null, modifiedTime: null,
    lang: null, dir: null, excerpt: sanitizeText(meta.description ?? '', 600) || null, leadImage: null, contentHtml,
    textContent, wordCount: words, readingMinutes: readingMinutes(words),
  };
}

export async function parseOmnivoreZip(zip: JSZip, file: string): Promise<ImportItem[]> {
  const metaFiles = zip.file(/(^|\/)metadata_[^/]*\.json$/);
  const items: ImportItem[] = [];
  for (const mf of metaFiles) {
    const where = `${file} › ${mf.name}`;
    const text = await mf.async('string');
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch (err) {
      throw new ImportError(where, null, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!Array.isArray(list)) throw new ImportError(where, 1, 'expected a list of articles');
    for (const [i, raw] of list.entries()) {
      const meta = raw as OmnivoreMeta;
      if (!meta || typeof meta.url !== 'string') throw new ImportError(where, null, `article ${i + 1} has no url`);
      let url: string;
      try {
        url = requireUrl(meta.url, where, 0);
      } catch {
        throw new ImportError(where, null, `article ${i + 1}: "${meta.url.slice(0, 80)}" is not a web address`);
      }
      const slug = typeof meta.slug === 'string' ? meta.slug : '';
      const content = slug ? zip.file(new RegExp(`(^|/)content/${slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.html$`))[0] : undefined;
      const html = content ? await content.async('string') : '';
      const labels = (meta.labels ?? []).map((l) => (typeof l === 'string' ? l : (l as { name?: string })?.name)).filter((l): l is string => !!l);
      items.push({
        url, title: meta.title, tags: labels, savedAt: time(meta.savedAt),
        status: /archiv/i.test(meta.state ?? '') || meta.archivedAt ? 'archived' : 'unread',
        progress: typeof meta.readingProgress === 'number' ? Math.min(1, Math.max(0, meta.readingProgress / 100)) : undefined,
        article: html.trim() ? articleFrom(meta, url, html) : undefined,
        highlights: await omnivoreHighlightsFor(zip, slug),
      });
    }
  }
  return items;
}
