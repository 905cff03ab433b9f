// @vitest-environment jsdom
// lib/sanitize.ts on its own, in DOMPurify's style: {title, payload, expected} with the exact output.
// (The same rules through the whole pipeline: security-payloads.test.ts.)
import { describe, expect, it } from 'vitest';
import { safeHttpUrl, safeSrcset, sanitizeHtml, sanitizeText, sanitizeToFragment } from '../../lib/sanitize';

const IMG = 'referrerpolicy="no-referrer" loading="lazy" decoding="async"';
const EXT = 'target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"';

const CASES: { title: string; payload: string; expected: string }[] = [
  { title: 'plain paragraph', payload: '<p>Hello</p>', expected: '<p>Hello</p>' },
  { title: 'script dropped with its text', payload: '<p>a<script>alert(1)</script>b</p>', expected: '<p>ab</p>' },
  { title: 'style dropped with its text', payload: '<style>p{color:red}</style><p>x</p>', expected: '<p>x</p>' },
  { title: 'event handler dropped', payload: '<p onclick="alert(1)">x</p>', expected: '<p>x</p>' },
  { title: 'style and class attributes dropped', payload: '<p style="color:red" class="lead">x</p>', expected: '<p>x</p>' },
  { title: 'external link opens safely', payload: '<a href="https://a.test/x">x</a>', expected: `<a href="https://a.test/x" ${EXT}>x</a>` },
  { title: 'page-supplied target and rel replaced', payload: '<a href="https://a.test/" target="_self" rel="opener">x</a>', expected: `<a href="https://a.test/" ${EXT}>x</a>` },
  { title: 'ping dropped', payload: '<a href="https://a.test/" ping="https://t.test/p">x</a>', expected: `<a href="https://a.test/" ${EXT}>x</a>` },
  { title: 'javascript: link loses its href', payload: '<a href="javascript:alert(1)">x</a>', expected: '<a>x</a>' },
  { title: 'mailto kept', payload: '<a href="mailto:desk@news.test">x</a>', expected: `<a href="mailto:desk@news.test" ${EXT}>x</a>` },
  { title: 'relative link dropped (extraction makes links absolute first)', payload: '<a href="/x">x</a>', expected: '<a>x</a>' },
  { title: 'footnote link follows the prefixed id', payload: '<p id="fn1">n</p><a href="#fn1">1</a>', expected: '<p id="user-content-fn1">n</p><a href="#user-content-fn1">1</a>' },
  { title: 'http image kept, with no-referrer and lazy loading', payload: '<img src="https://i.test/a.jpg" alt="A">', expected: `<img src="https://i.test/a.jpg" alt="A" ${IMG}>` },
  { title: 'image width/height kept as numbers', payload: '<img src="https://i.test/a.jpg" width="640" height="360">', expected: `<img src="https://i.test/a.jpg" width="640" height="360" ${IMG}>` },
  { title: 'image width with units dropped', payload: '<img src="https://i.test/a.jpg" width="100%">', expected: `<img src="https://i.test/a.jpg" ${IMG}>` },
  { title: 'data:image png kept', payload: '<img src="data:image/png;base64,iVBORw0KGgo=">', expected: `<img src="data:image/png;base64,iVBORw0KGgo=" ${IMG}>` },
  { title: 'data:image svg dropped', payload: '<img src="data:image/svg+xml;base64,PHN2Zy8+">', expected: '' },
  { title: 'javascript: image dropped', payload: '<img src="javascript:alert(1)">', expected: '' },
  { title: 'relative image dropped', payload: '<img src="a.jpg">', expected: '' },
  { title: '1x1 pixel dropped', payload: '<img src="https://t.test/p.gif" width="1" height="1">', expected: '' },
  { title: 'hidden image dropped', payload: '<img src="https://i.test/a.jpg" hidden>', expected: '' },
  { title: 'display:none image dropped', payload: '<img src="https://i.test/a.jpg" style="display:none">', expected: '' },
  { title: 'lazy image with opacity:0 kept', payload: '<img src="https://i.test/a.jpg" data-src="https://i.test/a.jpg" style="opacity:0">', expected: `<img src="https://i.test/a.jpg" ${IMG}>` },
  { title: 'analytics beacon dropped', payload: '<img src="https://www.google-analytics.com/collect?v=1">', expected: '' },
  { title: 'srcset filtered entry by entry', payload: '<img src="https://i.test/a.jpg" srcset="javascript:x 1x, https://i.test/b.jpg 2x, https://t.test/pixel.gif 3x, data:image/png;base64,AA 4x">', expected: `<img src="https://i.test/a.jpg" srcset="https://i.test/b.jpg 2x" ${IMG}>` },
  { title: 'sizes dropped without srcset', payload: '<img src="https://i.test/a.jpg" sizes="100vw">', expected: `<img src="https://i.test/a.jpg" ${IMG}>` },
  { title: 'picture unwrapped, source dropped', payload: '<picture><source srcset="https://i.test/a.webp"><img src="https://i.test/a.jpg"></picture>', expected: `<img src="https://i.test/a.jpg" ${IMG}>` },
  { title: 'video dropped with its content', payload: '<video src="https://v.test/a.mp4" poster="https://v.test/p.jpg"><p>fallback</p></video>', expected: '' },
  { title: 'iframe dropped', payload: '<iframe src="https://e.test/"></iframe>', expected: '' },
  { title: 'button dropped with its label', payload: '<p>a<button>Subscribe</button>b</p>', expected: '<p>ab</p>' },
  { title: 'form unwrapped, input dropped', payload: '<form action="https://e.test/"><p>x</p><input name="q"></form>', expected: '<p>x</p>' },
  { title: 'svg dropped', payload: '<svg><circle r="1"/></svg><p>x</p>', expected: '<p>x</p>' },
  { title: 'table attributes in their places', payload: '<table><tbody><tr><td colspan="2" width="500" bgcolor="red">x</td></tr></tbody></table>', expected: '<table><tbody><tr><td colspan="2">x</td></tr></tbody></table>' },
  { title: 'lang and dir kept when well-formed', payload: '<p lang="id" dir="rtl">x</p><p lang="x y" dir="up">y</p>', expected: '<p lang="id" dir="rtl">x</p><p>y</p>' },
  { title: 'time datetime kept', payload: '<time datetime="2026-03-14T09:30:00Z">14 March</time>', expected: '<time datetime="2026-03-14T09:30:00Z">14 March</time>' },
  { title: 'blockquote cite only http(s)', payload: '<blockquote cite="javascript:x">q</blockquote><blockquote cite="https://s.test/">r</blockquote>', expected: '<blockquote>q</blockquote><blockquote cite="https://s.test/">r</blockquote>' },
  { title: 'ol start and type', payload: '<ol start="3" type="a" onclick="x"><li value="7">x</li></ol>', expected: '<ol start="3" type="a"><li value="7">x</li></ol>' },
  { title: 'name attribute dropped (DOM clobbering)', payload: '<a name="getElementById">x</a><img name="body" src="https://i.test/a.jpg">', expected: `<a>x</a><img src="https://i.test/a.jpg" ${IMG}>` },
  { title: 'id prefixed once, even when sanitized twice', payload: '<p id="user-content-x">x</p>', expected: '<p id="user-content-x">x</p>' },
  { title: 'data-* and aria-* dropped', payload: '<p data-track="1" aria-hidden="true">x</p>', expected: '<p>x</p>' },
  { title: 'comments dropped', payload: '<p>a<!-- <img src=x onerror=alert(1)> -->b</p>', expected: '<p>ab</p>' },
];

