// Showing highlights: <mark> elements wrapped around existing text nodes (split where a highlight starts or ends),
// across paragraphs, links and inline formatting. No HTML string is ever parsed here; removing a highlight puts the
// text nodes back where they were.
import { offsetOf, textMap, type TextMap } from './text';

export const MARK_CLASS = 'baca-hl';

/** Whether a text node may be wrapped (not whitespace between table rows or list items, where <mark> is invalid). */
function wrappable(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  if (/^(TABLE|TBODY|THEAD|TFOOT|TR|UL|OL|DL|SELECT|PICTURE)$/.test(parent.tagName)) return false;
  return true;
}

/**
 * Wrap canonical text [start, end) of `root` in <mark> elements carrying `id`; returns them in document order.
 * `map` must be current for `root` (call textMap again after the DOM changed).
 */
export function wrapRange(root: HTMLElement, map: TextMap, start: number, end: number, id: string, apply: (mark: HTMLElement) => void): HTMLElement[] {
  const doc = root.ownerDocument;
  // The pieces of each text node inside the range: [node, from, to) in node offsets.
  const pieces = new Map<Text, [number, number]>();
  for (let i = start; i < end && i < map.nodes.length; i++) {
    const node = map.nodes[i];
    if (!node) continue;
    const o = map.offsets[i]!;
    const p = pieces.get(node);
    if (p) p[1] = o + 1;
    else pieces.set(node, [o, o + 1]);
  }
  const marks: HTMLElement[] = [];
  for (const [node, [from, to]] of pieces) {
    if (!wrappable(node)) continue;
    let target = node;
    if (from > 0) target = target.splitText(from);
    if (to - from < target.data.length) target.splitText(to - from);
    if (!target.data.trim() && marks.length === 0 && pieces.size > 1) continue;
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.dataset.hl = id;
    apply(mark);
    target.parentNode!.insertBefore(mark, target);
    mark.append(target);
    marks.push(mark);
  }
  return marks;
}

/** The <mark> elements of highlight `id` (compared as data, never put into a selector). */
export function marksOf(root: ParentNode, id: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)).filter((m) => m.dataset.hl === id);
}

/** Take the marks of `id` (or all marks) out again, merging the text nodes back. */
export function unwrap(root: HTMLElement, id?: string): void {
  const marks = id ? marksOf(root, id) : Array.from(root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`));
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}

/** Canonical offsets of a DOM range inside `root`, or null when the range is empty or outside the article text. */
export function rangeOffsets(root: HTMLElement, range: Range): { start: number; end: number; map: TextMap } | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  const map = textMap(root);
  const start = offsetOf(map, root, range.startContainer, range.startOffset, false);
  const end = offsetOf(map, root, range.endContainer, range.endOffset, true);
  if (start < 0 || end < 0) return null;
  let s = start;
  let e = end;
  while (s < e && map.text[s] === ' ') s++;
  while (e > s && map.text[e - 1] === ' ') e--;
  return e > s ? { start: s, end: e, map } : null;
}
