// Detection: every fixture page is classified as its expected.json says (articles in several languages; home
// pages, section fronts, search results, video pages and tag listings are not articles), and the toolbar state
// the background shows for it.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { detectArticle } from '../../lib/extract/detect';
import { ARTICLE_BADGE, showDetection } from '../../entrypoints/background/detect-state';
import { fixtures, loadPage } from './fixture-pages';

const cases = fixtures().filter((f) => typeof f.expected.isArticle === 'boolean');

describe('detectArticle on fixture pages', () => {
  it('has both articles and non-articles to judge', () => {
    expect(cases.filter((c) => c.expected.isArticle).length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => !c.expected.isArticle).length).toBeGreaterThanOrEqual(5);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { doc } = loadPage(c.html, c.expected.url);
    const d = detectArticle(doc, c.expected.url);
    expect(d.isArticle, d.signals.join(' ')).toBe(c.expected.isArticle);
  });
});

describe('detectArticle signals', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) =>
    `<p>Paragraph ${i} of a report on the harbour works, long enough to be running text rather than a teaser line, with details on cost and time.</p>`).join('');
  it('finds an article without any metadata from its running text', () => {
    const { doc } = loadPage(`<html><body><h1>Pier repairs</h1>${body(12)}</body></html>`, 'https://x.example/news/pier-repairs-take-six-months');
    expect(detectArticle(doc, doc.URL).isArticle).toBe(true);
  });
  it('does not flag a page with article metadata but almost no text (a video page)', () => {
    const { doc } = loadPage('<html><head><meta property="og:type" content="video.other"></head><body><h1>Clip</h1><video></video><p>Short.</p></body></html>',
      'https://x.example/video/clip-123456');
    expect(detectArticle(doc, doc.URL).isArticle).toBe(false);
  });
  it('does not flag a shop page that declares a product (however long its text), but flags a review that declares an article too', () => {
    const ld = (types: string[]) => types.map((t) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${t}","name":"Harbour kayak"}</script>`).join('');
    const url = 'https://x.example/shop/harbour-kayak-two-seat-touring';
    const shop = loadPage(`<html><head>${ld(['Product'])}</head><body><h1>Harbour kayak</h1>${body(12)}</body></html>`, url).doc;
    expect(detectArticle(shop, url).signals).toContain('product-3');
    expect(detectArticle(shop, url).isArticle).toBe(false);
    const og = loadPage(`<html><head><meta property="og:type" content="product"></head><body><h1>Harbour kayak</h1>${body(12)}</body></html>`, url).doc;
    expect(detectArticle(og, url).isArticle).toBe(false);
    const review = loadPage(`<html><head>${ld(['Product', 'Review', 'Article'])}</head><body><h1>Harbour kayak, tested</h1>${body(12)}</body></html>`, url).doc;
    expect(detectArticle(review, url).isArticle).toBe(true);
  });
  it('does not flag the site root even with long text', () => {
    const { doc } = loadPage(`<html><body>${body(4)}</body></html>`, 'https://x.example/');
    expect(detectArticle(doc, doc.URL).isArticle).toBe(false);
  });
});

describe('toolbar state from detection', () => {
  beforeEach(() => fakeBrowser.reset());
  const state = async (tabId: number) => ({
    badge: await browser.action.getBadgeText({ tabId }),
    title: await browser.action.getTitle({ tabId }),
  });
  it('marks an article tab and says so in the title', async () => {
    await showDetection(7, true);
    expect(await state(7)).toEqual({ badge: ARTICLE_BADGE, title: 'detectArticleTitle' });
  });
  it('says when no article was found', async () => {
    await showDetection(8, false);
    expect(await state(8)).toEqual({ badge: '', title: 'detectNoArticleTitle' });
  });
  it('never overwrites the "cannot read this page" state', async () => {
    await browser.action.setBadgeText({ tabId: 9, text: '✕' });
    await browser.action.setTitle({ tabId: 9, title: 'blocked' });
    await showDetection(9, true);
    expect(await state(9)).toEqual({ badge: '✕', title: 'blocked' });
  });
});
