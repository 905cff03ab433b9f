// Text of an article: block-aware (paragraphs become lines) and word counts that work for every script.

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL']);

/** The text of `root` with a newline between blocks, spaces folded, blank lines dropped. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName;
    const block = tag !== undefined && BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push(tag === 'TD' || tag === 'TH' ? ' ' : '\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u200b]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const NO_SPACES = /^(?:zh|ja|th|lo|km|my)(?:-|$)/i;

/** Words in `text`. Scripts written without spaces count by Intl.Segmenter where it exists. */
export function countWords(text: string, lang: string | null): number {
  if (!text) return 0;
  if (lang && NO_SPACES.test(lang) && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let n = 0;
    for (const seg of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (seg.isWordLike) n++;
    return n;
  }
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes at an unhurried 230 words a minute, at least one for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
