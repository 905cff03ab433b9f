// The standfirst (the lead paragraph under the headline) often sits outside the block Readability keeps. When the
// page shows, as its own block, the same text as its description metadata, and the article does not hold it yet,
// it goes back in front of the article. One walk over the text nodes: linear in the page.
import { fold } from './dom-text';

const CHROME = 'header nav, nav, footer, aside, [role="navigation"], form, figure, a';

/** The standfirst element of `doc` when `description` is its text and `articleText` lacks it. */
export function findStandfirst(doc: Document, description: string | null, articleText: string): Element | null {
  const want = fold(description);
  if (want.length < 60 || want.length > 600) return null;
  if (fold(articleText).includes(want.slice(0, 60))) return null;
  const head = want.slice(0, 30);
  const walker = doc.createTreeWalker(doc.body ?? doc, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length < 30 || !fold(v).startsWith(head)) continue;
    // The block around the text node that holds exactly the description.
    for (let el = n.parentElement; el && el !== doc.body; el = el.parentElement) {
      const text = fold(el.textContent);
      if (text.length > want.length) break;
      if (text === want) return el.closest(CHROME) ? null : el;
    }
  }
  return null;
}
