// Markdown export: a ZIP with one .md file per article (front matter + turndown) and its stored images beside it.
import JSZip from 'jszip';
import TurndownService from 'turndown';
import { articleBody, fileSlug, imageExt, loadForExport, type ExportArticle } from './load';

function frontMatter(a: ExportArticle): string {
  const q = (v: string | null | undefined) => JSON.stringify(v ?? '');
  const lines = [
    '---', `title: ${q(a.article.title)}`, `url: ${q(a.entry.url)}`, `site: ${q(a.article.siteName)}`,
    `author: ${q(a.article.byline)}`, `published: ${q(a.article.publishedTime)}`,
    `saved: ${q(new Date(a.entry.savedAt).toISOString())}`, `status: ${a.entry.status}`,
    `tags: [${a.entry.tags.map((t) => q(t)).join(', ')}]`, '---', '',
  ];
  return lines.join('\n');
}

export function articleToMarkdown(a: ExportArticle, imagePath: (url: string) => string | null): string {
  const body = articleBody(a.article);
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const local = imagePath(img.getAttribute('src') ?? '');
    if (local) img.setAttribute('src', local);
    img.removeAttribute('srcset');
  }
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  return `${frontMatter(a)}# ${a.article.title}\n\n${turndown.turndown(body)}\n`;
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
