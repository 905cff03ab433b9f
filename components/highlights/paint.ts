// Putting the stored highlights onto the rendered article: each re-attached by its selectors (never a DOM path);
// those whose text is gone are reported, and kept.
import type { StoredHighlight } from '../../lib/store/model';
import { locate } from '../../lib/highlights/anchor';
import { textMap } from '../../lib/highlights/text';
import { MARK_CLASS, unwrap, wrapRange } from '../../lib/highlights/marks';

export const BODY_SELECTOR = '.article-body';

export function articleBodyEl(): HTMLElement | null {
  return document.querySelector<HTMLElement>(BODY_SELECTOR);
}

/** Repaint every highlight in `body`; returns the ids that could not be found in the current text. */
export function paintHighlights(body: HTMLElement, list: StoredHighlight[]): Set<string> {
  unwrap(body);
  const missing = new Set<string>();
  for (const h of [...list].sort((a, b) => a.createdAt - b.createdAt)) {
    const map = textMap(body);
    const hint = h.start !== null && h.end !== null ? { start: h.start, end: h.end } : null;
    const at = locate(map.text, h, hint);
    if (!at) {
      missing.add(h.id);
      continue;
    }
    wrapRange(body, map, at.start, at.end, h.id, (m) => {
      m.dataset.color = h.color;
      if (h.note) m.dataset.note = '';
    });
  }
  return missing;
}

export function markAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`mark.${MARK_CLASS}`) : null;
}
