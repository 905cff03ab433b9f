// Putting a removed block back into the reader's article, as sanitized DOM (never page script), marked as restored.
import { sanitizeToFragment } from '../lib/sanitize';
import type { RemovedBlock } from '../lib/types';

const BODY = '.article-body';

const selectorFor = (id: string) => `.restored-block[data-removed-id="${CSS.escape(id)}"]`;

/**
 * Insert `block` at the end of the article body (the extraction does not record where a block stood), scroll it
 * into view and move focus to it so keyboard and screen-reader users land on what they asked for.
 */
export function putBlockBack(block: RemovedBlock, label: string, doc: Document = document): HTMLElement | null {
  const body = doc.querySelector(BODY);
  if (!body) return null;
  const existing = body.querySelector<HTMLElement>(selectorFor(block.id));
  if (existing) return existing;
  const wrap = doc.createElement('section');
  wrap.className = 'restored-block';
  wrap.dataset.removedId = block.id;
  wrap.setAttribute('aria-label', label);
  wrap.tabIndex = -1;
  const caption = doc.createElement('p');
  caption.className = 'restored-label';
  caption.textContent = label;
  wrap.append(caption, sanitizeToFragment(block.html, doc.defaultView ?? window));
  body.append(wrap);
  wrap.scrollIntoView?.({ block: 'center' });
  wrap.focus({ preventScroll: true });
  return wrap;
}

export function takeBlockOut(id: string, doc: Document = document): void {
  doc.querySelector(`${BODY} ${selectorFor(id)}`)?.remove();
}
