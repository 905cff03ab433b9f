// Save = download the article's images, then write article + images in one transaction.
import type { Article } from '../types';
import { saveArticle, type SaveResult } from './articles';
import { downloadImages, IMAGE_LIMITS, imageUrlsOf, type ImageFetcher } from './images';
import type { SaveInput } from './model';

export async function saveWithImages(
  article: Article,
  extra: Omit<SaveInput, 'article' | 'images' | 'imageFailures'> = {},
  fetcher?: ImageFetcher,
  imagePrefs: { keepImages: boolean; imageCapMB: number } = { keepImages: true, imageCapMB: IMAGE_LIMITS.perArticle / 2 ** 20 },
): Promise<SaveResult & { imagesFailed: number }> {
  const urls = imagePrefs.keepImages ? imageUrlsOf(article) : [];
  const limits = { ...IMAGE_LIMITS, perArticle: imagePrefs.imageCapMB * 2 ** 20 };
  const { images, failures } = await downloadImages(urls, fetcher, limits);
  const result = await saveArticle({ ...extra, article, images, imageFailures: failures });
  return { ...result, imagesFailed: failures.length };
}
