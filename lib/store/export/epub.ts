// EPUB 3 of a selection, for e-readers: one XHTML chapter per article, stored images inside, a table of contents.
import JSZip from 'jszip';
import { articleBody, escapeHtml, imageExt, loadForExport } from './load';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** Well-formed XHTML for a chapter (XMLSerializer closes every element and escapes every attribute). */
function chapterXhtml(title: string, lang: string, dir: string | null, body: HTMLElement): string {
  const doc = document.implementation.createDocument(XHTML, 'html', null);
  const html = doc.documentElement;
  html.setAttribute('lang', lang);
  html.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
  if (dir) html.setAttribute('dir', dir);
  const head = doc.createElementNS(XHTML, 'head');
  const t = doc.createElementNS(XHTML, 'title');
  t.textContent = title;
  head.append(t);
  const b = doc.createElementNS(XHTML, 'body');
  const h1 = doc.createElementNS(XHTML, 'h1');
  h1.textContent = title;
  b.append(h1, doc.importNode(body, true));
  html.append(head, b);
  return `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n${new XMLSerializer().serializeToString(doc)}`;
}

export async function exportEpub(ids: string[], bookTitle?: string): Promise<Blob> {
  const articles = await loadForExport(ids);
  const zip = new JSZip();
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  zip.file('META-INF/container.xml', '<?xml version="1.0"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>');
  const manifest: string[] = [];
  const spine: string[] = [];
  const toc: string[] = [];
  let imageNo = 0;
  articles.forEach((a, i) => {
    const body = articleBody(a.article, a.highlights);
    for (const img of Array.from(body.querySelectorAll('img'))) {
      const stored = a.images.get(img.getAttribute('src') ?? '');
      img.removeAttribute('srcset');
      img.removeAttribute('loading');
      img.removeAttribute('decoding');
      img.removeAttribute('referrerpolicy');
      if (!stored) {
        // E-readers are offline: an image that was not kept becomes its description.
        img.replaceWith(document.createTextNode(img.getAttribute('alt') ?? ''));
        continue;
      }
      const name = `images/${++imageNo}.${imageExt(stored.type)}`;
      zip.file(`OEBPS/${name}`, stored.blob);
      manifest.push(`<item id="img${imageNo}" href="${name}" media-type="${escapeHtml(stored.type)}"/>`);
      img.setAttribute('src', name);
    }
    for (const a2 of Array.from(body.querySelectorAll('a'))) a2.removeAttribute('target');
    const file = `chapter-${i + 1}.xhtml`;
    zip.file(`OEBPS/${file}`, chapterXhtml(a.article.title, a.article.lang ?? 'en', a.article.dir, body));
    manifest.push(`<item id="c${i + 1}" href="${file}" media-type="application/xhtml+xml"/>`);
    spine.push(`<itemref idref="c${i + 1}"/>`);
    toc.push(`<li><a href="${file}">${escapeHtml(a.article.title)}</a></li>`);
  });
  const title = bookTitle ?? (articles.length === 1 ? articles[0]!.article.title : `Baca — ${articles.length} articles`);
  const lang = articles[0]?.article.lang ?? 'en';
  zip.file('OEBPS/nav.xhtml', `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${escapeHtml(title)}</title></head><body><nav epub:type="toc" id="toc"><h1>${escapeHtml(title)}</h1><ol>${toc.join('')}</ol></nav></body></html>`);
  const id = `urn:uuid:${crypto.randomUUID()}`;
  zip.file('OEBPS/content.opf', `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="bookid">${id}</dc:identifier><dc:title>${escapeHtml(title)}</dc:title><dc:language>${escapeHtml(lang)}</dc:language><dc:creator>Baca</dc:creator><meta property="dcterms:modified">${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}</meta></metadata>
<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>${manifest.join('')}</manifest>
<spine>${spine.join('')}</spine>
</package>`);
  return zip.generateAsync({ type: 'blob', mimeType: 'application/epub+zip' });
}
