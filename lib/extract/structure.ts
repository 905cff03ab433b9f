// Boilerplate told by its structure, in any language (the phrase tables catch the wordings we know; these catch the
// shapes): runs of short blocks made only of links (teaser lists, "don't miss" boxes, menus left inside the article),
// and forms (sign-up and contact boxes). Each is guarded so that an article made of such blocks keeps its text.
import type { RemovalLog } from './removal-log';
import { fold, linkDensity, textOf } from './dom-text';
import { queryAll, wasForm } from './limits';

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

const siteOf = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** Whether `href` leads to another page of the site at `pageUrl` (a relative link does by definition). */
function sameSite(href: string, pageUrl: string): boolean {
  if (href.startsWith('#')) return false;
  try {
    const page = new URL(pageUrl);
    const to = new URL(href, page);
    return /^https?:$/.test(to.protocol) && siteOf(to.host) === siteOf(page.host);
  } catch {
    return !/^[a-z][\w+.-]*:/i.test(href); // no page address to compare with: a relative link is the site's own
  }
}

/** A block whose whole text is links to other pages of the same site, short enough to be a headline or a menu item. */
function isLinkOnly(el: Element, pageUrl: string): boolean {
  const text = textOf(el);
  if (!text || text.length > MAX_TEASER) return false;
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (!links.length || !links.every((a) => sameSite(a.getAttribute('href') ?? '', pageUrl))) return false;
  return linkDensity(el, text) >= 0.9;
}

/** Leaf blocks in document order: blocks with no block inside and not inside a paragraph (the lines a reader sees). */
function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(LEAVES)).filter(
    (el) => !el.querySelector('p,div,li,h2,h3,h4,h5,h6,figure,img,table,ul,ol,dl,blockquote,pre') &&
      !el.parentElement?.closest('p,figure,figcaption,blockquote,table,pre') && textOf(el).length > 0,
  );
}

const words = (el: Element) => textOf(el).split(' ').length;

/** The element to remove for a leaf: its list item or wrappers that hold nothing else. */
function boxOf(leaf: Element, root: Element): Element {
  let cur = leaf;
  const text = textOf(leaf);
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
  const linkOnly = leaves.map((el) => isLinkOnly(el, pageUrl));
  const prose = leaves.map((el, i) => !linkOnly[i] && textOf(el).length > 80);
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
    const headlines = run.reduce((n, el) => n + words(el), 0) / run.length >= HEADLINE_WORDS;
    if (!(atEdge ? run.length >= 2 : run.length >= RUN_INSIDE && headlines)) continue;
    const boxes = new Set(run.map((el) => boxOf(el, root)));
    // A heading right before the run names it; a heading inside a section of prose stays.
    const before = leaves[start - 1];
    if (before && HEADING.test(before.tagName) && textOf(before).length <= 60) boxes.add(before);
    const size = [...boxes].reduce((n, el) => n + textOf(el).length, 0);
    if ((removed + size) / Math.max(1, total) > MAX_SHARE) continue;
    removed += size;
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
