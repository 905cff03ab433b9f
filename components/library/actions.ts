// Library actions on one or many entries, shared by the row buttons, the bulk bar and the keyboard.
import { addTags, deleteEntries, updateEntries, type DeletedSnapshot } from '../../lib/store/articles';
import type { SavedEntry } from '../../lib/store/model';

export const archive = (ids: string[]) => updateEntries(ids, { status: 'archived' });
export const unarchive = (ids: string[]) => updateEntries(ids, { status: 'unread' });
export const toggleArchive = (e: SavedEntry) => (e.status === 'archived' ? unarchive([e.id]) : archive([e.id]));
export const setFavorite = (ids: string[], on: boolean) => updateEntries(ids, { favorite: on ? 1 : 0 });
export const tagEntries = (ids: string[], text: string) =>
  addTags(ids, text.split(',').map((s) => s.trim()).filter(Boolean));
export const removeEntries = (ids: string[], keepHighlights = false): Promise<DeletedSnapshot> => deleteEntries(ids, { keepHighlights });
