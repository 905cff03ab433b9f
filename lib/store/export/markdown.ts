// Markdown export: a ZIP with one .md file per article (front matter + turndown) and its stored images beside it.
import JSZip from 'jszip';
import TurndownService from 'turndown';
import { articleBody, fileSlug, imageExt, loadForExport, type ExportArticle } from './load';
import { frontMatter as writeFrontMatter, highlightsSection } from '../../highlights/markdown';

function frontMatter(a: ExportArticle): string {
  return writeFrontMatter({ title: a.article.title, url: a.entry.url, site: a.article.siteName, author: a.article.byline,
    published: a.article.publishedTime, saved: a.entry.savedAt, status: a.entry.status, tags: a.entry.tags });
}

export function articleToMarkdown(a: ExportArticle, imagePath: (url: string) => string | null): string {
  const body = articleBody(a.article);
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const local = imagePath(img.getAttribute('src') ?? '');
    if (local) img.setAttribute('src', local);
    img.removeAttribute('srcset');
  }
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  // Highlights first (what the reader kept), then the whole article.
  const marks = highlightsSection(a.highlights);
  return `${frontMatter(a)}# ${a.article.title}\n\n${marks ? `${marks}\n` : ''}${turndown.turndown(body)}\n`;
}

export async function exportMarkdownZip(ids: string[]): Promise<Blob> {
  const zip = new JSZip();
  const taken = new Set<string>();
  for (const a of await loadForExport(ids)) {
    const slug = fileSlug(a.article.title, taken);
    const paths = new Map<string, string>();
    let n = 0;
    for (const [url, img] of a.images) {
      const path = `images/${slug}/${++n}.${imageExt(img.type)}`;
      zip.file(path, img.blob);
      paths.set(url, path);
    }
    zip.file(`${slug}.md`, articleToMarkdown(a, (url) => paths.get(url) ?? null));
  }
  return zip.generateAsync({ type: 'blob', compression: 'DEFLATE' });
}
