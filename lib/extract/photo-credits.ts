// Photo credits left loose in the article ("Photo: Shutterstock" as a paragraph of its own after a picture, "Image:
// Move.org", a credit whose picture is gone): who took a picture, not what the article says. A credit inside the
// caption of a picture that is shown stays with it: it is that picture's attribution, and licences often require it
// beside the image. Recognised by a credit label, or, next to a picture, by a picture agency, a "… Photography"
// studio name or "Name for Publication".
import type { RemovalLog } from './removal-log';
import { blockOf, climbWhile, escapeRegExp, fold, shortTextNodes, textOf } from './dom-text';
import { allPhrases, photoCreditLabels } from './rules/phrases';

const CREDIT_MAX = 120;
/** Outside a figure only a label followed by a short name counts ("Image: Move.org"), never a sentence. */
const LOOSE_REST_MAX = 60;
/** "Wei-An Jin for Quanta Magazine", "KATIE BANDURSKI FOR TASTE OF HOME": a name, then whom the picture was made for. */
const FOR_PUBLICATION = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s(?:for|FOR|für|untuk|pour|para|per)\s\p{Lu}[\p{L}.'’&-]*(?:\s(?:\p{Lu}[\p{L}.'’&-]*|of|the|and|de|du|la))*$/u;
const AGENCY = /(?:getty images|shutterstock|istock(?:photo)?|unsplash|pexels|pixabay|depositphotos|adobe stock|alamy|afp|reuters|ap photo|antara(?: foto)?|epa(?:-efe)?|anadolu|xinhua|photography|fotografie|fotografia)\)?\.?$/u;

let labelRe: RegExp | null = null;

function creditLabel(text: string): RegExpExecArray | null {
  if (!labelRe) {
    const phrases = allPhrases(photoCreditLabels);
    // "Photo by X", "Courtesy of X": the label ends in a word that takes a name; the others take a colon or a bar.
    const spaced = phrases.filter((p) => /\s(?:by|of|via|ni)$/.test(p)).map(escapeRegExp);
    const colon = phrases.filter((p) => !/\s(?:by|of|via|ni)$/.test(p)).map(escapeRegExp);
    labelRe = new RegExp(`^[(\\[]?(?:(?:${colon.join('|')})\\s*[:：|]|(?:${spaced.join('|')})\\s)\\s*`, 'u');
  }
  return labelRe.exec(text);
}

function nearPicture(el: Element): boolean {
  if (el.closest('figure, figcaption, picture')) return true;
  for (let cur: Element | null = el; cur && cur.parentElement; cur = cur.parentElement) {
    const prev = cur.previousElementSibling;
    if (prev) return prev.matches('img, picture, figure, svg, video') || !!prev.querySelector('img, picture, video');
  }
  return false;
}

function isCredit(raw: string, el: Element): boolean {
  const text = fold(raw);
  if (!text || text.length > CREDIT_MAX) return false;
  const label = creditLabel(text);
  const inFigure = nearPicture(el);
  if (label) {
    const rest = text.slice(label[0].length);
    if (inFigure) return true;
    return rest.length <= LOOSE_REST_MAX && !/[.!?]\s/.test(rest);
  }
  return inFigure && text.length <= 60 && (AGENCY.test(text) || /^©/.test(text) || FOR_PUBLICATION.test(raw));
}

/** A credit in the figure (or the caption) of a picture that is shown. */
function attributesPicture(el: Element): boolean {
  const figure = el.closest('figure') ?? el.closest('figcaption')?.parentElement;
  return !!figure?.querySelector('img, picture, video, svg');
}

/** Remove loose photo credits under `root` (the article). */
export function removePhotoCredits(root: Element, log: RemovalLog): void {
  if (!log.allows('other', 'photo-credit')) return;
  const seen = new Set<Element>();
  for (const node of shortTextNodes(root, CREDIT_MAX)) {
    if (!root.contains(node)) continue;
    const block = blockOf(node);
    if (!block || block === root || !root.contains(block) || seen.has(block)) continue;
    seen.add(block);
    // A block that is only a credit ("<p><em>Photo:</em> Reuters</p>"), with no blocks inside it.
    if (block.querySelector('p, div, li, figure, img, table') || attributesPicture(block)) continue;
    if (!isCredit((block.textContent ?? '').replace(/\s+/g, ' ').trim(), block)) continue;
    const text = textOf(block);
    // Up through wrappers of the same text, never to the figure: the picture stays.
    log.remove(climbWhile(block, (p) => textOf(p) === text && !p.querySelector('img, picture, video, svg')), 'other', 'photo-credit');
  }
}
