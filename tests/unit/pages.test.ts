// Multi-page articles: links to the other pages are found (same article, same site only), the pages are fetched
// through the function handed in, joined with a marker, and a page that cannot be fetched is reported missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleKey, findPageLinks } from '../../lib/extract/page-links';
import { extractAllPages, type FetchPage } from '../../lib/extract/pages';
import { FIXTURE_DIR, fold, loadPage } from './fixture-pages';

const DIR = join(FIXTURE_DIR, 'id-tribun-pawai-multipage');
const URL1 = 'https://jatim.tribun.example/2026/02/08/pawai-budaya-hari-jadi-surabaya-dipadati-ribuan-warga';
const page1 = readFileSync(join(DIR, 'source.html'), 'utf8');
const page2 = readFileSync(join(DIR, 'source-page2.html'), 'utf8');

function fetcher(pages: Record<string, string>): FetchPage & { calls: string[] } {
  const calls: string[] = [];
  const fn: FetchPage = async (url) => {
    calls.push(url);
    return pages[url] ?? null;
  };
  return Object.assign(fn, { calls });
}

describe('findPageLinks', () => {
  it('finds numbered pages of the same article', () => {
    const { doc } = loadPage(page1, URL1);
    expect(findPageLinks(doc, URL1).numbered).toEqual([`${URL1}?page=2`]);
  });
  it('ignores "next" links to another article or another site', () => {
    const { doc } = loadPage('<body><a href="/2026/02/09/other-story" rel="next">Selanjutnya</a><a href="https://other.example/a?page=2">2</a></body>', URL1);
    expect(findPageLinks(doc, URL1)).toEqual({ all: null, numbered: [], next: null });
  });
  it('prefers a "show all" link', () => {
    const { doc } = loadPage('<body><a href="?page=2">2</a><a href="?page=all">Tampilkan semua</a></body>', URL1);
    expect(findPageLinks(doc, URL1).all).toBe(`${URL1}?page=all`);
  });
  it('follows rel=next and "Halaman selanjutnya" links', () => {
    const { doc } = loadPage('<head><link rel="next" href="/news/story-one/2"></head><body></body>', 'https://x.example/news/story-one');
    expect(findPageLinks(doc, 'https://x.example/news/story-one').next).toBe('https://x.example/news/story-one/2');
    expect(articleKey('https://x.example/news/story-one/2')).toBe(articleKey('https://x.example/news/story-one?page=3'));
  });
});

describe('extractAllPages', () => {
  it('joins the pages with a quiet marker and counts them', async () => {
    const { doc, win } = loadPage(page1, URL1);
    const fetchPage = fetcher({ [`${URL1}?page=2`]: page2 });
    const a = await extractAllPages(doc, URL1, { window: win, force: true }, fetchPage);
    const text = fold(a.textContent);
    expect(text).toContain('Ribuan warga memadati Jalan Tunjungan');
    expect(text).toContain('pertunjukan tari remo massal');
    expect(text).not.toContain('Halaman selanjutnya');
    expect(a.contentHtml).toContain('page-break');
    expect(a.pages).toEqual({ count: 2, missing: [] });
    expect(fetchPage.calls).toEqual([`${URL1}?page=2`]);
  });
  it('shows what it found and names the page it could not fetch', async () => {
    const { doc, win } = loadPage(page1, URL1);
    const a = await extractAllPages(doc, URL1, { window: win, force: true }, fetcher({}));
    expect(fold(a.textContent)).toContain('Ribuan warga memadati Jalan Tunjungan');
    expect(a.pages).toEqual({ count: 1, missing: [`${URL1}?page=2`] });
  });
  it('gives up on a page that does not answer in time', async () => {
    const { doc, win } = loadPage(page1, URL1);
    const never: FetchPage = () => new Promise(() => undefined);
    const a = await extractAllPages(doc, URL1, { window: win, force: true }, never, { timeoutMs: 30 });
    expect(a.pages?.missing).toHaveLength(1);
  });
  it('fetches at most 10 pages', async () => {
    const links = Array.from({ length: 20 }, (_, i) => `<a href="?page=${i + 2}">${i + 2}</a>`).join(' ');
    const html = page1.replace('<div class="paging">', `<div class="paging">${links}`);
    const { doc, win } = loadPage(html, URL1);
    const fetchPage = fetcher(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`${URL1}?page=${i + 2}`, page2])));
    const a = await extractAllPages(doc, URL1, { window: win, force: true }, fetchPage);
    expect(fetchPage.calls.length).toBe(9);
    expect(a.pages?.count).toBe(10);
  });
  it('leaves a single-page article as it is, without fetching', async () => {
    const { doc, win } = loadPage(readFileSync(join(FIXTURE_DIR, 'id-detik-bus-listrik', 'source.html'), 'utf8'),
      'https://news.detiknusantara.example/berita/d-7720001/transjakarta-tambah-150-bus-listrik-untuk-rute-pengumpan');
    const fetchPage = fetcher({});
    const a = await extractAllPages(doc, doc.URL, { window: win, force: true }, fetchPage);
    expect(a.pages).toBeUndefined();
    expect(fetchPage.calls).toEqual([]);
  });
});
