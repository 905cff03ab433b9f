// Thumbnails come from the stored images only (the library never calls the network); a few hundred kept as blob: URLs.
import { openDb } from '../../lib/store/db';

const MAX = 300;
const cache = new Map<string, Promise<string | null>>();

export function thumbnailUrl(articleId: string, imageUrl: string): Promise<string | null> {
  const key = `${articleId}\n${imageUrl}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = openDb()
      .images.get([articleId, imageUrl])
      .then((img) => (img ? URL.createObjectURL(img.blob) : null))
      .catch(() => null);
    cache.set(key, hit);
    if (cache.size > MAX) {
      const [oldest, url] = cache.entries().next().value as [string, Promise<string | null>];
      cache.delete(oldest);
      void url.then((u) => u && URL.revokeObjectURL(u));
    }
  }
  return hit;
}
