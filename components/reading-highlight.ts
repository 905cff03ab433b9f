// The sentence being read aloud: highlighted (CSS Custom Highlight API, where the browser has it), its block marked
// (class "reading-now", the fallback and a second cue), and kept in view.
import { rangeForOffsets } from '../lib/speech';

const HIGHLIGHT = 'baca-reading';
const BLOCK_CLASS = 'reading-now';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

export function clearReadingMark(): void {
  registry()?.highlights.delete(HIGHLIGHT);
  for (const el of Array.from(document.querySelectorAll(`.${BLOCK_CLASS}`))) el.classList.remove(BLOCK_CLASS);
}

function outOfView(rect: DOMRect): boolean {
  const top = 64; // below the sticky toolbar
  return rect.top < top || rect.bottom > window.innerHeight - 16;
}

export function markSentence(block: HTMLElement, start: number, end: number): void {
  clearReadingMark();
  block.classList.add(BLOCK_CLASS);
  const range = rangeForOffsets(block, start, end);
  const reg = registry();
  if (range && reg) reg.highlights.set(HIGHLIGHT, new reg.Highlight(range));
  const rect = (range ?? block).getBoundingClientRect?.();
  if (rect && outOfView(rect)) {
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    block.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }
}
