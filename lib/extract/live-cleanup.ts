// In-page cleanup on the live page of a news article: hide ad slots and "scroll to continue" interstitials with a
// stylesheet and a marker attribute (nothing is removed, so turning it off puts everything back). Elements already
// on screen or above it keep their space (visibility) so the text never jumps; the ones below collapse.
import { adLabels, allPhrases, interstitials } from './rules/phrases';

export const HIDE_ATTR = 'data-baca-hide';
const STYLE_ID = 'baca-inpage-cleanup';
const CSS = `[${HIDE_ATTR}="collapse"]{display:none!important}[${HIDE_ATTR}="blank"]{visibility:hidden!important}`;
const AD_SLOTS = 'ins.adsbygoogle,amp-ad,amp-sticky-ad,[id^="div-gpt-ad"],[id^="google_ads"],[data-google-query-id],[data-ad-slot]';
const WRAPPER = /(?:^|[\s_-])(?:ads?|advert\w*|iklan|parallax|dfp|adunit|adslot)(?:$|[\s_\d-])/i;

let labels: Set<string> | null = null;
let scrolls: string[] = [];

function textKey(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** The box an ad slot or a label sits in, when that box holds nothing else. */
function adBox(el: Element): Element {
  let cur = el;
  for (let p = cur.parentElement; p && p !== p.ownerDocument.body && p.children.length <= 3; p = p.parentElement) {
    const cls = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`;
    if (!WRAPPER.test(cls) || textKey(p).length > 120) break;
    cur = p;
  }
  return cur;
}

/** Elements to hide on `doc`: ad slots, ad labels and interstitial notes with the boxes around them. */
export function findLiveClutter(doc: Document): Element[] {
  labels ??= new Set([...allPhrases(adLabels), ...allPhrases(interstitials)]);
  if (!scrolls.length) scrolls = allPhrases(interstitials);
  const out = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(AD_SLOTS))) out.add(adBox(el));
  const walker = doc.createTreeWalker(doc.body ?? doc, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > 120 || !v.trim()) continue;
    const el = n.parentElement;
    if (!el || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    const key = textKey(el);
    if (labels.has(key) || scrolls.some((s) => key.startsWith(s) && key.length < s.length + 30)) out.add(adBox(el));
  }
  // Never hide a box with real text in it: only slots, labels and the notes around them.
  return [...out].filter((el) => textKey(el).length <= 150 && !el.querySelector('h1, h2, article, figure'));
}

/** Hide the clutter on the live page. Returns how many elements were hidden. */
export function hideLiveClutter(doc: Document): number {
  const els = findLiveClutter(doc);
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const fold = doc.defaultView?.innerHeight ?? 0;
  for (const el of els) {
    if (el.hasAttribute(HIDE_ATTR)) continue;
    const top = typeof el.getBoundingClientRect === 'function' ? el.getBoundingClientRect().top : Infinity;
    el.setAttribute(HIDE_ATTR, top > fold ? 'collapse' : 'blank');
  }
  return els.length;
}

/** Undo hideLiveClutter. */
export function showLiveClutter(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
  for (const el of Array.from(doc.querySelectorAll(`[${HIDE_ATTR}]`))) el.removeAttribute(HIDE_ATTR);
}
