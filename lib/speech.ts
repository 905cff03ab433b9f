// Read aloud, the pure parts: sentences per language, the queue across paragraphs, the voice for a language, and
// the DOM range of a sentence (for the highlight). The speaking itself (speechSynthesis) lives in lib/speaker.ts.

export interface Sentence {
  text: string;
  /** Offsets into the block's textContent. */
  start: number;
  end: number;
}

export interface QueueItem extends Sentence {
  /** Index of the block (paragraph, heading, list item…) the sentence belongs to. */
  block: number;
}

/** The blocks that are read, in reading order. Nested matches are skipped (a <p> inside an <li> is read once). */
export const READABLE_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd, th, td, pre';

/** Fallback where Intl.Segmenter is missing: split after . ! ? … and the CJK/Arabic/Devanagari sentence ends. */
const SENTENCE_END = /[^.!?…。！？؟।]+(?:[.!?…。！？؟।]+["'”’»)\]]*|$)\s*/gu;

/** Split `text` into sentences, in the rules of its language. Whitespace-only pieces are dropped. */
export function splitSentences(text: string, lang: string | null): Sentence[] {
  const out: Sentence[] = [];
  const push = (segment: string, index: number) => {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed) out.push({ text: trimmed, start: index + lead, end: index + lead + trimmed.length });
  };
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Segmenter(lang ?? undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'sentence' });
    }
    for (const s of segmenter.segment(text)) push(s.segment, s.index);
    return out;
  }
  for (const m of text.matchAll(SENTENCE_END)) push(m[0], m.index ?? 0);
  return out;
}

/** One queue over all blocks: each sentence knows its block, so speech continues from paragraph to paragraph. */
export function buildQueue(blocks: readonly string[], lang: string | null): QueueItem[] {
  return blocks.flatMap((text, block) => splitSentences(text, lang).map((s) => ({ ...s, block })));
}

/** The blocks of `root` to read, leaf-most first match only, skipping empty and hidden ones. */
export function readableBlocks(root: ParentNode): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(READABLE_BLOCKS));
  return all.filter((el) => {
    if (!(el.textContent ?? '').trim()) return false;
    if (el.closest('[hidden], [aria-hidden="true"]')) return false;
    // A block that holds another readable block is read through its children.
    return !el.querySelector(READABLE_BLOCKS);
  });
}

export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  default?: boolean;
  localService?: boolean;
}

const baseLang = (tag: string) => tag.toLowerCase().replace('_', '-').split('-')[0] ?? '';
const sameTag = (a: string, b: string) => a.toLowerCase().replace('_', '-') === b.toLowerCase().replace('_', '-');

/** Voices for `lang`: same tag first, then the same base language; local voices before network ones. */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string | null): V[] {
  if (!lang) return [];
  const base = baseLang(lang);
  const rank = (v: V) => (sameTag(v.lang, lang) ? 0 : 2) + (v.localService === false ? 1 : 0);
  return voices
    .filter((v) => baseLang(v.lang) === base)
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v) - rank(b.v) || a.i - b.i)
    .map(({ v }) => v);
}

/**
 * The voice to read an article in `lang`: the person's choice when it speaks that language (or when there is no
 * language), else the best voice of that language, else null (the browser's default voice with `utterance.lang`).
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string | null, preferredURI?: string | null): V | null {
  const preferred = preferredURI ? voices.find((v) => v.voiceURI === preferredURI) : undefined;
  if (preferred && (!lang || baseLang(preferred.lang) === baseLang(lang))) return preferred;
  const matching = voicesFor(voices, lang);
  if (matching.length) return matching[0] ?? null;
  if (!lang) return voices.find((v) => v.default) ?? voices[0] ?? null;
  return null;
}

/** Reading speeds offered, as speechSynthesis rates. */
export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export function clampRate(rate: unknown): number {
  return typeof rate === 'number' && Number.isFinite(rate) ? Math.min(2, Math.max(0.5, rate)) : 1;
}

/** The DOM range of characters [start, end) of `el`'s textContent, or null when out of bounds. */
export function rangeForOffsets(el: Element, start: number, end: number): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let pos = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const len = node.data.length;
    if (!started && start < pos + len) {
      range.setStart(node, start - pos);
      started = true;
    }
    if (started && end <= pos + len) {
      range.setEnd(node, end - pos);
      return range;
    }
    pos += len;
  }
  return null;
}
