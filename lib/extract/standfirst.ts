// The standfirst (the lead paragraph under the headline) often sits outside the block Readability keeps. When the
// page shows, as its own block, the same text as its description metadata, and the article does not hold it yet,
// it goes back in front of the article.
import { fold } from './dom-text';
import { queryAll } from './limits';

const CANDIDATES = 'p, h2, div, span, strong';
const CHROME = 'header nav, nav, footer, aside, [role="navigation"], form, figure';

/** The standfirst element of `doc` when `description` is its text and `articleText` lacks it. */
export function findStandfirst(doc: Document, description: string | null, articleText: string): Element | null {
  const want = fold(description);
  if (want.length < 60 || want.length > 600) return null;
  const have = fold(articleText);
  if (have.includes(want.slice(0, 60))) return null;
  for (const el of queryAll(doc.body ?? doc, CANDIDATES)) {
    const text = fold(el.textContent);
    if (text.length !== want.length || text !== want) continue;
    if (el.closest(CHROME) || el.querySelector('a')) return null;
    return el;
  }
  return null;
}
