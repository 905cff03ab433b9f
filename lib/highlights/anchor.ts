// Highlights are stored the way annotation systems store them (W3C Web Annotation): a TextQuoteSelector (the exact
// text with some text before and after it) and a TextPositionSelector (offsets into the canonical text, text.ts) as a
// hint. Never DOM paths. Re-attaching: the exact text where it is unique or where its context fits best; else an
// approximate match (match.ts) near the hint, then anywhere; else the highlight is "not found in the current text".
import { approxSearch, editDistance } from './match';

export const CONTEXT = 32;
/** Quotes longer than this are found by their two ends (bounded work for a whole-paragraph highlight). */
const LONG = 160;
const END_PART = 48;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
}

export interface Anchor {
  start: number;
  end: number;
  /** 'exact' when the quote is in the text unchanged, 'fuzzy' when it was found with edits. */
  kind: 'exact' | 'fuzzy';
}

/** Whitespace folded and trimmed, as in the canonical text. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The selectors of text[start, end). */
export function describe(text: string, start: number, end: number): { quote: QuoteSelector; position: PositionSelector } {
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    position: { start, end },
  };
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0 && out.length < 1000; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** How badly the text around [start, end) differs from the stored prefix and suffix, plus distance from the hint. */
function contextCost(text: string, start: number, end: number, q: QuoteSelector, hint: PositionSelector | null): number {
  const before = text.slice(Math.max(0, start - q.prefix.length), start);
  const after = text.slice(end, end + q.suffix.length);
  const ctx = editDistance(before, q.prefix) + editDistance(after, q.suffix);
  const far = hint ? Math.min(1, Math.abs(start - hint.start) / Math.max(1, text.length)) : 0;
  return ctx + far;
}

function allowedErrors(len: number): number {
  if (len < 8) return 0;
  if (len < 20) return Math.floor(len / 6);
  return Math.floor(len * 0.3);
}

function fuzzy(text: string, pattern: string, from: number, to: number): { start: number; end: number; errors: number }[] {
  return approxSearch(text, pattern, allowedErrors(pattern.length), Math.max(0, from), Math.min(text.length, to));
}

/** Approximate occurrences: near the hint first, then anywhere in the text. */
function fuzzyCandidates(text: string, pattern: string, hint: PositionSelector | null): { start: number; end: number; errors: number }[] {
  if (hint) {
    const slack = pattern.length + 64;
    const near = fuzzy(text, pattern, hint.start - slack, hint.end + slack);
    if (near.length) return near;
  }
  return fuzzy(text, pattern, 0, text.length);
}

function pickBest<T extends { start: number; end: number }>(text: string, list: T[], q: QuoteSelector, hint: PositionSelector | null,
  weight: (c: T) => number = () => 0): T | null {
  let best: T | null = null;
  let bestCost = Infinity;
  for (const c of list) {
    const cost = weight(c) + contextCost(text, c.start, c.end, q, hint);
    if (cost < bestCost) {
      bestCost = cost;
      best = c;
    }
  }
  return best;
}

function trimToWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end };
}

/** Where the highlight is in `text` now, or null when its text is gone. */
export function locate(text: string, quote: QuoteSelector, hint: PositionSelector | null = null): Anchor | null {
  const q: QuoteSelector = { exact: foldSpace(quote.exact), prefix: quote.prefix.replace(/\s+/g, ' '), suffix: quote.suffix.replace(/\s+/g, ' ') };
  if (!q.exact) return null;
  // The hint still points at the very same text.
  if (hint && text.slice(hint.start, hint.end) === q.exact) {
    const others = allIndexes(text, q.exact);
    if (others.length === 1) return { start: hint.start, end: hint.end, kind: 'exact' };
  }
  const exact = allIndexes(text, q.exact).map((start) => ({ start, end: start + q.exact.length }));
  if (exact.length === 1) return { ...exact[0]!, kind: 'exact' };
  if (exact.length > 1) return { ...pickBest(text, exact, q, hint)!, kind: 'exact' };
  if (q.exact.length <= LONG) {
    const best = pickBest(text, fuzzyCandidates(text, q.exact, hint), q, hint, (c) => c.errors * 2);
    return best ? { ...trimToWords(text, best.start, best.end), kind: 'fuzzy' } : null;
  }
  // A long quote: find its head and its tail, and accept a span about as long as the quote.
  const head = q.exact.slice(0, END_PART);
  const tail = q.exact.slice(-END_PART);
  const heads = fuzzyCandidates(text, head, hint);
  if (!heads.length) return null;
  let best: { start: number; end: number } | null = null;
  let bestCost = Infinity;
  for (const h of heads.slice(0, 20)) {
    const tails = fuzzy(text, tail, h.start + q.exact.length * 0.5 - END_PART, h.start + q.exact.length * 1.5 + END_PART);
    for (const t of tails) {
      const len = t.end - h.start;
      const cost = h.errors + t.errors + Math.abs(len - q.exact.length) / 10 + contextCost(text, h.start, t.end, q, hint) / 4;
      if (cost < bestCost) {
        bestCost = cost;
        best = { start: h.start, end: t.end };
      }
    }
  }
  return best ? { ...trimToWords(text, best.start, best.end), kind: 'fuzzy' } : null;
}
