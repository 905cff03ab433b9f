// lib/extract/limits.ts: the clobbering-safe clone and the bounds that switch huge pages to the rough extraction.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';
import { cloneForExtraction, isOversized, LIMITS, roughParse } from '../../lib/extract/limits';

const PARA = (i: number) => `<p>Paragraph ${i}: the harbour board approved the dredging plan after a long evening of questions from skippers and ferry crews.</p>`;
const doc = (body: string) => new JSDOM(`<!doctype html><html lang="en"><head><title>Harbour</title></head><body>${body}</body></html>`).window.document;
const saved = { ...LIMITS };
afterEach(() => Object.assign(LIMITS, saved));

describe('cloneForExtraction', () => {
  const page = () => doc(`<form id="f" name="subscribe"><input name="tagName"><p>In the form.</p></form>
<img name="cloneNode" src="https://i.test/a.jpg"><object id="document"></object><p is="x-fancy" class="k">Fancy.</p>
<img src="https://t.test/p.gif" width="1" height="1"><img src="https://i.test/photo.jpg" style="display:none">
<img src="https://i.test/lazy.jpg" data-src="https://i.test/lazy.jpg" style="opacity:0">`);

  it('takes out what clobbers: names, forms (as plain boxes), object ids, `is` values', () => {
    const clone = cloneForExtraction(page());
    expect(clone.querySelectorAll('[name]')).toHaveLength(0);
    expect(clone.querySelector('form')).toBeNull();
    expect(clone.body.textContent).toContain('In the form.');
    expect(clone.querySelector('object')?.hasAttribute('id')).toBe(false);
    expect(clone.querySelector('[is]')).toBeNull();
    expect(clone.querySelector('p.k')?.textContent).toBe('Fancy.');
    expect(clone.body.innerHTML).not.toContain('is=');
  });

  it('an old-style named anchor becomes an id, so footnote links keep working', () => {
    const clone = cloneForExtraction(doc('<p>Text<a href="#fn1">1</a></p><p><a name="fn1"></a>The note.</p>'));
    expect(clone.querySelector('a#fn1')?.hasAttribute('name')).toBe(false);
  });

  it('drops pixels and hidden images but keeps a lazy image waiting to fade in', () => {
    const srcs = Array.from(cloneForExtraction(page()).querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(['https://i.test/a.jpg', 'https://i.test/lazy.jpg']);
  });

  it('never changes the page itself', () => {
    const original = page();
    const before = original.documentElement.outerHTML;
    cloneForExtraction(original);
    expect(original.documentElement.outerHTML).toBe(before);
  });
});

describe('bounds', () => {
  it('a page past the element bound is oversized, a normal one is not', () => {
    LIMITS.maxElements = 500;
    expect(isOversized(doc(Array.from({ length: 20 }, (_, i) => PARA(i)).join('')))).toBe(false);
    expect(isOversized(doc(`${PARA(0)}${'<div><span>x</span></div>'.repeat(300)}`))).toBe(true);
  });

  it('a page past the depth bound is oversized', () => {
    LIMITS.maxDepth = 50;
    expect(isOversized(doc(`${'<div>'.repeat(40)}${PARA(0)}${'</div>'.repeat(40)}`))).toBe(false);
    expect(isOversized(doc(`${'<div>'.repeat(60)}${PARA(0)}${'</div>'.repeat(60)}`))).toBe(true);
  });

  it('the rough extraction keeps the article root\'s blocks in order, each once, up to the block bound', () => {
    LIMITS.maxRoughBlocks = 5;
    const d = doc(`<nav><p>Menu</p></nav><article><h1>Harbour</h1>${PARA(1)}<blockquote><p>Quoted once.</p></blockquote>${PARA(2)}${PARA(3)}${PARA(4)}</article>`);
    const content = roughParse(d).content as Element;
    const blocks = Array.from(content.children).map((c) => c.textContent?.slice(0, 12));
    expect(blocks).toEqual(['Harbour', 'Paragraph 1:', 'Quoted once.', 'Paragraph 2:', 'Paragraph 3:']);
  });

  it('an oversized page still gives a sanitized article through extractArticle', () => {
    LIMITS.maxElements = 300;
    const d = doc(`<article><h1>Harbour</h1>${Array.from({ length: 8 }, (_, i) => PARA(i)).join('')}<p onclick="x()" style="color:red">Styled.</p></article>${'<div><span>x</span></div>'.repeat(200)}`);
    const r = extractArticle(d, 'https://harbour.test/a', { force: true });
    expect(r.textContent).toContain('Paragraph 7: the harbour board');
    expect(r.contentHtml).not.toMatch(/onclick|style=/);
  });
});
