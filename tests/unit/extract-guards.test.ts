// Every stage of the pipeline is guarded: a stage that throws leaves the article to the stage before it, and the
// failure is named in the result. The lead image comes only from an image the page itself displays.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';

const broken = vi.hoisted(() => ({ declutter: false, readability: false }));

vi.mock('../../lib/extract/declutter', async (orig) => {
  const real = await orig<typeof import('../../lib/extract/declutter')>();
  return { ...real, declutter: (doc: Document, ctx: Parameters<typeof real.declutter>[1]) => {
    if (broken.declutter) {
      doc.body?.querySelector('p')?.remove();
      throw new Error('")" is expected');
    }
    return real.declutter(doc, ctx);
  } };
});

vi.mock('@mozilla/readability', async (orig) => {
  const real = await orig<typeof import('@mozilla/readability')>();
  class Guarded<T> extends real.Readability<T> {
    override parse() {
      if (broken.readability) throw new Error('Readability exploded');
      return super.parse();
    }
  }
  return { ...real, Readability: Guarded };
});

const { extractArticle } = await import('../../lib/extract/extract');

const URL = 'https://courier.test/news/2026/harbour-dredging';
const PROSE = 'The harbour board said on Tuesday that dredging of the inner channel will begin in March and take six weeks, ' +
  'with ferries running to a reduced timetable while the work goes on.';
const page = (extra = '', head = '') => `<!doctype html><html lang="en"><head><title>Harbour dredging to start</title>${head}</head>
  <body><article><h1>Harbour dredging to start</h1><p>${PROSE}</p><p>${PROSE.replace('Tuesday', 'Wednesday')}</p>
  <p>${PROSE.replace('March', 'April')}</p><div class="share-bar"><a href="/s">Share</a> <a href="/t">Tweet</a></div>${extra}</article></body></html>`;

function extract(html: string) {
  const dom = new JSDOM(html, { url: URL });
  return extractArticle(dom.window.document, URL, { force: true });
}

afterEach(() => {
  broken.declutter = false;
  broken.readability = false;
});

describe('guarded stages', () => {
  it('runs clean pages without recording failures', () => {
    const a = extract(page());
    expect(a.failures).toBeUndefined();
    expect(a.textContent).not.toContain('Tweet');
  });

  it('falls back to plain Readability on a fresh clone when declutter throws', () => {
    broken.declutter = true;
    const a = extract(page());
    expect(a.failures).toEqual([{ stage: 'declutter', message: '")" is expected' }]);
    // The paragraph the broken stage removed before throwing is back: the fallback read the page again.
    expect(a.textContent).toContain('on Tuesday that dredging');
    expect(a.removed).toEqual([]);
  });

  it('falls back to the linear extraction when Readability throws', () => {
    broken.readability = true;
    const a = extract(page());
    expect(a.failures?.map((f) => f.stage)).toEqual(['readability']);
    expect(a.textContent).toContain('on Wednesday that dredging');
    expect(a.wordCount).toBeGreaterThan(50);
  });
});

describe('lead image from metadata', () => {
  const og = (src: string) => `<meta property="og:image" content="${src}">`;

  it('is used when the page displays that image outside the article text', () => {
    const html = page('', og('https://cdn.courier.test/img/dredger-1200x630.jpg'))
      .replace('<article>', '<header><figure><img src="/img/dredger-800x450.jpg" alt="The dredger"><figcaption>The dredger at the quay</figcaption></figure></header><article>');
    const a = extract(html);
    expect(a.contentHtml).not.toContain('dredger-800x450');
    expect(a.leadImage).toEqual({ src: 'https://courier.test/img/dredger-800x450.jpg', alt: 'The dredger', caption: 'The dredger at the quay' });
  });

  it('is dropped when only the metadata names the image', () => {
    const a = extract(page('', og('https://tracker.example/pixel/dredger.jpg')));
    expect(a.leadImage).toBeNull();
    expect(a.contentHtml).not.toContain('tracker.example');
  });

  it('is dropped when the JSON-LD image is nowhere on the page', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour dredging to start","image":"https://elsewhere.example/a.jpg"}</script>';
    expect(extract(page('', ld)).leadImage).toBeNull();
  });

  it('takes the address from a <picture> source the page shows', () => {
    const html = page('', og('https://courier.test/img/quay.webp'))
      .replace('<article>', '<div class="hero"><picture><source srcset="/img/quay.webp 1x"><img src="/img/quay-fallback.jpg" alt="Quay"></picture></div><article>');
    const a = extract(html);
    expect(a.contentHtml).not.toContain('quay');
    expect(a.leadImage).toEqual({ src: 'https://courier.test/img/quay.webp', alt: 'Quay', caption: undefined });
  });
});
