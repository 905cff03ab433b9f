// Opening a saved article in the reader: the stored Article as a ReaderView, and blob: URLs for its stored images.
import type { ReaderView } from '../types';
import { getSaved } from './articles';
import { objectUrlsFor } from './images';

const imageMaps = new Map<string, Map<string, string>>();

export async function loadSavedView(id: string): Promise<ReaderView | undefined> {
  const saved = await getSaved(id);
  const article = saved?.content?.article;
  if (!saved || !article || !article.contentHtml) return undefined;
  imageMaps.set(id, objectUrlsFor(saved.images).map);
  return {
    id: `saved-${id}`,
    // The person chose to keep it: no "is this an article?" gate.
    article: { ...article, isArticle: true },
    sourceUrl: article.url,
    createdAt: saved.entry.savedAt,
  };
}

/** The stored images of a loaded saved article (empty until loadSavedView ran). */
export function savedImageMap(id: string): Map<string, string> {
  return imageMaps.get(id) ?? new Map();
}
