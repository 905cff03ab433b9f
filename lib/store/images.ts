// Images kept offline: downloaded when an article is saved, stored as Blobs next to it, shown from blob: URLs.
// A failed image is recorded and the save goes on; limits keep one article from filling the disk.
import type { Article } from '../types';
import type { StoredImage, StoredImageInput } from './model';

export const IMAGE_LIMITS = {
  /** Bytes per image. */
  perImage: 5 * 1024 * 1024,
  /** Bytes per article, all images together. */
  perArticle: 25 * 1024 * 1024,
  maxImages: 60,
  timeoutMs: 15_000,
  concurrency: 4,
};

export type ImageFetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface ImageDownload {
  images: StoredImageInput[];
  failures: { url: string; reason: string }[];
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every image the stored article shows: the lead image, then the body's <img src> in order (http(s) only). */
export function imageUrlsOf(article: Pick<Article, 'leadImage' | 'contentHtml'>): string[] {
  const urls = new Set<string>();
  if (article.leadImage?.src && /^https?:/i.test(article.leadImage.src)) urls.add(article.leadImage.src);
  for (const m of article.contentHtml.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/gi)) {
    const src = decode(m[1]!);
    if (/^https?:/i.test(src)) urls.add(src);
  }
  return [...urls];
}

async function fetchOne(url: string, fetcher: ImageFetcher, limits: typeof IMAGE_LIMITS): Promise<Blob> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  try {
    const res = await fetcher(url, { mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer', signal: abort.signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > limits.perImage) throw new Error('too large');
    const blob = await res.blob();
    if (blob.size > limits.perImage) throw new Error('too large');
    const type = (blob.type || res.headers.get('content-type') || '').toLowerCase();
    if (!type.startsWith('image/')) throw new Error(`not an image (${type || 'unknown type'})`);
    return blob;
  } finally {
    clearTimeout(timer);
  }
}

/** Download `urls` a few at a time. Never throws: what could not be kept is listed in `failures`. */
export async function downloadImages(
  urls: string[],
  fetcher: ImageFetcher = (u, i) => fetch(u, i),
  limits = IMAGE_LIMITS,
): Promise<ImageDownload> {
  const images: StoredImageInput[] = [];
  const failures: { url: string; reason: string }[] = [];
  const wanted = urls.slice(0, limits.maxImages);
  for (const url of urls.slice(limits.maxImages)) failures.push({ url, reason: 'too many images' });
  let total = 0;
  let next = 0;
  const results: (Blob | string)[] = [];
  const worker = async () => {
    while (next < wanted.length) {
      const i = next++;
      try {
        results[i] = await fetchOne(wanted[i]!, fetcher, limits);
      } catch (err) {
        results[i] = err instanceof Error ? (err.name === 'AbortError' ? 'timed out' : err.message) : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limits.concurrency, wanted.length) }, worker));
  wanted.forEach((url, i) => {
    const r = results[i]!;
    if (typeof r === 'string') failures.push({ url, reason: r || 'failed' });
    else if (total + r.size > limits.perArticle) failures.push({ url, reason: 'article image budget used up' });
    else {
      total += r.size;
      images.push({ url, blob: r });
    }
  });
  return { images, failures };
}

/** blob: URLs for stored images, and the function that frees them. */
export function objectUrlsFor(images: StoredImage[]): { map: Map<string, string>; revoke: () => void } {
  const map = new Map<string, string>();
  for (const img of images) map.set(img.url, URL.createObjectURL(img.blob));
  return { map, revoke: () => map.forEach((u) => URL.revokeObjectURL(u)) };
}

/**
 * Point every <img> under `root` whose address was stored at its blob: URL (after sanitizing: blob: is not an
 * address a web page may give, so the sanitizer never sees it). srcset is dropped so the stored copy is used.
 */
export function swapStoredImages(root: ParentNode, map: Map<string, string>): number {
  let swapped = 0;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    const local = src ? map.get(src) : undefined;
    if (!local) continue;
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    img.setAttribute('src', local);
    img.dataset.stored = '';
    swapped++;
  }
  return swapped;
}
