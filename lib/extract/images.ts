// Lazy-loaded images and relative URLs, resolved on the clone before Readability sees it.
import { safeHttpUrl } from '../sanitize';

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src',
  'data-full-src', 'data-actualsrc', 'data-echo', 'data-img-src', 'data-image', 'data-orig-file'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];

/** A src that is only a stand-in until a script swaps the real image in. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const s = src.trim().toLowerCase();
  if (s.startsWith('data:')) return true;
  if (s === 'about:blank' || s.startsWith('javascript:')) return true;
  return /(?:^|[/_.-])(?:blank|spacer|placeholder|transparent|pixel|lazy|loading|grey|gray|empty)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|[?#])/.test(s);
}

/** The largest candidate of a srcset, as an absolute URL. */
export function bestFromSrcset(srcset: string, base: string): string | null {
  let best: { url: string; score: number } | null = null;
  for (const raw of srcset.split(/,(?=\s*\S)/)) {
    const [url, descriptor = '1x'] = raw.trim().split(/\s+/);
    const abs = safeHttpUrl(url, base);
    if (!abs) continue;
    const n = parseFloat(descriptor);
    const score = Number.isFinite(n) ? (descriptor.endsWith('x') ? n * 1000 : n) : 0;
    if (!best || score > best.score) best = { url: abs, score };
  }
  return best?.url ?? null;
}

function absolutizeSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,(?=\s*\S)/)
    .map((entry) => {
      const [url, ...rest] = entry.trim().split(/\s+/);
      const abs = safeHttpUrl(url, base);
      return abs ? [abs, ...rest].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

function resolveImage(img: HTMLImageElement, base: string): void {
  const current = img.getAttribute('src');
  if (isPlaceholderSrc(current)) {
    const lazy = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholderSrc(v));
    const lazySet = LAZY_SRCSET_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && v.trim());
    const fromSet = lazySet ? bestFromSrcset(lazySet, base) : null;
    const ownSet = img.getAttribute('srcset');
    const fromOwnSet = ownSet ? bestFromSrcset(ownSet, base) : null;
    const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
    let fromPicture: string | null = null;
    if (picture) {
      for (const source of Array.from(picture.querySelectorAll('source'))) {
        const set = source.getAttribute('srcset') ?? source.getAttribute('data-srcset');
        fromPicture = set ? bestFromSrcset(set, base) : null;
        if (fromPicture) break;
      }
    }
    const chosen = lazy ?? fromSet ?? fromOwnSet ?? fromPicture;
    if (chosen) img.setAttribute('src', chosen);
    if (lazySet) img.setAttribute('srcset', lazySet);
  }
  const src = safeHttpUrl(img.getAttribute('src'), base);
  if (src) img.setAttribute('src', src);
  else if (!/^data:image\/(?:png|jpe?g|gif|webp|avif);base64,.{400,}/i.test(img.getAttribute('src') ?? '')) {
    // Nothing real to show (small data: URIs are placeholders): drop the image, not its caption.
    img.remove();
    return;
  }
  const srcset = img.getAttribute('srcset');
  if (srcset) {
    const abs = absolutizeSrcset(srcset, base);
    if (abs) img.setAttribute('srcset', abs);
    else img.removeAttribute('srcset');
  }
}

/** Images whose real version only exists inside <noscript>: swap the fallback in. */
function unwrapNoscriptImages(doc: Document): void {
  for (const ns of Array.from(doc.querySelectorAll('noscript'))) {
    // With scripting on (a live page) <noscript> holds raw text; with it off (jsdom) it holds elements.
    const html = ns.children.length ? ns.innerHTML : (ns.textContent ?? '');
    if (!/<img\b/i.test(html)) continue;
    const tpl = doc.createElement('template');
    tpl.innerHTML = html;
    const fallback = tpl.content.querySelector('img');
    if (!fallback || tpl.content.querySelectorAll('img').length !== 1) continue;
    const prev = ns.previousElementSibling;
    const prevImg = prev?.tagName === 'IMG' ? prev : prev?.querySelector?.('img');
    if (prevImg && isPlaceholderSrc(prevImg.getAttribute('src'))) {
      prevImg.replaceWith(fallback);
      ns.remove();
    } else if (!prevImg && ns.parentElement?.querySelectorAll('img').length === 0) {
      ns.replaceWith(fallback);
    }
  }
}

/** Resolve lazy images and make every link and image URL absolute. Mutates `doc` (always a clone). */
export function resolveImagesAndLinks(doc: Document, base: string): void {
  unwrapNoscriptImages(doc);
  for (const img of Array.from(doc.querySelectorAll('img'))) resolveImage(img, base);
  for (const source of Array.from(doc.querySelectorAll('picture source'))) {
    const set = source.getAttribute('srcset');
    if (set) source.setAttribute('srcset', absolutizeSrcset(set, base));
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    const abs = safeHttpUrl(href, base) ?? (/^(?:mailto|tel):/i.test(href) ? href : null);
    if (abs) a.setAttribute('href', abs);
    else a.removeAttribute('href');
  }
}
