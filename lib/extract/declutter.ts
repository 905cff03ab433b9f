// Declutter: take boilerplate out of the cloned page before Readability sees it. The full rule set (phrase and
// selector tables per language) lives in rules/; this module applies them and records what it removed.
import type { RemovalReason, RemovedBlock } from '../types';

export interface DeclutterContext {
  url: string;
  lang: string | null;
  /** Rule names or reasons the user chose to keep on this site. */
  keepRules?: string[];
}

export class RemovalLog {
  readonly blocks: RemovedBlock[] = [];
  private seq = 0;
  constructor(private readonly keep: ReadonlySet<string> = new Set()) {}

  /** Whether a rule may remove blocks here (the user can keep a kind of block per site). */
  allows(reason: RemovalReason, rule: string): boolean {
    return !this.keep.has(reason) && !this.keep.has(rule);
  }

  remove(el: Element, reason: RemovalReason, rule: string): void {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    this.blocks.push({ id: `r${++this.seq}`, reason, rule, text: text.slice(0, 300), html: el.outerHTML.slice(0, 20_000) });
    el.remove();
  }
}

const AD_SELECTORS = [
  'ins.adsbygoogle', 'amp-ad', 'amp-embed', '[id^="div-gpt-ad"]', '[id^="google_ads"]', '[data-google-query-id]',
];

/** Remove boilerplate from `doc` (a clone). Returns the log of what was removed. */
export function declutter(doc: Document, ctx: DeclutterContext): RemovalLog {
  const log = new RemovalLog(new Set(ctx.keepRules ?? []));
  if (log.allows('ad', 'ad-slot')) {
    for (const el of Array.from(doc.querySelectorAll(AD_SELECTORS.join(',')))) log.remove(el, 'ad', 'ad-slot');
  }
  return log;
}

/** Clean-up after Readability, on the article's own content. */
export function cleanupArticle(root: Element, ctx: DeclutterContext, log: RemovalLog): void {
  void root;
  void ctx;
  void log;
}
