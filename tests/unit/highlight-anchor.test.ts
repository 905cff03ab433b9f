import { describe, expect, it } from 'vitest';
import { describe as describeSel, locate } from '../../lib/highlights/anchor';
import { approxSearch } from '../../lib/highlights/match';

const ORIGINAL = 'The harbour council met on Tuesday to discuss the new ferry timetable. Residents of the northern islands ' +
  'have complained for years that the last boat leaves too early for anyone working in the city. ' +
  'The mayor said the council would publish a draft by the end of March. Fares will not change this year.';
const QUOTE_START = ORIGINAL.indexOf('Residents');
const QUOTE_END = ORIGINAL.indexOf('city.') + 5;

function selectorsFor(text: string, start: number, end: number) {
  return describeSel(text, start, end);
}

/** Re-anchor the highlight made on ORIGINAL in `edited` and return the text it lands on. */
function reanchor(edited: string, start = QUOTE_START, end = QUOTE_END): string | null {
  const { quote, position } = selectorsFor(ORIGINAL, start, end);
  const a = locate(edited, quote, position);
  return a ? edited.slice(a.start, a.end) : null;
}

describe('re-anchoring highlights in edited texts', () => {
  const quote = ORIGINAL.slice(QUOTE_START, QUOTE_END);

  it('finds the unchanged text exactly', () => {
    const { quote: q, position } = selectorsFor(ORIGINAL, QUOTE_START, QUOTE_END);
    expect(locate(ORIGINAL, q, position)).toEqual({ start: QUOTE_START, end: QUOTE_END, kind: 'exact' });
  });

  it('words inserted before the highlight move it, by its text', () => {
    const edited = `UPDATED 10:40 — a correction was added to this story. ${ORIGINAL}`;
    expect(reanchor(edited)).toBe(quote);
  });

  it('words inserted after the highlight change nothing', () => {
    const edited = ORIGINAL.replace('Fares will', 'Fares, officials stressed on Wednesday, will');
    expect(reanchor(edited)).toBe(quote);
  });

  it('words inserted inside the highlight: the edited passage is found', () => {
    const edited = ORIGINAL.replace('have complained for years', 'have loudly and repeatedly complained for years');
    const got = reanchor(edited);
    expect(got).toBe('Residents of the northern islands have loudly and repeatedly complained for years that the last boat leaves too early for anyone working in the city.');
  });

  it('a word changed inside the highlight is still found', () => {
    const edited = ORIGINAL.replace('last boat', 'final ferry');
    expect(reanchor(edited)).toBe(quote.replace('last boat', 'final ferry'));
  });

  it('a paragraph split inside the highlight (a new block boundary) is tolerated', () => {
    const edited = ORIGINAL.replace('complained for years that', 'complained for years. That');
    expect(reanchor(edited)).toBe(quote.replace('complained for years that', 'complained for years. That'));
  });

  it('whitespace and punctuation changes', () => {
    const edited = ORIGINAL.replace('islands have', 'islands  have').replace('too early for', 'too early, for').replace('city.', 'city!');
    const folded = edited.replace(/\s+/g, ' ');
    expect(reanchor(folded)).toBe('Residents of the northern islands have complained for years that the last boat leaves too early, for anyone working in the city!');
  });

  it('typographic quotes and dashes replaced by plain ones', () => {
    const text = 'He said “we will not wait” — and left. Then the meeting ended.';
    const { quote: q, position } = selectorsFor(text, 8, 39);
    const edited = text.replace(/[“”]/g, '"').replace('—', '-');
    const a = locate(edited, q, position);
    expect(a && edited.slice(a.start, a.end)).toBe('"we will not wait" - and left.');
  });

  it('a repeated sentence: the occurrence whose context matches is chosen', () => {
    const s = 'The water rose again overnight.';
    const text = `In the north, fishermen stayed home. ${s} Schools closed. In the south, markets opened late. ${s} Buses ran.`;
    const second = text.lastIndexOf(s);
    const { quote: q, position } = selectorsFor(text, second, second + s.length);
    // Text added at the top moves both copies; the hint is now wrong, the context is right.
    const edited = `Live updates. ${text}`;
    const a = locate(edited, q, position)!;
    expect(a.start).toBe(edited.lastIndexOf(s));
    const first = text.indexOf(s);
    const one = selectorsFor(text, first, first + s.length);
    expect(locate(edited, one.quote, one.position)!.start).toBe(edited.indexOf(s));
  });

  it('a repeated sentence with its context edited falls back on the position hint', () => {
    const s = 'Prices went up.';
    const text = `${s} ${s} ${s}`;
    const mid = text.indexOf(s, 1);
    const { quote: q, position } = selectorsFor(text, mid, mid + s.length);
    expect(locate(text, { ...q, prefix: '', suffix: '' }, position)!.start).toBe(mid);
  });

  it('a long highlight (a whole paragraph) is found by its two ends after edits inside', () => {
    const para = Array.from({ length: 6 }, (_, i) => `Sentence number ${i} tells of the flood in district ${i + 3}.`).join(' ');
    const text = `Intro words here. ${para} Closing words.`;
    const start = text.indexOf(para);
    const { quote: q, position } = selectorsFor(text, start, start + para.length);
    const edited = text.replace('number 2 tells', 'number 2 (corrected) tells').replace('Intro', 'A longer introduction');
    const a = locate(edited, q, position)!;
    expect(edited.slice(a.start, a.end)).toBe(para.replace('number 2 tells', 'number 2 (corrected) tells'));
  });

  it('a highlight whose text is gone is not found (never attached to something else)', () => {
    const edited = ORIGINAL.replace(/Residents[^.]*\./, 'The paragraph about islanders was removed.');
    expect(reanchor(edited)).toBeNull();
    const short = selectorsFor(ORIGINAL, ORIGINAL.indexOf('Tuesday'), ORIGINAL.indexOf('Tuesday') + 7);
    expect(locate(ORIGINAL.replace('Tuesday', 'Monday'), short.quote, short.position)).toBeNull();
  });

  it('a quote imported without context or position (Pocket, Omnivore) is found by its text', () => {
    const a = locate(ORIGINAL, { exact: 'the last boat leaves too early', prefix: '', suffix: '' }, null)!;
    expect(ORIGINAL.slice(a.start, a.end)).toBe('the last boat leaves too early');
    const spaced = locate(ORIGINAL, { exact: '  the last boat\nleaves too early ', prefix: '', suffix: '' }, null)!;
    expect(spaced.start).toBe(a.start);
  });
});

describe('approximate search', () => {
  it('reports start, end and edit count of the best occurrence', () => {
    expect(approxSearch('xx hello world yy', 'helo world', 2)).toEqual([{ start: 3, end: 14, errors: 1 }]);
    expect(approxSearch('abc', 'xyz', 1)).toEqual([]);
    expect(approxSearch('one two one', 'one', 0)).toEqual([{ start: 0, end: 3, errors: 0 }, { start: 8, end: 11, errors: 0 }]);
  });

  it('searches only inside the window it is given', () => {
    expect(approxSearch('one two one', 'one', 0, 4)).toEqual([{ start: 8, end: 11, errors: 0 }]);
  });
});
