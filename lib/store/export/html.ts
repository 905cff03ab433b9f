// Single-file HTML: the selected articles in one page that opens anywhere, images inlined as data: URLs.
import { blobToBase64 } from '../base64';
import { articleBody, escapeHtml, loadForExport, type ExportArticle } from './load';

const STYLE = `body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:18px/1.6 Georgia,serif;color:#1b1b1b}
img{max-width:100%;height:auto}article{margin-bottom:4rem}header p{font:14px system-ui,sans-serif;color:#555}
pre{overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em}
mark.yellow{background:#fde68a}mark.green{background:#bbf7d0}mark.blue{background:#bfdbfe}mark.pink{background:#fbcfe8}`;

export async function articleHtml(a: ExportArticle): Promise<string> {
  const body = articleBody(a.article, a.highlights);
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const stored = a.images.get(img.getAttribute('src') ?? '');
    if (!stored) continue;
    img.setAttribute('src', `data:${stored.type};base64,${await blobToBase64(stored.blob)}`);
    img.removeAttribute('srcset');
  }
  const meta = [a.article.siteName, a.article.byline, a.article.publishedTime?.slice(0, 10)].filter(Boolean).map((s) => escapeHtml(s!)).join(' · ');
  const lang = a.article.lang ? ` lang="${escapeHtml(a.article.lang)}"` : '';
  // A backup or an old version could carry any string here: only the two real directions are written.
  const dir = a.article.dir === 'rtl' || a.article.dir === 'ltr' ? ` dir="${a.article.dir}"` : '';
  return `<article${lang}${dir}><header><h1>${escapeHtml(a.article.title)}</h1><p>${meta} · <a href="${escapeHtml(a.entry.url)}">${escapeHtml(a.entry.url)}</a></p></header>\n${body.innerHTML}\n</article>`;
}

export async function exportHtml(ids: string[]): Promise<Blob> {
  const articles = await loadForExport(ids);
  const title = articles.length === 1 ? articles[0]!.article.title : `Baca — ${articles.length} articles`;
  const parts = [`<!doctype html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n`];
  for (const a of articles) parts.push(await articleHtml(a), '\n');
  parts.push('</body></html>\n');
  return new Blob(parts, { type: 'text/html' });
}
