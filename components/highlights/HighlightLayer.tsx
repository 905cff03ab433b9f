// Highlighting while reading: select text and press H (or the "Highlight" button by the selection); click a mark to
// change its colour, write a note or remove it. The first highlight on an article not yet saved saves it (with its
// images, as Save does). Loaded after the article's first paint (components/lazy.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import './highlights.css';
import type { ReaderView } from '../../lib/types';
import type { HighlightColor, SavedEntry, StoredHighlight } from '../../lib/store/model';
import { addHighlight, removeHighlight, updateHighlight } from '../../lib/store/highlights';
import { getEntry } from '../../lib/store/articles';
import { describe } from '../../lib/highlights/anchor';
import { marksOf, rangeOffsets } from '../../lib/highlights/marks';
import { highlightsMarkdown } from '../../lib/highlights/markdown';
import { t, uiLanguage } from '../../lib/i18n';
import { requestSave } from '../save-request';
import { articleBodyEl, markAt } from './paint';
import { useHighlights } from './use-highlights';
import { HighlightEditor } from './HighlightEditor';
import { HighlightPanel } from './HighlightPanel';
import { copyText } from './copy';

type Spot = { top: number; left: number };

function spotBelow(rect: DOMRect, width = 300): Spot {
  return { top: rect.bottom + window.scrollY + 8, left: Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 8)) };
}

/** The current selection when it lies in the article text. */
function articleSelection(): Range | null {
  const sel = window.getSelection();
  const body = articleBodyEl();
  if (!sel || sel.isCollapsed || !sel.rangeCount || !body) return null;
  const range = sel.getRangeAt(0);
  return body.contains(range.commonAncestorContainer) && range.toString().trim() ? range : null;
}

export function HighlightLayer({ view }: { view: ReaderView }) {
  const [status, setStatus] = useState('');
  const [button, setButton] = useState<Spot | null>(null);
  const [editing, setEditing] = useState<{ id: string; at: Spot } | null>(null);
  const lastRange = useRef<Range | null>(null);
  const busy = useRef(false);
  const { entry, list, missing, reload } = useHighlights(view, (first) => {
    // Opened from the Highlights view: scroll to that highlight.
    const m = /^#hl-(.+)$/.exec(location.hash);
    const target = m ? first.find((h) => h.id === decodeURIComponent(m[1]!)) : undefined;
    const body = articleBodyEl();
    if (target && body) marksOf(body, target.id)[0]?.scrollIntoView({ block: 'center' });
  });

  const create = async (range: Range) => {
    const body = articleBodyEl();
    if (!body || busy.current) return;
    const at = rangeOffsets(body, range);
    if (!at) return;
    busy.current = true;
    const sel = describe(at.map.text, at.start, at.end);
    try {
      let target: SavedEntry | null | undefined = entry;
      let saved = false;
      if (!target) {
        const reply = await requestSave(view);
        if (!reply.ok) throw new Error(reply.message);
        target = await getEntry(reply.id);
        saved = true;
        if (!target) throw new Error(t('saveFailed'));
      }
      await addHighlight(target, { ...sel.quote, ...sel.position });
      window.getSelection()?.removeAllRanges();
      lastRange.current = null;
      setButton(null);
      await reload();
      setStatus(saved ? t('hlAddedSaved') : t('hlAdded'));
    } catch (err) {
      setStatus(t('hlFailed', err instanceof Error ? err.message : String(err)));
    } finally {
      busy.current = false;
    }
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onSelection = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const range = articleSelection();
        lastRange.current = range ? range.cloneRange() : null;
        const rects = range?.getClientRects();
        const last = rects && rects.length ? rects[rects.length - 1]! : range?.getBoundingClientRect();
        setButton(range && last ? spotBelow(last, 120) : null);
      }, 120);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'h' && e.key !== 'H')) return;
      if ((e.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable]')) return;
      const range = articleSelection() ?? lastRange.current;
      if (!range) return;
      e.preventDefault();
      void create(range);
    };
    const onClick = (e: MouseEvent) => {
      const mark = markAt(e.target);
      if (!mark || articleSelection()) return;
      e.preventDefault();
      setEditing({ id: mark.dataset.hl!, at: spotBelow(mark.getBoundingClientRect()) });
    };
    document.addEventListener('selectionchange', onSelection);
    window.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      if (timer) clearTimeout(timer);
      document.removeEventListener('selectionchange', onSelection);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [entry, list]);

  const edited = editing ? list.find((h) => h.id === editing.id) : undefined;
  const change = async (work: () => Promise<unknown>, message: string) => {
    await work();
    await reload();
    setStatus(message);
  };
  const openEditor = (h: StoredHighlight) => {
    const body = articleBodyEl();
    const mark = body ? marksOf(body, h.id)[0] : undefined;
    mark?.scrollIntoView({ block: 'center' });
    const rect = mark?.getBoundingClientRect() ?? document.querySelector('.hl-panel')!.getBoundingClientRect();
    setEditing({ id: h.id, at: mark ? spotBelow(rect) : { top: window.scrollY + 80, left: 16 } });
  };
  const copy = async () => {
    const a = view.article;
    const md = highlightsMarkdown({ title: a.title, url: entry?.url ?? a.url, site: a.siteName, author: a.byline, saved: entry?.savedAt ?? null,
      tags: entry?.tags ?? [] }, list, t('hlSectionHeading'));
    try {
      await copyText(md);
      setStatus(t('hlCopied'));
    } catch (err) {
      setStatus(t('hlCopyFailed', err instanceof Error ? err.message : String(err)));
    }
  };

  return (
    <>
      {button && !editing && (
        <button type="button" class="hl-add" data-baca-ui="" lang={uiLanguage()} style={{ top: `${button.top}px`, left: `${button.left}px` }}
          title={t('hlHighlightSelection')} onMouseDown={(e) => e.preventDefault()}
          onClick={() => lastRange.current && void create(lastRange.current)}>
          {t('hlHighlight')}
        </button>
      )}
      {edited && editing && (
        <HighlightEditor highlight={edited} at={editing.at} onClose={() => setEditing(null)}
          onColor={(c: HighlightColor) => void change(() => updateHighlight(edited.id, { color: c }), t('hlColorChanged', t(`hlColor_${c}`)))}
          onNote={(note) => void change(() => updateHighlight(edited.id, { note }), t('hlNoteSaved')).then(() => setEditing(null))}
          onRemove={() => void change(() => removeHighlight(edited.id), t('hlRemoved')).then(() => setEditing(null))} />
      )}
      <HighlightPanel list={list} missing={missing} lang={view.article.lang} onEdit={openEditor} onCopy={() => void copy()}
        onShow={(h) => {
          const body = articleBodyEl();
          const mark = body ? marksOf(body, h.id)[0] : undefined;
          mark?.scrollIntoView({ block: 'center' });
        }} />
      <p class="visually-hidden" role="status" lang={uiLanguage()}>{status}</p>
    </>
  );
}
