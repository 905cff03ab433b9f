// The reader's main flows, written once and run in each engine (BACA_ENGINE=chromium|firefox): open by toolbar click
// and by shortcut, Back / Forward / reload, the toolbar state on article, non-article and restricted pages, and the
// "could not read this page" state with its Try again.
import { describe, expect, it } from 'vitest';
import { ENGINE, RESTRICTED_URL, settledState, useEngine } from './setup';

const ARTICLE_TEXT = 'Banjir rob kembali merendam sejumlah permukiman';
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title><item><title>Council agrees budget</title></item></channel></rss>';
const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the harbour council agreed on a longer ferry timetable after a long meeting on Tuesday evening, according to minutes seen by this newspaper, and residents welcomed the change.</p>`).join('');
// An HTML page whose own script takes its <body> away (a canvas app, a broken page): there is nothing to read.
const NO_BODY = `<!doctype html><html lang="en"><head><title>Harbour council agrees budget</title></head><body><p>Loading…</p>
<script>document.documentElement.removeChild(document.body);</script></body></html>`;

describe(`reader view (${ENGINE})`, () => {
  const engine = useEngine();

  it('a toolbar click shows the whole article in the same tab; Back, Forward and reload work', async () => {
    const e = engine();
    const tab = await e.open('id-banjir-jakarta/');
    await e.openReader(tab, 'click');
    expect((await tab.url()).startsWith(e.readerUrlPrefix)).toBe(true);
    const text = await tab.text('.article-body');
    expect(text).toContain(ARTICLE_TEXT);
    expect(text).toContain('Marunda, Cilincing: 290 kepala keluarga');
    expect(await tab.text('.article-title')).toBe('Banjir Rob Rendam Pesisir Utara Jakarta, Warga Mengungsi ke Masjid');
    expect(await tab.text('.byline')).toBe('Rina Kusumawati');
    expect(await tab.attr('html', 'lang')).toBe('id');
    // No script from the page came along.
    expect(await tab.count('.article script, .article iframe, .article [onerror]')).toBe(0);
    expect(await tab.evaluate(() => document.body.getAttribute('data-page-script'))).toBeNull();

    await tab.back();
    await tab.waitForUrl((u) => u === `${e.server.url}/id-banjir-jakarta/`);
    await tab.waitFor(() => document.querySelector('h1')?.textContent?.includes('Banjir Rob'));
    // Forward shows the same reader view again, and so does a reload (the article was stored, not held in memory).
    await tab.forward();
    await tab.waitForUrl((u) => u.startsWith(e.readerUrlPrefix));
    await tab.waitFor((t) => document.querySelector('.article-body')?.textContent?.includes(t), ARTICLE_TEXT);
    await tab.reload();
    await tab.waitFor((t) => document.querySelector('.article-body')?.textContent?.includes(t), ARTICLE_TEXT);
    // A second click on the button leaves the reader for the page.
    await e.clickAction(tab);
    await tab.waitForUrl((u) => u === `${e.server.url}/id-banjir-jakarta/`);
    await tab.close();
  });

  it('the reader shortcut opens the reader too, and Esc leaves it', async () => {
    const e = engine();
    const tab = await e.open('en-city-council/');
    await e.openReader(tab, 'shortcut');
    expect(await tab.text('.article-body')).toContain('Station Road car park');
    await tab.press('Escape');
    await tab.waitForUrl((u) => u === `${e.server.url}/en-city-council/`);
    await tab.close();
  });

  it('the toolbar says whether a page holds an article', async () => {
    const e = engine();
    const article = await e.open('id-detik-bus-listrik/');
    expect(await settledState(e, article, (s) => s.badge !== '')).toEqual({ badge: '•', title: 'Open reader view' });
    const home = await e.open('home-portal/');
    const state = await settledState(e, home, (s) => s.title.startsWith('No article'));
    expect(state).toEqual({ badge: '', title: 'No article detected on this page (click to try anyway)' });
    // A click there still answers: the reader says there is no article and offers to try anyway.
    await e.openReader(home);
    expect(await noticeHeading(home)).toMatch(/No article/i);
    await home.click({ selector: 'button', text: /Try anyway/i });
    await home.waitFor(() => !!document.querySelector('.article-body'));
    await article.close();
    await home.close();
  });

  it("a restricted page: the toolbar says the browser protects it, and the tab stays where it is", async () => {
    const e = engine();
    const tab = await e.open(RESTRICTED_URL);
    await e.clickAction(tab);
    const state = await settledState(e, tab, (s) => /can't read this page/.test(s.title));
    expect(state.title).toMatch(/^Baca can't read this page: the browser's own pages are protected$/);
    expect(state.badge).toBe('✕');
    expect(await tab.url()).toBe(RESTRICTED_URL);
    await tab.close();
  });

  it('a page Baca may read but cannot: says so with the reason (not "protected"), and Try again reads it again', async () => {
    const e = engine();
    e.server.route((req, res) => {
      const body = req.url === '/fail/feed.xml' ? FEED : req.url === '/fail/no-body' ? NO_BODY : null;
      if (body === null) return false;
      res.writeHead(200, { 'content-type': req.url!.endsWith('.xml') ? 'application/xml' : 'text/html; charset=utf-8' }).end(body);
      return true;
    });
    // A news feed (XML): the button tells the truth.
    const feed = await e.open('fail/feed.xml');
    await e.clickAction(feed);
    // Badge and title are set one after the other: wait for both.
    const failed = (s: { title: string; badge: string }) => s.badge === '!' && s.title.startsWith('Baca could not');
    const state = await settledState(e, feed, failed);
    expect(state).toEqual({ badge: '!', title: 'Baca could not read this page: it is not an HTML page (click to try again)' });
    expect(await feed.url()).toBe(`${e.server.url}/fail/feed.xml`);
    await feed.close();

    // An HTML page with nothing to read: the button and a notice in the page say so, with Try again.
    const tab = await e.open('fail/no-body');
    await tab.waitFor(() => document.body === null);
    await e.clickAction(tab);
    expect((await settledState(e, tab, failed)).title).toMatch(/^Baca could not read this page: it is not an HTML page/);
    const notice = '#baca-read-failure >>> [role="alert"]';
    await tab.waitFor(() => !!document.getElementById('baca-read-failure'));
    expect(await tab.text(notice)).toMatch(/Baca could not read this page: it is not an HTML page/);
    expect(await tab.url()).toBe(`${e.server.url}/fail/no-body`);
    // The page gets its article after all; Try again reads it (the click's permission still holds for this page).
    await tab.evaluate((html) => {
      const body = document.createElement('body');
      body.innerHTML = `<article><h1>Harbour council agrees budget</h1>${html}</article>`;
      document.documentElement.append(body);
    }, paragraphs(8));
    await tab.click(`${notice} .retry`);
    await tab.waitForUrl((u) => u.startsWith(e.readerUrlPrefix), 15_000);
    await tab.waitFor(() => document.querySelector('.article-body')?.textContent?.includes('Paragraph 8'));
    expect(await tab.text('.article-title')).toBe('Harbour council agrees budget');
    await tab.close();
  });
});

/** The reader notice's heading. */
async function noticeHeading(tab: { text: (s: string) => Promise<string>; waitFor: (f: () => unknown) => Promise<unknown> }): Promise<string> {
  await tab.waitFor(() => !!document.querySelector('.notice h1'));
  return tab.text('.notice h1');
}
