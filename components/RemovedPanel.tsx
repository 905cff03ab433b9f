import type { Article } from '../lib/types';
// What Baca removed, with reasons, and a way to put a block back. (Filled in by the reading-comfort feature.)
export function RemovedPanel(_props: { article: Article; onRestore: (html: string, id: string) => void }) {
  return null;
}
