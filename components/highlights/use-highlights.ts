// The reader's highlights: the saved entry of this article (if any), its highlights (and kept ones of an earlier copy),
// painted onto the article and repainted when the body is rendered again or another tab changes them.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderView } from '../../lib/types';
import type { SavedEntry, StoredHighlight } from '../../lib/store/model';
import { findByUrl, getEntry } from '../../lib/store/articles';
import { highlightsOf, keptHighlightsFor } from '../../lib/store/highlights';
import { watchChanges } from '../../lib/store/changes';
import { articleBodyEl, paintHighlights } from './paint';

export const BODY_RENDERED = 'baca:body-rendered';

async function entryOf(view: ReaderView): Promise<SavedEntry | null> {
  if (view.id.startsWith('saved-')) return (await getEntry(view.id.slice(6))) ?? null;
  const a = view.article;
  return (await findByUrl(a.url)) ?? (a.canonicalUrl ? await findByUrl(a.canonicalUrl) : undefined) ?? null;
}

export interface HighlightState {
  entry: SavedEntry | null | undefined;
  list: StoredHighlight[];
  missing: Set<string>;
  reload: () => Promise<void>;
}

const signature = (list: StoredHighlight[]) => list.map((h) => `${h.id}:${h.color}:${h.updatedAt}`).join(',');

export function useHighlights(view: ReaderView, onFirstPaint: (list: StoredHighlight[]) => void): HighlightState {
  const [entry, setEntry] = useState<SavedEntry | null | undefined>(undefined);
  const [list, setList] = useState<StoredHighlight[]>([]);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const listRef = useRef<StoredHighlight[]>([]);
  const painted = useRef(false);

  const repaint = () => {
    const body = articleBodyEl();
    if (body) setMissing(paintHighlights(body, listRef.current));
  };

  const reload = async () => {
    const e = await entryOf(view);
    const own = e ? await highlightsOf(e.id) : [];
    const kept = await keptHighlightsFor(view.article.url);
    const next = [...own, ...kept.filter((k) => !own.some((o) => o.id === k.id))];
    setEntry(e);
    if (signature(next) === signature(listRef.current) && painted.current) return;
    listRef.current = next;
    setList(next);
    repaint();
    if (!painted.current) {
      painted.current = true;
      onFirstPaint(next);
    }
  };

  useEffect(() => {
    void reload().catch(() => setEntry(null));
    const stop = watchChanges(() => void reload().catch(() => undefined));
    const onRendered = () => repaint();
    document.addEventListener(BODY_RENDERED, onRendered);
    return () => {
      stop();
      document.removeEventListener(BODY_RENDERED, onRendered);
    };
  }, [view.id]);

  return { entry, list, missing, reload };
}
