// The one canonical text of an article, used both when a highlight is made and every time it is re-attached: the
// text nodes of the rendered (sanitized) article body in document order, with a space between blocks and every run
// of whitespace folded into one space. Offsets into this text are what highlights store; `TextMap` turns them back
// into (text node, offset) pairs. Blocks Baca adds itself (restored removed blocks) are not part of the article.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG', 'PICTURE', 'VIDEO', 'CAPTION']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const SPACE = /\s/;

export interface TextMap {
  /** The canonical text. */
  text: string;
  /** For each character of `text`: the text node it comes from (null for a space standing for a block edge). */
  nodes: (Text | null)[];
  /** For each character of `text`: its offset in that node. */
  offsets: Int32Array;
}

function skipped(el: Element): boolean {
  return SKIP.has(el.tagName) || el.classList.contains('restored-block') || el.hasAttribute('data-baca-ui');
}

/** The canonical text of `root` with the position of every character. */
export function textMap(root: Node): TextMap {
  const chars: string[] = [];
  const nodes: (Text | null)[] = [];
  const offs: number[] = [];
  let pendingSpace = false;
  const space = () => {
    if (chars.length) pendingSpace = true;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        if (SPACE.test(c)) {
          if (chars.length && !pendingSpace) {
            pendingSpace = true;
            // Remember where this space was, so a range may start or end on it.
            nodes.push(t);
            offs.push(i);
            chars.push(' ');
            continue;
          }
          continue;
        }
        if (pendingSpace && chars[chars.length - 1] !== ' ') {
          chars.push(' ');
          nodes.push(null);
          offs.push(-1);
        }
        pendingSpace = false;
        chars.push(c);
        nodes.push(t);
        offs.push(i);
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const el = node as Element;
    if (node.nodeType === 1 && skipped(el)) return;
    const block = node.nodeType === 1 && BLOCK.has(el.tagName);
    if (block) space();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) space();
  };
  visit(root);
  // A trailing space carries no text.
  while (chars.length && chars[chars.length - 1] === ' ') {
    chars.pop();
    nodes.pop();
    offs.pop();
  }
  return { text: chars.join(''), nodes, offsets: Int32Array.from(offs) };
}

/** The canonical text of an HTML string's body as the reader renders it. */
export function canonicalText(root: Node): string {
  return textMap(root).text;
}

/** Canonical text offset of a DOM point (container, offset), or -1 outside `root`'s text. */
export function offsetOf(map: TextMap, root: Node, container: Node, offset: number, end: boolean): number {
  // A point between children: the text right after it (start) or right before it (end).
  let node: Node | null = container;
  let at = offset;
  if (container.nodeType !== 3) {
    const child = container.childNodes[offset] ?? null;
    if (end) {
      node = child ? previousText(child, root) : lastText(container);
      at = node ? (node as Text).data.length : 0;
    } else {
      node = child ? firstTextFrom(child, root) : nextTextAfter(container, root);
      at = 0;
    }
    if (!node) return end ? map.text.length : 0;
  }
  // The first mapped character at or after (start) / before (end) this point.
  let best = -1;
  for (let i = 0; i < map.nodes.length; i++) {
    if (map.nodes[i] !== node) continue;
    const o = map.offsets[i]!;
    if (!end && o >= at) return i;
    if (end && o < at) best = i + 1;
  }
  if (best >= 0) return best;
  // The node held only folded whitespace: find the nearest mapped neighbour in document order.
  const order = textNodesIn(root);
  const k = order.indexOf(node as Text);
  if (k < 0) return -1;
  if (!end) {
    for (let j = k + 1; j < order.length; j++) {
      const i = map.nodes.indexOf(order[j]!);
      if (i >= 0) return i;
    }
    return map.text.length;
  }
  for (let j = k - 1; j >= 0; j--) {
    const i = map.nodes.lastIndexOf(order[j]!);
    if (i >= 0) return i + 1;
  }
  return 0;
}

function textNodesIn(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}

function firstTextFrom(node: Node, root: Node): Text | null {
  if (node.nodeType === 3) return node as Text;
  const inside = textNodesIn(node)[0];
  return inside ?? nextTextAfter(node, root);
}

function nextTextAfter(node: Node, root: Node): Text | null {
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return firstTextFrom(n.nextSibling, root);
    n = n.parentNode;
  }
  return null;
}

function lastText(node: Node): Text | null {
  const all = textNodesIn(node);
  return all[all.length - 1] ?? null;
}

function previousText(node: Node, root: Node): Text | null {
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.previousSibling) {
      const p: ChildNode = n.previousSibling;
      if (p.nodeType === 3) return p as Text;
      const l = lastText(p);
      if (l) return l;
      n = p;
      continue;
    }
    n = n.parentNode;
  }
  return null;
}