describe('sanitizeHtml: the allowlist, case by case', () => {
  it.each(CASES.map((c) => [c.title, c] as const))('%s', (_t, c) => {
    const out = sanitizeHtml(c.payload);
    expect(out).toBe(c.expected);
    // Idempotent: rendering sanitizes stored HTML again and must change nothing.
    expect(sanitizeHtml(out)).toBe(out);
  });

  it('the fragment variant gives the same DOM as the string variant', () => {
    for (const c of CASES) {
      const div = document.createElement('div');
      div.append(sanitizeToFragment(c.payload));
      expect(div.innerHTML).toBe(c.expected);
    }
  });
});

describe('helpers', () => {
  it('safeSrcset keeps only http(s) candidates with valid descriptors', () => {
    expect(safeSrcset('https://a.test/1.jpg 1x, https://a.test/2.jpg 2x')).toBe('https://a.test/1.jpg 1x, https://a.test/2.jpg 2x');
    expect(safeSrcset('https://a.test/1.jpg 800w, javascript:x 2x, https://a.test/3.jpg bogus')).toBe('https://a.test/1.jpg 800w');
    expect(safeSrcset('data:image/png;base64,AAAA 1x')).toBe('');
  });

  it('sanitizeText strips control characters, folds spaces, repairs lone surrogates and never splits a pair', () => {
    expect(sanitizeText('a\u0000b\u0007 \n c')).toBe('ab c');
    expect(sanitizeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(sanitizeText('ab😀', 3)).toBe('ab');
    expect(sanitizeText(42)).toBe('');
  });

  it('safeHttpUrl accepts only http(s), made absolute', () => {
    expect(safeHttpUrl('/a', 'https://n.test/x/')).toBe('https://n.test/a');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:x', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', '']) {
      expect(safeHttpUrl(bad, 'https://n.test/')).toBeNull();
    }
  });
});
