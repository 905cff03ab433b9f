// Shared by every declutter stage (selector rules, phrase rules, clean-up): what a stage knows about the page, and
// the log of what it removed. Its own module so the stages import it and never each other.
import type { RemovalReason, RemovedBlock } from '../types';

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
