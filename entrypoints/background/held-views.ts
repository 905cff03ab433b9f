// The hand-over: the view just extracted stays in the background's memory for the reader page that asks for it a
// moment later, so the reader's first paint does not wait for IndexedDB (which still gets every view, for reload,
// Back and Forward). Only Baca's own extension pages may ask; a content script or web page never gets an answer.
import type { ReaderView } from '../../lib/types';

const KEEP = 4;
const held = new Map<string, ReaderView>();

export function holdView(view: ReaderView): void {
  held.set(view.id, view);
  for (const old of held.keys()) {
    if (held.size <= KEEP) break;
    held.delete(old);
  }
}

/** The held view `id`, or null (the worker restarted since, or it was never extracted here). */
export function heldView(id: string, fromExtensionPage: boolean): ReaderView | null {
  return fromExtensionPage ? (held.get(id) ?? null) : null;
}
