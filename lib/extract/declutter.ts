// Declutter: take boilerplate out of the cloned page before Readability sees it (selector and phrase tables in
// rules/), and clean the article Readability found (cleanup.ts). Every removal is logged with its reason and rule.
import type { RemovalReason, RemovedBlock } from '../types';
import { linkDensity, textOf } from './dom-text';
import { applyPhraseRules } from './phrase-rules';
import { selectorRules } from './rules/selectors';
import { collapseWrapperChains } from './unwrap';

export interface DeclutterContext {
  url: string;
  lang: string | null;
  /** Rule names or reasons the user chose to keep on this site. */
  keepRules?: string[];
  /** The article's title and byline, to drop lines that repeat them. */
  title?: string | null;
  /** Other forms of the title seen on the page (Readability's, the <h1>): a heading repeating one goes too. */
  titles?: (string | null | undefined)[];
  byline?: string | null;
}

export class RemovalLog {
  readonly blocks: RemovedBlock[] = [];
  /** Values of "Penulis: …"-style lines (the byline when the page has no better one). */
  readonly credits: string[] = [];
  private seq = 0;
  constructor(private readonly keep: ReadonlySet<string> = new Set()) {}

  /** Whether a rule may remove blocks here (the user can keep a kind of block per site). */
  allows(reason: RemovalReason, rule: string): boolean {
    return !this.keep.has(reason) && !this.keep.has(rule);
  }

  remove(el: Element, reason: RemovalReason, rule: string): void {
    // Readability's result is a detached tree: "still in the tree" means having a parent, not being connected.
    if (!el.parentNode || !this.allows(reason, rule)) return;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    this.blocks.push({ id: `r${++this.seq}`, reason, rule, text: text.slice(0, 300), html: el.outerHTML.slice(0, 20_000) });
    el.remove();
  }
}

const NEVER = /^(?:HTML|BODY|MAIN|ARTICLE|H1|SCRIPT|STYLE|LINK|META|NOSCRIPT|TEMPLATE)$/;
const INLINE = /^(?:A|SPAN|STRONG|B|EM|I|SMALL|LABEL|TIME|U|MARK)$/;
/** Rules whose class names can sit on a box that also holds prose: those keep any box with a real paragraph. */
const PROSE_GUARDED = new Set(['ad-container', 'share-bar', 'promo-box']);

/** An inline element inside a sentence (a linked word in a paragraph), never a box of its own. */
function inRunningText(el: Element): boolean {
  const parent = el.parentElement;
  return !!parent && (parent.tagName === 'P' || textOf(parent).length > textOf(el).length + 40);
}

/** A paragraph of running text (not a link list): what an article is made of. */
function holdsProse(el: Element): boolean {
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const t = textOf(p);
    if (t.length >= 120 && linkDensity(p, t) < 0.3) return true;
  }
  return false;
}

/** Elements each selector rule matches, in document order (one pass over the page). */
function candidates(doc: Document): Element[][] {
  const found = selectorRules.map((r) => (r.selector ? Array.from(doc.querySelectorAll(r.selector)) : []));
  for (const el of Array.from(doc.querySelectorAll('[class],[id]'))) {
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    if (!cls && !id) continue;
    const key = `${cls ?? ''} ${id ?? ''}`.toLowerCase().trim();
    selectorRules.forEach((r, i) => {
      if (r.names?.test(key)) found[i]!.push(el);
    });
  }
  return found;
}

/** Remove containers matched by the selector table, within each rule's text limits. */
export function applySelectorRules(doc: Document, log: RemovalLog): void {
  const found = candidates(doc);
  selectorRules.forEach((r, i) => {
    if (!log.allows(r.reason, r.rule)) return;
    for (const el of found[i]!) {
      if (!doc.contains(el) || NEVER.test(el.tagName)) continue;
      if (r.maxText === Infinity && el.querySelector('h1')) continue;
      if (r.rule !== 'ad-slot' && INLINE.test(el.tagName) && inRunningText(el)) continue;
      if (r.linkDense && el.querySelectorAll('a').length < 2) continue;
      if (PROSE_GUARDED.has(r.rule) && holdsProse(el) && !el.querySelector('form, input[type="email"]')) continue;
      const text = textOf(el);
      if (text.length > r.maxText) continue;
      if (r.linkDense && text.length > 0 && linkDensity(el, text) < 0.5) continue;
      if (r.reason === 'ad' && r.rule !== 'ad-slot' && el.querySelector('p') && text.length > 80) continue;
      if (r.rule === 'ad-slot' && el.tagName === 'INS' && !/adsbygoogle/.test(el.className) && text) continue;
      log.remove(el, r.reason, r.rule);
    }
  });
}

/** Remove boilerplate from `doc` (a clone). Returns the log of what was removed. */
export function declutter(doc: Document, ctx: DeclutterContext): RemovalLog {
  const log = new RemovalLog(new Set(ctx.keepRules ?? []));
  applySelectorRules(doc, log);
  if (doc.body) applyPhraseRules(doc.body, log);
  if (doc.body) collapseWrapperChains(doc.body);
  return log;
}

export { cleanupArticle } from './cleanup';
