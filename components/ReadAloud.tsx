import type { Article } from '../lib/types';
// Read aloud controls. (Filled in by the reading-comfort feature.)
export function ReadAloud(_props: { article: Article; bodySelector: string }) {
  return null;
}
