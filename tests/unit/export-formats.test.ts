// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { article, freshDb, pngBlob } from './store-setup';
import { saveArticle } from '../../lib/store/articles';
import { exportMarkdownZip } from '../../lib/store/export/markdown';
import { exportHtml } from '../../lib/store/export/html';
import { exportEpub } from '../../lib/store/export/epub';

beforeEach(freshDb);

const BODY = '<h2>Timetable</h2><p>Early ferry at <strong>05:40</strong>, see <a href="https://harbour.example/t">the table</a>.</p>'
  + '<figure><img src="https://img.example/hall.png" alt="Council hall"><figcaption>The hall</figcaption></figure>'
  + '<ul><li>Weekdays</li><li>Saturdays</li></ul><img src="https://img.example/not-kept.png" alt="Map of the routes">';

async function two(): Promise<string[]> {
  const a = await saveArticle({ article: article('https://news.example/ferry', { title: 'Ferry: the new timetable', contentHtml: BODY }),
    images: [{ url: 'https://img.example/hall.png', blob: pngBlob(12) }], tags: ['local'] });
  const b = await saveArticle({ article: article('https://news.example/ferry-2', { title: 'Ferry: the new timetable' }) });
  return [a.id, b.id];
}

describe('Markdown', () => {
  it('one .md per article with front matter, Markdown body and its stored images beside it', async () => {
    const zip = await JSZip.loadAsync(await (await exportMarkdownZip(await two())).arrayBuffer());
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
    expect(names).toEqual(['ferry-the-new-timetable-2.md', 'ferry-the-new-timetable.md', 'images/ferry-the-new-timetable/1.png']);
    const md = await zip.file('ferry-the-new-timetable.md')!.async('string');
    expect(md).toMatch(/^---\ntitle: "Ferry: the new timetable"\nurl: "https:\/\/news.example\/ferry"/);
    expect(md).toContain('tags: ["local"]');
    expect(md).toContain('## Timetable');
    expect(md).toContain('**05:40**');
    expect(md).toContain('[the table](https://harbour.example/t)');
    expect(md).toContain('![Council hall](images/ferry-the-new-timetable/1.png)');
    expect(md).toContain('-   Weekdays');
    expect((await zip.file('images/ferry-the-new-timetable/1.png')!.async('uint8array')).length).toBe(12);
  });
});

describe('single-file HTML', () => {
  it('the articles in one page, stored images inlined, nothing executable', async () => {
    const [id] = await two();
    const html = await (await exportHtml([id!])).text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>Ferry: the new timetable</h1>');
    expect(html).toMatch(/src="data:image\/png;base64,BwcHBwcHBwcHBwcH"/);
    expect(html).toContain('src="https://img.example/not-kept.png"');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });
});

describe('EPUB', () => {
  it('mimetype first and stored, a package, a nav and well-formed XHTML chapters with their images', async () => {
    const blob = await exportEpub(await two());
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // The first entry of the archive is "mimetype", uncompressed (method 0): e-readers check this.
    expect(new TextDecoder().decode(bytes.slice(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('mimetype')!.async('string')).toBe('application/epub+zip');
    const opf = await zip.file('OEBPS/content.opf')!.async('string');
    expect(opf).toContain('<itemref idref="c1"/><itemref idref="c2"/>');
    expect(opf).toContain('href="images/1.png" media-type="image/png"');
    const chapter = await zip.file('OEBPS/chapter-1.xhtml')!.async('string');
    const doc = new DOMParser().parseFromString(chapter, 'application/xhtml+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('images/1.png');
    expect(chapter).toContain('Map of the routes');
    expect(chapter).not.toContain('not-kept.png');
    expect(await zip.file('OEBPS/nav.xhtml')!.async('string')).toContain('<a href="chapter-2.xhtml">');
  });
});

describe('highlights in exports', () => {
  async function highlighted(): Promise<string> {
    const { entry } = await saveArticle({ article: article('https://news.example/ferry', { title: 'Ferry: the new timetable', contentHtml: BODY }),
      tags: ['local'] });
    const { addHighlight } = await import('../../lib/store/highlights');
    await addHighlight(entry, { exact: 'ferry at 05:40, see the', prefix: 'Timetable Early ', suffix: ' table.', start: 16, end: 39, color: 'green', note: 'Too early for **me**' });
    await addHighlight(entry, { exact: 'Saturdays', prefix: '', suffix: '', start: null, end: null });
    return entry.id;
  }

  it('Markdown: the highlights as quotes with their notes, after the front matter', async () => {
    const zip = await JSZip.loadAsync(await (await exportMarkdownZip([await highlighted()])).arrayBuffer());
    const md = await zip.file('ferry-the-new-timetable.md')!.async('string');
    expect(md).toContain('# Ferry: the new timetable\n\n## Highlights\n\n> ferry at 05:40, see the\n\nToo early for **me**\n\n> Saturdays\n');
    expect(md.indexOf('## Highlights')).toBeLessThan(md.indexOf('## Timetable'));
  });

  it('HTML and EPUB: highlighted text is marked across inline formatting and links', async () => {
    const id = await highlighted();
    const html = await (await exportHtml([id])).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(Array.from(doc.querySelectorAll('mark.green')).map((m) => m.textContent).join('')).toBe('ferry at 05:40, see the');
    expect(doc.querySelector('strong mark.green')?.textContent).toBe('05:40');
    expect(doc.querySelector('li mark.yellow')?.textContent).toBe('Saturdays');
    const zip = await JSZip.loadAsync(await (await exportEpub([id])).arrayBuffer());
    const chapter = await zip.file('OEBPS/chapter-1.xhtml')!.async('string');
    expect(chapter).toContain('<mark class="highlight yellow"');
    expect(new DOMParser().parseFromString(chapter, 'application/xhtml+xml').querySelector('parsererror')).toBeNull();
  });
});
