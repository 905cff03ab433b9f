// Small DOM text helpers shared by the declutter rules.

/** Lower-cased, whitespace-folded text. */
export function fold(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim().toLowerCase();
}

export function textOf(el: Element): string {
  return fold(el.textContent);
}

/** Share of an element's text that sits inside links (0…1). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text.length) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += textOf(a).length;
  if (el.tagName === 'A') links = text.length;
  return Math.min(1, links / text.length);
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'TD', 'TH', 'TABLE', 'SECTION', 'ASIDE', 'FIGURE', 'BLOCKQUOTE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'NAV', 'ARTICLE', 'DL', 'DD', 'DT', 'CENTER', 'FORM', 'MAIN',
  'FIGCAPTION', 'BODY', 'DETAILS', 'SUMMARY', 'PRE']);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** The nearest block-level element holding `node`. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !isBlock(el)) el = el.parentElement;
  return el;
}

const ROOTS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

/** Climb from `el` while the parent still passes `keep` (never to body, main or article). */
export function climbWhile(el: Element, keep: (parent: Element) => boolean): Element {
  let cur = el;
  for (let p = cur.parentElement; p && !ROOTS.has(p.tagName) && keep(p); p = p.parentElement) cur = p;
  return cur;
}

/** Climb through wrappers that hold exactly the same text. */
export function climbSame(el: Element): Element {
  const text = textOf(el);
  return climbWhile(el, (p) => textOf(p) === text);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text nodes under `root` that are short enough to be a label, skipping scripts and styles. */
export function shortTextNodes(root: Node, max = 300): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > max * 3) continue;
    const t = v.trim();
    if (!t || t.length > max) continue;
    const tag = n.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    out.push(n as Text);
  }
  return out;
}
