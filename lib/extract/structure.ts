// Boilerplate told by its structure, in any language (the phrase tables catch the wordings we know; these catch the
// shapes): runs of short blocks made only of links (teaser lists, "don't miss" boxes, menus left inside the article),
// and forms (sign-up and contact boxes). Each is guarded so that an article made of such blocks keeps its text.
import type { RemovalLog } from './removal-log';
import { fold, linkDensity, textOf } from './dom-text';
import { queryAll, wasForm } from './limits';
import { normalizeHost } from '../store/site-prefs-core';

const LEAVES = 'p,h2,h3,h4,h5,h6,li,div,dt,dd';
const HEADING = /^H[2-6]$/;
/** Longest link-only block that reads as a teaser or a menu item (a headline), not a paragraph. */
const MAX_TEASER = 140;
/** Inside the article a run needs this many blocks of headline length (words each, on average): a list of names
 * (products, courses, places) that the article itself is about stays. At its start or end, 2 blocks of any length. */
const RUN_INSIDE = 3;
const HEADLINE_WORDS = 5;
/** Never more than this share of the article's text goes this way: a page that is a list of links keeps it. */
const MAX_SHARE = 0.3;

/** The page's own address, parsed once per article (null when it is not an address). */
function pageOf(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether `href` leads to another page of the site at `page` (a relative link does by definition). */
function sameSite(href: string, page: URL | null, pageHost: string): boolean {
  if (href.startsWith('#')) return false;
  if (page) {
    try {
      const to = new URL(href, page);
      return /^https?:$/.test(to.protocol) && normalizeHost(to.host) === pageHost;
    } catch {
      // not an address: judged below as written
    }
  }
  return !/^[a-z][\w+.-]*:/i.test(href);
}

/** A leaf block and its folded text (read once: every test below uses it). */
interface Leaf {
  el: Element;
  text: string;
}

/** Leaf blocks in document order: blocks with no block inside and not inside a paragraph (the lines a reader sees). */
function leafBlocks(root: Element): Leaf[] {
  const out: Leaf[] = [];
  for (const el of Array.from(root.querySelectorAll(LEAVES))) {
    if (el.querySelector('p,div,li,h2,h3,h4,h5,h6,figure,img,table,ul,ol,dl,blockquote,pre')) continue;
    if (el.parentElement?.closest('p,figure,figcaption,blockquote,table,pre')) continue;
    const text = textOf(el);
    if (text) out.push({ el, text });
  }
  return out;
}

/** The element to remove for a leaf: its list item or wrappers that hold nothing else (the same text). */
function boxOf({ el, text }: Leaf, root: Element): Element {
  let cur = el;
  for (let p = cur.parentElement; p && p !== root && textOf(p) === text && !p.querySelector('img,figure'); p = p.parentElement) cur = p;
  return cur;
}

/**
 * Runs of blocks made only of links to other pages of the site: at the article's start or end 2 or more (menus,
 * "next story"), inside it 3 or more headlines (teaser and "don't miss" lists), together with a short heading just
 * before the run ("Don't miss", "Lihat juga"). Links to other sites (sources, references) are never such a run.
 */
export function removeLinkRuns(root: Element, pageUrl: string, log: RemovalLog): void {
  if (!log.allows('related', 'link-run')) return;
  const leaves = leafBlocks(root);
  if (leaves.length < 2) return;
  const page = pageOf(pageUrl);
  const pageHost = page ? normalizeHost(page.host) : '';
  // A block whose whole text is links to other pages of the same site, short enough to be a headline or a menu item.
  const linkOnly = leaves.map(({ el, text }) => {
    if (text.length > MAX_TEASER) return false;
    const links = Array.from(el.querySelectorAll('a[href]'));
    return links.length > 0 && links.every((a) => sameSite(a.getAttribute('href') ?? '', page, pageHost)) && linkDensity(el, text) >= 0.9;
  });
  const prose = leaves.map((l, i) => !linkOnly[i] && l.text.length > 80);
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  if (firstProse < 0) return; // no paragraph at all: nothing here is told apart from the article
  const total = fold(root.textContent).length;
  let removed = 0;
  for (let i = 0; i < leaves.length;) {
    if (!linkOnly[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < leaves.length && linkOnly[j + 1]) j++;
    const run = leaves.slice(i, j + 1);
    const start = i;
    i = j + 1;
    const atEdge = j < firstProse || start > lastProse;
    const headlines = run.reduce((n, l) => n + l.text.split(' ').length, 0) / run.length >= HEADLINE_WORDS;
    if (!(atEdge ? run.length >= 2 : run.length >= RUN_INSIDE && headlines)) continue;
    // A heading right before the run names it; a heading inside a section of prose stays.
    const before = leaves[start - 1];
    const named = before && HEADING.test(before.el.tagName) && before.text.length <= 60 ? [...run, before] : run;
    // Each box holds exactly its leaf's text, so the share is counted from the leaves.
    const size = named.reduce((n, l) => n + l.text.length, 0);
    if ((removed + size) / Math.max(1, total) > MAX_SHARE) continue;
    removed += size;
    // Boxes are found before any goes: once a list item is gone, its list would hold the next item's text alone.
    const boxes = named.map((l) => (l === before ? l.el : boxOf(l, root)));
    for (const el of boxes) log.remove(el, 'related', 'link-run');
  }
  // Lists left empty (their items went) go too.
  for (const list of Array.from(root.querySelectorAll('ul,ol'))) if (!textOf(list) && !list.querySelector('img')) list.remove();
}

const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]),select,textarea';

/** A paragraph of running text (not a link list): what an article is made of. */
export function holdsProse(el: Element): boolean {
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const t = textOf(p);
    if (t.length >= 120 && linkDensity(p, t) < 0.3) return true;
  }
  return false;
}

/**
 * Forms a person fills in (sign-up, contact, quote and login boxes): two fields or more, or one e-mail field, and no
 * paragraph of prose inside (a site that wraps its whole page in one form keeps it). The clone holds the page's forms
 * as plain boxes (limits.ts).
 */
export function removeForms(doc: Document, log: RemovalLog): void {
  if (!log.allows('promo', 'form')) return;
  for (const form of queryAll(doc, 'div').filter(wasForm)) {
    if (!form.parentNode) continue;
    const fields = form.querySelectorAll(FIELDS).length;
    const email = form.querySelector('input[type=email]');
    if (fields < 2 && !email) continue;
    if (holdsProse(form) || textOf(form).length > 1500) continue;
    log.remove(form, 'promo', 'form');
  }
}
