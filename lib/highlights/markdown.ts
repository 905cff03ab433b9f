// Highlights as Markdown: quotes with their notes under the article's front matter, usable as-is in Obsidian. Used by
// the reader's "Copy highlights as Markdown" and by the Markdown export.
import type { StoredHighlight } from '../store/model';

export interface MarkdownMeta {
  title: string;
  url: string;
  site: string | null;
  author: string | null;
  published?: string | null;
  saved: number | null;
  status?: string;
  tags: string[];
}

const q = (v: string | null | undefined) => JSON.stringify(v ?? '');

export function frontMatter(m: MarkdownMeta): string {
  const lines = ['---', `title: ${q(m.title)}`, `url: ${q(m.url)}`, `site: ${q(m.site)}`, `author: ${q(m.author)}`];
  if (m.published !== undefined) lines.push(`published: ${q(m.published)}`);
  lines.push(`saved: ${q(m.saved ? new Date(m.saved).toISOString() : '')}`);
  if (m.status) lines.push(`status: ${m.status}`);
  lines.push(`tags: [${m.tags.map((t) => q(t)).join(', ')}]`, '---', '');
  return lines.join('\n');
}

/** Markdown text never starts a heading, list or HTML block by accident inside a quote. */
function quoteLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => `> ${l.replace(/^([#<>])/, '\\$1')}`.trimEnd()).join('\n');
}

/** The highlights section: each a quote, its note below it; in reading order when positions are known. */
export function highlightsSection(list: StoredHighlight[], heading = 'Highlights'): string {
  if (!list.length) return '';
  const ordered = [...list].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.createdAt - b.createdAt);
  const parts = ordered.map((h) => (h.note.trim() ? `${quoteLines(h.exact)}\n\n${h.note.trim()}` : quoteLines(h.exact)));
  return `## ${heading}\n\n${parts.join('\n\n')}\n`;
}

/** One article's highlights as a Markdown document (front matter, title, quotes). */
export function highlightsMarkdown(meta: MarkdownMeta, list: StoredHighlight[], heading?: string): string {
  return `${frontMatter(meta)}# ${meta.title}\n\n${highlightsSection(list, heading)}`;
}
