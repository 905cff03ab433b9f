// The author's own bio at the end of an article ("Jane Doe is a reporter at …", "*) Penulis adalah dosen …"): a box
// about the writer, not part of the story. Recognised by structure: a block at the article's end that starts with
// the by-line's name (or an "the author is" phrase), with at most a short heading before it and a few short lines
// after it ("View author page", a disclosure).
import type { RemovalLog } from './removal-log';
import { escapeRegExp, fold, textOf } from './dom-text';
import { allPhrases, authorNotes } from './rules/phrases';

/** A bio is a paragraph or two, never a section of the article. */
const BIO_MAX = 900;
/** What may follow the bio to the article's end. */
const AFTER_MAX_BLOCKS = 3;
const AFTER_MAX_TEXT = 900;
/** Given name alone ("Karina holds an MBA …"): only with a verb that introduces a person. */
const BIO_VERB = /^(?:is (?:a|an|the)|has (?:been|written|worked|covered)|joined|holds|founded|started|adalah|merupakan|ialah|ist|est|es|é)\b/u;
const AUTHOR_HEADING = /author|writer|contributor|penulis|tentang|autor|auteur|autore|yazar/u;

let notesRe: RegExp | null = null;

/** Each person of a by-line ("Manoj Jain and Jagpreet Chhatwal", "Matthew Frankel, CFP") as folded name words. */
export function bylineNames(byline: string | null | undefined): string[][] {
  const by = fold(byline).replace(/^(?:by|oleh|von|par|por|door|di)\s+/u, '');
  return by.split(/\s*(?:[,;|&/]|\s(?:and|dan|und|et|y|e|en)\s)\s*/u)
    .map((part) => part.match(/\p{L}[\p{L}'’-]*/gu)?.map((w) => w.replace(/['’-]+$/u, '')) ?? [])
    .filter((words) => words.length >= 1 && words.length <= 5 && words.join('').length >= 3);
}

/** Whether `raw` (a block's text, case kept) opens with the name of one of `names`, the way a bio does. */
export function startsWithAuthor(raw: string, names: string[][]): boolean {
  const s = raw.replace(/^[^\p{L}]+/u, '');
  if (!/^\p{Lu}/u.test(s)) return false;
  const folded = fold(s);
  const words = (folded.match(/\p{L}+/gu) ?? []).slice(0, 6);
  // What follows the first word ("karina holds an mba …" → "holds an mba …").
  const afterFirst = folded.replace(/^[^\p{L}]*\p{L}+[^\p{L}]*/u, '');
  for (const name of names) {
    const first = name[0]!;
    const last = name[name.length - 1]!;
    if (name.length >= 2) {
      // "Matt Frankel, CFP, is …", "Dr. Shelby Loos is …": the family name among the first words, the given name (or
      // a short form of it, or a title) before it. A namesake in the story ("Lee said …") does not start this way.
      const family = last.split(/['’-]/).sort((a, b) => b.length - a.length)[0]!;
      const at = words.slice(0, 4).indexOf(family);
      if (at >= 1 && (words[0]!.slice(0, 3) === first.slice(0, 3) || /^(?:dr|prof|mr|mrs|ms|ir|drs|hj?)$/.test(words[0]!))) return true;
    }
    if (words[0] === first && first.length >= 3 && BIO_VERB.test(afterFirst)) return true;
  }
  return false;
}

function isAuthorNote(raw: string): boolean {
  notesRe ??= new RegExp(`^(?:${allPhrases(authorNotes).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
  return notesRe.test(fold(raw).replace(/^[^\p{L}]+/u, ''));
}

/** Remove the author's bio from the end of the article. `tail`: its last leaf blocks, in order. */
export function removeAuthorBio(root: Element, tail: Element[], byline: string | null | undefined, log: RemovalLog): void {
  if (!log.allows('other', 'author-bio')) return;
  const names = bylineNames(byline);
  const leaves = tail.filter((el) => root.contains(el) && textOf(el).length > 0);
  for (let i = 0; i < leaves.length; i++) {
    const raw = (leaves[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (raw.length < 40 || raw.length > BIO_MAX) continue;
    if (!startsWithAuthor(raw, names) && !isAuthorNote(raw)) continue;
    const after = leaves.slice(i + 1);
    if (after.length > AFTER_MAX_BLOCKS || after.reduce((n, el) => n + textOf(el).length, 0) > AFTER_MAX_TEXT) continue;
    const prev = leaves[i - 1];
    const prevText = prev ? textOf(prev) : '';
    const heading = prev && prevText.length <= 40 &&
      (/^H[2-6]$/.test(prev.tagName) || AUTHOR_HEADING.test(prevText) || names.some((n) => prevText.includes(n.join(' '))));
    if (heading) log.remove(prev, 'other', 'author-bio');
    for (const el of [leaves[i]!, ...after]) log.remove(el, 'other', 'author-bio');
    return;
  }
}
