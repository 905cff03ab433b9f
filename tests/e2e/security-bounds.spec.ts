// Pages too big for comfort: 150,000 elements, nesting 2,000 deep (as HTML, which the parser caps, and built by
// script, which it does not), 10 MB of HTML, and text in awkward encodings. The reader opens within the 8 s the
// issue allows (a bound on waiting, not a benchmark), the reader tab still answers, and nothing overflows sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBaca, type Baca } from './harness';
import { ENCODING_CASES, LONG_WORD } from '../fixtures/hostile/encodings';

const PARA = '<p>The harbour board met again on Thursday to hear the dredging contractor explain the schedule, which now runs over two winters and starts with the inner basin.</p>';
const LEDE = '<p>Ferry crews say the new timetable has cut the queue at the slipway, and the board wants to know whether the same approach could work for the fishing fleet in the outer harbour.</p>';

function shell(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head>
<body><article><h1>${title}</h1>${LEDE}${PARA.repeat(8)}${body}</article>${script}</body></html>`;
}

const HUGE: Record<string, () => string> = {
  // 150,000 elements: 75,000 boxes of two elements after the article's paragraphs.
  wide: () => shell('A page with 150,000 elements', `<div>${'<div><span>row</span></div>'.repeat(75_000)}</div>`),
  // 2,000 levels of nesting in the HTML itself.
  deep: () => shell('A page nested 2,000 levels deep', `${'<div>'.repeat(2000)}<p>${'Deep text. '.repeat(30)}</p>${'</div>'.repeat(2000)}`),
  // 2,000 levels built by script (the HTML parser stops nesting at 512, the DOM does not).
  'deep-script': () => shell('A page nested 2,000 levels deep by script', '<div id="root"></div>',
    `<script>let n=document.getElementById('root');for(let i=0;i<2000;i++){const d=document.createElement('div');n.append(d);n=d;}n.textContent='${'Deep text. '.repeat(30)}';</script>`),
  // 10 MB of HTML: 60,000 paragraphs of ordinary text.
  big: () => shell('A 10 MB page', PARA.repeat(60_000)),
};

async function stillResponsive(page: Page): Promise<void> {
  const before = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-size'));
  await page.keyboard.press('+');
  await page.waitForFunction((b) => getComputedStyle(document.documentElement).getPropertyValue('--font-size') !== b, before, { timeout: 3_000 });
}

async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of Array.from(document.querySelectorAll('.article *'))) {
      if (el.closest('.table-wrap, pre')) continue;
      const r = el.getBoundingClientRect();
      if (r.right > width + 1) out.push(`${el.tagName} ends at ${Math.round(r.right)} > ${width}`);
    }
    return out.slice(0, 5);
  });
}

describe('huge and broken pages in the real browser', () => {
  let baca: Baca;
  beforeAll(async () => {
    baca = await launchBaca({ viewport: { width: 420, height: 800 } });
    const pages = new Map<string, Uint8Array | string>(Object.entries(HUGE).map(([k, make]) => [`/huge/${k}`, make()]));
    ENCODING_CASES.forEach((c, i) => pages.set(`/encoding/${i}`, c.bytes));
    baca.server.route((req, res) => {
      const body = pages.get(req.url ?? '');
      if (body === undefined) return false;
      // No charset in the header: the browser decides from the bytes, as the CLI does.
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(body);
      return true;
    });
  });
  afterAll(async () => {
    await baca?.close();
  });

  for (const name of Object.keys(HUGE)) {
    // No hang: the reader (or its "too large" notice) comes up inside openReader's bounds (a click retried, as a
    // person would, when the activeTab grant races it). How long it takes is measured in the benchmarks.
    it(`${name}: the reader opens (or says the page is too large) and the tab stays responsive`, async () => {
      const page = await baca.open(`/huge/${name}`);
      await baca.openReader(page);
      const shown = await page.locator('.article-body').count();
      if (shown) expect(await page.locator('.article-body').innerText()).toContain('Ferry crews say the new timetable');
      else expect(await page.locator('.notice').innerText()).toMatch(/large|besar/i);
      await stillResponsive(page);
      expect(await overflowingElements(page)).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it.each(ENCODING_CASES.map((c, i) => [c.name, c, i] as const))('%s: decoded, and laid out without overflow', async (_name, c, i) => {
    const page = await baca.open(`/encoding/${i}`);
    const liveHeading = await page.locator('h1').innerText();
    await baca.openReader(page);
    const title = await page.locator('.article-title').innerText();
    const all = `${title}\n${await page.locator('.article-body').innerText()}`;
    // The reader shows the text as the browser decoded the page, whatever the bytes were.
    expect(title).toBe(liveHeading);
    if (!c.undeclared) for (const t of c.text) expect(all).toContain(t);
    for (const t of c.notText ?? []) expect(all).not.toContain(t);
    expect(await overflowingElements(page)).toEqual([]);
    if (all.includes(LONG_WORD.slice(0, 100))) expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.close();
  });
});
