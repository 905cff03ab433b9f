// Is this page an article worth a reader view? Cheap signals only: this runs on every page.
import type { PageMetadata } from './metadata';

export interface Detection {
  isArticle: boolean;
  score: number;
  signals: string[];
}

const ARTICLE_TYPE = /(?:NewsArticle|Article|BlogPosting|Report)$/;

/** Decide from metadata and the amount of running text. */
export function detectArticle(doc: Document, meta: Pick<PageMetadata, 'types'>): Detection {
  const signals: string[] = [];
  let score = 0;
  if (meta.types.some((t) => ARTICLE_TYPE.test(t))) {
    score += 2;
    signals.push('jsonld-article');
  }
  if (/article/i.test(doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '')) {
    score += 1;
    signals.push('og-article');
  }
  let textLength = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').trim().length;
    if (len >= 80) textLength += len;
  }
  if (textLength > 1200) {
    score += 2;
    signals.push('running-text');
  }
  return { isArticle: score >= 2, score, signals };
}
