// Guards around extraction, for pages that are hostile or simply enormous.
// 1. DOM clobbering: `<img name="cloneNode">` replaces document.cloneNode with an element, `<form><input
//    name="tagName">` hides form.tagName. The clone is made through the prototypes' own methods, and the names that
//    clobber (name attributes; forms, which expose their controls as properties) are taken out of the clone.
// 2. Beacons: images nobody can see (1x1, hidden, transparent, off-screen; see isInvisibleImage) leave the clone
//    before Readability, which would otherwise strip the style that shows they are hidden.
// 3. Bounds: Readability is quadratic on some shapes (tens of thousands of siblings, nesting hundreds deep). Past
//    LIMITS the page gets a linear "rough" extraction (its headings and paragraphs in order) instead of hanging.

import { isInvisibleImage } from '../sanitize';

export const LIMITS = {
  /** Elements in the page above which Readability and declutter are skipped. */
  maxElements: 40_000,
  /** Nesting depth above which Readability and declutter are skipped (the HTML parser itself stops at 512). */
  maxDepth: 300,
  /** Blocks the rough extraction keeps. */
  maxRoughBlocks: 6_000,
};

type Method = (...args: unknown[]) => unknown;

/** A property as the platform defines it (the prototype chain), never as named elements shadow it. */
function native(obj: object, name: string): PropertyDescriptor {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  throw new Error(`no native ${name}`);
}

export function callNative<T>(obj: object, name: string, ...args: unknown[]): T {
  return (native(obj, name).value as Method).apply(obj, args) as T;
}

export function getNative<T>(obj: object, name: string): T {
  return native(obj, name).get!.call(obj) as T;
}

/** querySelectorAll that named elements cannot clobber. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  return Array.from(callNative<NodeListOf<Element>>(root, 'querySelectorAll', selector));
}

/** The boxes that were forms on the page (a clone holds them as plain divs), for the rules that tell forms apart. */
const formBoxes = new WeakSet<Element>();

/** Whether `el` was a form on the page. */
export function wasForm(el: Element): boolean {
  return formBoxes.has(el);
}

/** A deep copy of `doc` to extract from, safe from DOM clobbering. The page's own document is never changed. */
export function cloneForExtraction(doc: Document): Document {
  const clone = callNative<Document>(doc, 'cloneNode', true);
  for (const el of queryAll(clone, '[name], object[id], embed[id]')) {
    // An old-style footnote anchor (<a name="fn1">) keeps working as an id; an <a> id clobbers nothing on document.
    const name = callNative<string | null>(el, 'getAttribute', 'name');
    if (name && getNative<string>(el, 'tagName') === 'A' && !callNative<boolean>(el, 'hasAttribute', 'id')) callNative(el, 'setAttribute', 'id', name);
    callNative(el, 'removeAttribute', 'name');
    if (/^(?:OBJECT|EMBED)$/.test(getNative<string>(el, 'tagName'))) callNative(el, 'removeAttribute', 'id');
  }
  for (const form of queryAll(clone, 'form')) {
    const div = callNative<Element>(clone, 'createElement', 'div');
    callNative(div, 'append', ...Array.from(getNative<NodeListOf<ChildNode>>(form, 'childNodes')));
    callNative(form, 'replaceWith', div);
    formBoxes.add(div);
  }
  // A customized built-in keeps its `is` value even when the attribute goes (HTML serialization writes it back):
  // the element is rebuilt plain.
  for (const el of queryAll(clone, '[is]')) {
    const plain = callNative<Element>(clone, 'createElement', getNative<string>(el, 'localName'));
    for (const a of Array.from(getNative<NamedNodeMap>(el, 'attributes'))) {
      try {
        if (a.name !== 'is') plain.setAttribute(a.name, a.value);
      } catch {
        // A name setAttribute refuses (the parser is more lenient): dropped, as the sanitizer would.
      }
    }
    callNative(plain, 'append', ...Array.from(getNative<NodeListOf<ChildNode>>(el, 'childNodes')));
    callNative(el, 'replaceWith', plain);
  }
  for (const img of queryAll(clone, 'img')) if (isInvisibleImage(img)) img.remove();
  return clone;
}

/** The deepest nesting under `root`, stopping early once past `stopAt`. */
function depthOf(doc: Document, stopAt: number): number {
  let max = 0;
  const walk = (el: Element, depth: number): void => {
    if (depth > max) max = depth;
    if (max > stopAt) return;
    for (let c = el.firstElementChild; c && max <= stopAt; c = c.nextElementSibling) walk(c, depth + 1);
  };
  if (doc.documentElement) walk(doc.documentElement, 1);
  return max;
}

/** Whether `doc` (a clone from cloneForExtraction) is past the bounds for full extraction. */
export function isOversized(doc: Document): boolean {
  if (doc.getElementsByTagName('*').length > LIMITS.maxElements) return true;
  return depthOf(doc, LIMITS.maxDepth) > LIMITS.maxDepth;
}

const ROUGH_BLOCKS = 'h1, h2, h3, h4, p, blockquote, pre, li, figure';
const ROUGH_ROOTS = ['article', '[itemprop="articleBody"]', 'main', 'body'];

/** A linear stand-in for Readability on oversized pages: the article root's headings and paragraphs, in order. */
export function roughParse(doc: Document) {
  const root = ROUGH_ROOTS.map((s) => doc.querySelector(s)).find((el) => el && (el.textContent ?? '').trim().length > 200)
    ?? doc.body ?? doc.documentElement;
  const content = doc.createElement('div');
  let kept = 0;
  for (const block of Array.from(root.querySelectorAll(ROUGH_BLOCKS))) {
    if (kept >= LIMITS.maxRoughBlocks) break;
    // Keep the outermost block only: a <p> inside a kept <blockquote> comes with it.
    if (block.parentElement?.closest(ROUGH_BLOCKS)) continue;
    if (!(block.textContent ?? '').trim() && !block.querySelector('img')) continue;
    content.append(block.cloneNode(true));
    kept++;
  }
  return {
    title: doc.title, content: content as Node, textContent: content.textContent, length: content.textContent?.length ?? 0,
    excerpt: null, byline: null, dir: null, siteName: null, lang: doc.documentElement?.getAttribute('lang') ?? null,
    publishedTime: null,
  };
}
