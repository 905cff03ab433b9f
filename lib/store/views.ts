// Reader views waiting to be shown: the Article the background hands the reader page, kept in IndexedDB so
// reload and Back/Forward in the reader tab work. A small rolling cache, separate from the saved library.
import Dexie, { type EntityTable } from 'dexie';
import type { ExtractResult, ReaderView } from '../types';

const KEEP = 40;

class ViewsDb extends Dexie {
  views!: EntityTable<ReaderView, 'id'>;
  constructor() {
    super('baca-views');
    this.version(1).stores({ views: 'id, createdAt' });
  }
}

let db: ViewsDb | null = null;
const open = () => (db ??= new ViewsDb());

export function newViewId(): string {
  return `${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('').slice(0, 10)}`;
}

export async function putView(article: ExtractResult, sourceUrl: string): Promise<string> {
  const id = newViewId();
  const views = open().views;
  await views.put({ id, article, sourceUrl, createdAt: Date.now() });
  // Prune in the background of this call: the newest KEEP views stay.
  void views
    .orderBy('createdAt')
    .reverse()
    .offset(KEEP)
    .primaryKeys()
    .then((old) => (old.length ? views.bulkDelete(old) : undefined))
    .catch(() => undefined);
  return id;
}

export async function getView(id: string): Promise<ReaderView | undefined> {
  return open().views.get(id);
}

export async function updateViewArticle(id: string, article: ExtractResult): Promise<void> {
  await open().views.update(id, { article });
}
