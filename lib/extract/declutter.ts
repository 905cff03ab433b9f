// Declutter: take boilerplate out of the cloned page before Readability sees it (selector and phrase tables in
// rules/), and clean the article Readability found (cleanup.ts). Every removal is logged with its reason and rule.
import { linkDensity, textOf } from './dom-text';
import { applyPhraseRules } from './phrase-rules';
import { RemovalLog, type DeclutterContext } from './removal-log';
import { selectorRules } from './rules/selectors';
import { collapseWrapperChains } from './unwrap';
import { holdsProse, removeForms } from './structure';

const NEVER = /^(?:HTML|BODY|MAIN|ARTICLE|H1|SCRIPT|STYLE|LINK|META|NOSCRIPT|TEMPLATE)$/;
const INLINE = /^(?:A|SPAN|STRONG|B|EM|I|SMALL|LABEL|TIME|U|MARK)$/;
/** Rules whose class names can sit on a box that also holds prose: those keep any box with a real paragraph. */
const PROSE_GUARDED = new Set(['ad-container', 'share-bar', 'promo-box']);

/** An inline element inside a sentence (a linked word in a paragraph), never a box of its own. */
function inRunningText(el: Element): boolean {
  const parent = el.parentElement;
  return !!parent && (parent.tagName === 'P' || textOf(parent).length > textOf(el).length + 40);
}

/** "what-is-social-shopping": an id made of the element's own words (a heading's anchor) names no kind of box. */
function isOwnTextSlug(el: Element, id: string): boolean {
  const parts = id.toLowerCase().split(/[-_]+/).filter((p) => p.length > 1);
  if (parts.length < 3) return false;
  const text = textOf(el).slice(0, 400);
  return parts.filter((p) => text.includes(p)).length >= parts.length * 0.75;
}

/** Names made by machines, not people: UUIDs ("block-ddd261f2-…-ad66-…": not an ad) and CSS-in-JS hashes
 * ("css-ad3kfq", "sc-adXyz"). They name no kind of box. */
const MACHINE_NAMES = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:^|\s)(?:css|sc|jsx|svelte)-[a-z0-9]{4,12}(?=\s|$)/g;

/** Elements each selector rule matches, in document order (one pass over the page). */
function candidates(doc: Document): Element[][] {
  const found = selectorRules.map((r) => (r.selector ? Array.from(doc.querySelectorAll(r.selector)) : []));
  const all = doc.querySelectorAll('[class],[id]');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const cls = el.getAttribute('class');
    const rawId = el.getAttribute('id');
    const lowId = rawId?.toLowerCase() ?? '';
    const id = rawId && selectorRules.some((r) => r.names?.test(lowId)) && isOwnTextSlug(el, rawId) ? null : rawId;
    if (!cls && !id) continue;
    const key = `${cls ?? ''} ${id ?? ''}`.toLowerCase().replace(MACHINE_NAMES, ' ').trim();
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
      if (r.sparesHeadline && el.querySelector('h1')) continue;
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
  removeForms(doc, log);
  if (doc.body) applyPhraseRules(doc.body, log);
  if (doc.body) collapseWrapperChains(doc.body);
  return log;
}

