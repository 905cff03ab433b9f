// Clean-up after Readability, on the article's own content: the phrase rules again (Readability turns some boxes
// into paragraphs), then lines that repeat what the header already shows (title, by-line, dateline, reading time),
// copyright footers, the author's bio, photo credits, and captions or images repeated in the body.
import type { DeclutterContext, RemovalLog } from './removal-log';
import { escapeRegExp, fold, linkDensity, textOf } from './dom-text';
import { applyPhraseRules } from './phrase-rules';
import { allPhrases, byPrefixes } from './rules/phrases';
import { READING_TIME, dateWords } from './rules/datelines';
import { removeLinkRuns } from './structure';
import { removeAuthorBio } from './author-bio';
import { removePhotoCredits } from './photo-credits';

let dateRe: RegExp | null = null;
let byRe: RegExp | null = null;

/** A short line made only of dates, times, zones and their labels. */
export function isDateLine(text: string): boolean {
  if (!/\d/.test(text) || text.length > 90) return false;
  dateRe ??= new RegExp(`(?<![\\p{L}])(?:${allPhrases(dateWords).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  byRe ??= new RegExp(`^(?:${allPhrases(byPrefixes).map(escapeRegExp).join('|')})\\s+\\S`, 'iu');
  // "Do 25.04.24 | 14:07 Uhr | Von": a by-line label may trail the date.
  const rest = text.replace(dateRe, ' ').replace(/(?:^|\s)(?:von|by|oleh|par|por|door)$/u, '').replace(/[\d\s\p{P}\p{S}]+/gu, '');
  return rest.length <= 2;
}

function isBylineLine(raw: string, byline: string | null | undefined): boolean {
  const text = fold(raw);
  if (text.length > 90) return false;
  const by = fold(byline);
  if (by && (text === by || text.replace(/[^\p{L}\s]/gu, '').trim() === by.replace(/[^\p{L}\s]/gu, '').trim())) return true;
  byRe ??= new RegExp(`^(?:${allPhrases(byPrefixes).map(escapeRegExp).join('|')})\\s+\\S`, 'iu');
  const m = byRe.exec(raw.trim());
  if (!m) return false;
  // "By Jane Doe", "Von Engin Haupt, MDR": names (capitalised words), not a sentence ("By noon the water rose.").
  const words = raw.trim().slice(m[0].length - 1).split(/[\s,&]+/).filter((w) => w && !/^(?:and|dan|und|et|y|e|en)$/i.test(w));
  return words.length <= 8 && !/[.!?]$/.test(raw.trim()) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

const LEAF_BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,div,span,time,address,small';

/** Short leaf blocks at the top and the bottom of the article. */
function edgeBlocks(root: Element): { head: Element[]; tail: Element[] } {
  const leaves = Array.from(root.querySelectorAll(LEAF_BLOCKS)).filter(
    (el) => !el.querySelector('p,div,li,h1,h2,h3,h4,h5,h6,figure,img,table') && !el.closest('figure,figcaption,blockquote,table') &&
      textOf(el).length > 0,
  );
  const firstLong = leaves.findIndex((el) => textOf(el).length > 160);
  const head = leaves.slice(0, firstLong < 0 ? 8 : Math.min(firstLong, 8));
  return { head, tail: leaves.slice(-6) };
}

export function cleanupArticle(root: Element, ctx: DeclutterContext, log: RemovalLog): void {
  applyPhraseRules(root, log);
  const title = fold(ctx.title);
  // Other forms of the title count only when they are the same headline (most words shared): a different <h1>
  // is the page's own headline and stays.
  const words = new Set(title.match(/[\p{L}\p{N}]+/gu) ?? []);
  const sameHeadline = (t: string) => {
    const w = t.match(/[\p{L}\p{N}]+/gu) ?? [];
    return w.length > 0 && w.filter((x) => words.has(x)).length / w.length >= 0.6;
  };
  const titles = new Set([title, ...(ctx.titles ?? []).map(fold).filter(sameHeadline)].filter((t) => t.length >= 10));
  const { head, tail } = edgeBlocks(root);
  for (const el of head) {
    if (!root.contains(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    if (titles.has(text) || (title && text === title)) log.remove(el, 'duplicate', 'title');
    else if (isDateLine(text)) log.remove(el, 'duplicate', 'dateline');
    else if (READING_TIME.test(text)) log.remove(el, 'other', 'reading-time');
    else if (isBylineLine(el.textContent ?? '', ctx.byline)) log.remove(el, 'duplicate', 'byline');
  }
  for (const el of tail) {
    if (!root.contains(el)) continue;
    const text = textOf(el);
    if (/^(?:©|\(c\)|copyright\b)/.test(text) && text.length <= 200) log.remove(el, 'other', 'copyright');
  }
  removeAuthorBio(root, tail, ctx.byline ?? log.credits[0], log);
  removePhotoCredits(root, log);
  removeCapsLinks(root, log);
  removeLinkRuns(root, ctx.url, log);
  removeRepeats(root, log);
}

/** "2 NY RESIDENTS ALLEGEDLY RAN SECRET POLICE STATION": a paragraph that is only an upper-case headline link is an
 * inline link to another story. */
function removeCapsLinks(root: Element, log: RemovalLog): void {
  if (!log.allows('read-also', 'caps-link')) return;
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const raw = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (raw.length < 15 || raw.length > 200 || raw.split(' ').length < 3) continue;
    const letters = raw.replace(/[^\p{L}]/gu, '');
    if (!letters || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) continue;
    if (linkDensity(p, fold(raw)) >= 0.9) log.remove(p, 'read-also', 'caps-link');
  }
}

/** A caption or image that appears twice: keep the first. */
function removeRepeats(root: Element, log: RemovalLog): void {
  // A caption repeated for the same picture (or as a paragraph after it); different pictures may share a caption.
  const seenCaptions = new Set<string>();
  for (const cap of Array.from(root.querySelectorAll('figcaption, p'))) {
    const text = textOf(cap);
    if (text.length < 25) continue;
    if (cap.tagName === 'FIGCAPTION') {
      const key = `${cap.closest('figure')?.querySelector('img')?.getAttribute('src') ?? ''} ${text}`;
      if (seenCaptions.has(key)) log.remove(cap, 'duplicate', 'caption');
      seenCaptions.add(key);
      seenCaptions.add(` ${text}`);
    } else if (seenCaptions.has(` ${text}`) && text.length < 400 && !cap.closest('figcaption')) {
      // A paragraph repeating a caption after its figure; the caption's own paragraph is the caption itself.
      log.remove(cap, 'duplicate', 'caption');
    }
  }
  const seenImages = new Set<string>();
  for (const img of Array.from(root.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src') ?? '';
    if (!seenImages.has(src)) {
      seenImages.add(src);
      continue;
    }
    const fig = img.closest('figure');
    log.remove(fig && fig.querySelectorAll('img').length === 1 ? fig : img, 'duplicate', 'image');
  }
}
