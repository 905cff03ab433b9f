// The lead image: the picture the page's metadata (JSON-LD image, og:image) names, shown above the article when
// the article does not hold it already. Only an image the page itself displays (an <img>, or a <picture> source)
// qualifies, and its address is the page's own: the reader never fetches an address named only in metadata.
import type { LeadImage } from '../types';
import { isInvisibleImage, safeHttpUrl, sanitizeText } from '../sanitize';
import { queryAll } from './limits';

/** File name without a size suffix, lower-cased: the same picture at another size or on a CDN host. */
function imageKey(src: string): string {
  try {
    const u = new URL(src, 'https://relative.invalid/');
    return (u.pathname.split('/').pop() ?? '').replace(/[-_]?\d{2,4}x\d{2,4}(?=\.)/, '').toLowerCase();
  } catch {
    return src;
  }
}

const ADDRESS_ATTRS = ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'srcset'];

/** Every address an image carries (a live page may still hold a lazy placeholder in src). */
function addresses(el: Element): string[] {
  const out: string[] = [];
  for (let i = 0; i < ADDRESS_ATTRS.length; i++) {
    const parts = (el.getAttribute(ADDRESS_ATTRS[i]!) ?? '').split(/,\s+|\s+/);
    for (let j = 0; j < parts.length; j++) {
      const u = parts[j]!;
      if (u && !u.startsWith('data:') && !/^\d+(?:\.\d+)?[wx]$/.test(u)) out.push(u);
    }
  }
  return out;
}

/** The lead image for `content` (the sanitized article), from `image` (metadata) as `page` displays it. */
export function findLeadImage(content: Element, image: string | null, page: Document, base: string): LeadImage | null {
  if (!image) return null;
  const key = imageKey(image);
  if (!key) return null;
  const inBody = content.querySelectorAll('img');
  for (let i = 0; i < inBody.length; i++) if (imageKey(inBody[i]!.getAttribute('src') ?? '') === key) return null;
  const shown = queryAll(page, 'img, picture source').slice(0, 300);
  for (const el of shown) {
    const match = addresses(el).find((u) => imageKey(u) === key);
    const src = match ? safeHttpUrl(match, base) : null;
    if (!src) continue;
    const img = el.tagName === 'IMG' ? el : el.parentElement?.querySelector('img') ?? null;
    if (img && isInvisibleImage(img)) continue;
    const alt = sanitizeText(img?.getAttribute('alt') ?? '', 500) || undefined;
    const caption = sanitizeText(el.closest('figure')?.querySelector('figcaption')?.textContent ?? '', 500) || undefined;
    return { src, alt, caption };
  }
  return null;
}
