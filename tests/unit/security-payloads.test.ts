// Every hostile payload through the WHOLE pipeline (extractArticle on jsdom), then checked three ways: the
// payload's own expectations, the invariants every article must meet, and by rendering the result in a
// script-enabled document (nothing may run). The same table runs in Chromium in tests/e2e/security.spec.ts.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';
import { sanitizeHtml } from '../../lib/sanitize';
import { violations } from '../fixtures/hostile/invariants';
import { fill, hostilePage, PAYLOADS, type PageOptions, type Payload } from '../fixtures/hostile/payloads';

const PAGE_URL = 'https://courier.test/news/2026/harbour-dredging';
const ENV: PageOptions = { evil: 'http://evil.test', img: 'https://courier.test/photos/quay-dredger.jpg' };

function extract(p: Payload) {
  const dom = new JSDOM(hostilePage(p, ENV), { url: PAGE_URL });
  return { result: extractArticle(dom.window.document, PAGE_URL, { force: true }), window: dom.window };
}

/** Insert the HTML into a page that WOULD run scripts and handlers, and see whether anything ran. */
async function runsScript(html: string): Promise<boolean> {
  const dom = new JSDOM('<!doctype html><body></body>', { runScripts: 'dangerously', url: 'https://reader.test/' });
  dom.window.document.body.innerHTML = html;
  for (const el of Array.from(dom.window.document.querySelectorAll('*'))) {
    for (const type of ['click', 'mouseover', 'focus', 'load', 'error', 'toggle']) el.dispatchEvent(new dom.window.Event(type));
  }
  await new Promise((r) => setTimeout(r, 0));
  const ran = (dom.window as unknown as { __bacaPwned?: number }).__bacaPwned !== undefined;
  dom.window.close();
  return ran;
}

afterEach(() => {
  expect((Object.prototype as Record<string, unknown>).bacaPolluted).toBeUndefined();
});

for (const [category, list] of Object.entries(PAYLOADS)) {
  describe(`hostile payloads through extractArticle: ${category}`, () => {
    it.each(list.map((p) => [p.title, p] as const))('%s', async (_title, p) => {
      const { result, window } = extract(p);
      const holder = window.document.createElement('div');
      holder.innerHTML = result.contentHtml;
      expect(violations(holder, { evil: ENV.evil })).toEqual([]);
      for (const block of result.removed ?? []) {
        const removed = window.document.createElement('div');
        removed.innerHTML = block.html;
        expect(violations(removed, { evil: ENV.evil })).toEqual([]);
      }
      // Rendering sanitizes again: the second pass must change nothing.
      expect(sanitizeHtml(result.contentHtml, window as unknown as Window)).toBe(result.contentHtml);
      expect(await runsScript(result.contentHtml)).toBe(false);

      const e = p.expected;
      const html = result.contentHtml.toLowerCase();
      for (const s of e.html ?? []) expect(result.contentHtml).toContain(fill(s, ENV));
      for (const s of e.notHtml ?? []) expect(html).not.toContain(fill(s, ENV).toLowerCase());
      for (const s of e.text ?? []) expect(result.textContent).toContain(s);
      for (const s of e.notText ?? []) expect(result.textContent).not.toContain(s);
      if (!e.eatsRest) expect(result.textContent).toContain('Under the plan, contractors will remove');

      expect(result.canonicalUrl).toMatch(/^https?:\/\//);
      if (result.leadImage) {
        expect(result.leadImage.src).toMatch(/^https?:\/\//);
        expect(result.leadImage.src).not.toContain('evil.test');
      }
      for (const field of [result.title, result.byline ?? '', result.siteName ?? '', result.excerpt ?? '']) {
        expect(field).not.toMatch(/[\u0000-\u0008]/);
        expect(field.length).toBeLessThan(700);
      }
    });
  });
}

describe('pipeline-level guards', () => {
  it('a clobbering page still yields the same article as a clean one', () => {
    const clean = extract({ title: 'clean', payload: '', expected: {} }).result;
    const clobbered = extract({
      title: 'clobbered',
      payload: '<form id="f"><input name="tagName"><input name="attributes"><input name="children"></form><img name="cloneNode">',
      expected: {},
    }).result;
    expect(clobbered.textContent).toBe(clean.textContent);
    expect(clobbered.title).toBe(clean.title);
  });

  it('JSON-LD prototype keys never reach Object.prototype', () => {
    const p = PAYLOADS.metadata.find((x) => x.title.includes('__proto__'))!;
    extract(p);
    expect(({} as Record<string, unknown>).bacaPolluted).toBeUndefined();
  });
});
