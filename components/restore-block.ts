// Putting a removed block back into the reader's article, as sanitized DOM (never page script), marked as restored.
import { sanitizeToFragment } from '../lib/sanitize';
import type { RemovedBlock } from '../lib/types';
import { uiLanguage } from '../lib/i18n';

const BODY = '.article-body';

/** The restored block with this id (compared as data, never put into a selector). */
const restoredIn = (root: ParentNode, id: string) =>
  Array.from(root.querySelectorAll<HTMLElement>('.restored-block')).find((el) => el.dataset.removedId === id) ?? null;

/**
 * Insert `block` at the end of the article body (the extraction does not record where a block stood), scroll it
 * into view and move focus to it so keyboard and screen-reader users land on what they asked for.
 */
export function putBlockBack(block: RemovedBlock, label: string, doc: Document = document): HTMLElement | null {
  const body = doc.querySelector(BODY);
  if (!body) return null;
  const existing = restoredIn(body, block.id);
  if (existing) return existing;
  const wrap = doc.createElement('section');
  wrap.className = 'restored-block';
  wrap.dataset.removedId = block.id;
  wrap.setAttribute('aria-label', label);
  wrap.tabIndex = -1;
  const caption = doc.createElement('p');
  caption.className = 'restored-label';
  caption.textContent = label;
  caption.lang = uiLanguage();
  wrap.append(caption, sanitizeToFragment(block.html, doc.defaultView ?? window));
  body.append(wrap);
  wrap.scrollIntoView?.({ block: 'center' });
  wrap.focus({ preventScroll: true });
  return wrap;
}

export function takeBlockOut(id: string, doc: Document = document): void {
  const body = doc.querySelector(BODY);
  if (body) restoredIn(body, id)?.remove();
}

/** The block's words as a person reads them: text from its sanitized HTML with a space between elements. */
export function blockDisplayText(block: RemovedBlock, doc: Document = document): string {
  const holder = doc.createElement('div');
  holder.append(sanitizeToFragment(block.html, doc.defaultView ?? window));
  const walker = doc.createTreeWalker(holder, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  const text = parts.join(' ').replace(/\s+/g, ' ').replace(/\s+([:.,;!?])/g, '$1').trim();
  return text || block.text;
}

/** A block with nothing to see: no words and no image (an empty ad slot). */
export function isEmptyBlock(block: RemovedBlock): boolean {
  return !block.text.trim() && !/<img\b/i.test(block.html);
}
