// Wrapper chains: component-built pages put every paragraph of the article in its own stack of single-child <div>s
// (`div.text-block > div > div > p`). Readability keeps such a <div> only when its link density is low, so a paragraph
// with a link in it is dropped as "link dense" and the article loses sentences. Replacing the chain by the paragraph
// (the wrappers' class and id moved onto it, so Readability's class signals still apply) keeps it.
import { linkDensity, textOf } from './dom-text';

/** Readability drops a wrapper <div> from this link density on; up to the maximum the paragraph is running text
 * with a link or two in it (above it, a link list Readability is right to drop). Below it nothing is changed. */
const MIN_PARAGRAPH_LINK_DENSITY = 0.2;
const MAX_PARAGRAPH_LINK_DENSITY = 0.5;

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  }
  return false;
}

/** Put `outer`'s class (and its id, when `inner` has none) on `inner`, then put `inner` in `outer`'s place. */
function collapse(outer: Element, inner: Element): void {
  const classes = `${outer.getAttribute('class') ?? ''} ${inner.getAttribute('class') ?? ''}`.trim();
  if (classes) inner.setAttribute('class', classes);
  const id = outer.getAttribute('id');
  if (id && !inner.hasAttribute('id')) inner.setAttribute('id', id);
  outer.replaceWith(inner);
}

/** Replace <div> chains around one paragraph by the paragraph (innermost first, one node moved per step: linear). */
export function collapseWrapperChains(root: Element): number {
  let collapsed = 0;
  const divs = Array.from(root.querySelectorAll('div'));
  for (let i = divs.length - 1; i >= 0; i--) {
    const outer = divs[i]!;
    if (outer.childElementCount !== 1 || !outer.parentElement || hasOwnText(outer)) continue;
    const inner = outer.firstElementChild!;
    if (inner.tagName !== 'P' || (outer.hasAttribute('id') && inner.hasAttribute('id'))) continue;
    const text = textOf(inner);
    const density = text ? linkDensity(inner, text) : 0;
    if (density < MIN_PARAGRAPH_LINK_DENSITY || density > MAX_PARAGRAPH_LINK_DENSITY) continue;
    collapse(outer, inner);
    collapsed++;
  }
  return collapsed;
}
