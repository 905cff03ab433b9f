// Saved articles with their images, for the per-article exports (Markdown, HTML, EPUB).
import { openDb } from '../db';
import type { SavedEntry, StoredHighlight, StoredImage } from '../model';
import { textMap } from '../../highlights/text';
import { locate } from '../../highlights/anchor';
import { wrapRange } from '../../highlights/marks';
import type { Article } from '../../types';
import { sanitizeToFragment } from '../../sanitize';

export interface ExportArticle {
  entry: SavedEntry;
  article: Article;
  images: Map<string, StoredImage>;
  highlights: StoredHighlight[];
}

export async function loadForExport(ids: string[]): Promise<ExportArticle[]> {
  const db = openDb();
  const [entries, contents, images, marks] = await Promise.all([
    db.entries.bulkGet(ids), db.contents.bulkGet(ids), db.images.where('articleId').anyOf(ids).toArray(),
    db.highlights.where('articleId').anyOf(ids).toArray(),
  ]);
  const out: ExportArticle[] = [];
  entries.forEach((entry, i) => {
    const article = contents[i]?.article;
    if (!entry || !article) return;
    out.push({ entry, article, images: new Map(images.filter((img) => img.articleId === entry.id).map((img) => [img.url, img])),
      highlights: marks.filter((h) => h.articleId === entry.id && !h.orphan).sort((a, b) => a.createdAt - b.createdAt) });
  });
  return out;
}

/** The article body as a sanitized element (defence in depth before any export format is written), its highlights marked. */
export function articleBody(article: Article, highlights: StoredHighlight[] = []): HTMLElement {
  const div = document.createElement('div');
  div.append(sanitizeToFragment(article.contentHtml));
  for (const h of highlights) {
    const map = textMap(div);
    const at = locate(map.text, h, h.start !== null && h.end !== null ? { start: h.start, end: h.end } : null);
    if (at) wrapRange(div, map, at.start, at.end, h.id, (m) => m.setAttribute('class', `highlight ${h.color}`));
  }
  return div;
}

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif', 'image/svg+xml': 'svg' };
export const imageExt = (type: string) => EXT[type] ?? 'img';

/** A file name from a title: letters, digits and dashes, bounded, unique within `taken`. */
export function fileSlug(title: string, taken: Set<string>): string {
  const base = title.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'article';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
