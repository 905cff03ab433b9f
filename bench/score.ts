// Scoring for the quality benchmark: the text F1 of the public article-extraction benchmark (4-token shingles over
// runs of word characters, per-page precision and recall, corpus means, harmonic mean) and snippet checks.

const WORD = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  precision: number;
  recall: number;
}

/** Precision and recall of `predicted` against `expected` over shingle multisets. */
export function textScore(expected: string, predicted: string): PageScore {
  const exp = shingles(expected);
  const pred = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of pred) {
    const m = exp.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of exp) fn += Math.max(0, m - (pred.get(k) ?? 0));
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0 && fp === 0) return { precision: 0, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp + fn === 0 ? 0 : tp / (tp + fn) };
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  /** Snippets that failed, for inspection. */
  failures: string[];
}

export interface SnippetExpectations {
  mustInclude?: string[];
  mustExclude?: string[];
  mustExcludeWords?: string[];
  maxOccurrences?: Record<string, number>;
}

/** mustInclude found: tp, missing: fn; mustExclude (or a word, or an over-repeated snippet) found: fp. */
export function snippetCounts(exp: SnippetExpectations, text: string): SnippetCounts {
  const t = fold(text);
  const c: SnippetCounts = { tp: 0, fn: 0, fp: 0, failures: [] };
  for (const s of exp.mustInclude ?? []) {
    if (t.includes(fold(s))) c.tp++;
    else { c.fn++; c.failures.push(`missing: ${s}`); }
  }
  for (const s of exp.mustExclude ?? []) {
    if (t.includes(fold(s))) { c.fp++; c.failures.push(`present: ${s}`); }
  }
  for (const w of exp.mustExcludeWords ?? []) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u');
    if (re.test(t)) { c.fp++; c.failures.push(`word present: ${w}`); }
  }
  for (const [s, n] of Object.entries(exp.maxOccurrences ?? {})) {
    const count = t.split(fold(s)).length - 1;
    if (count > n) { c.fp++; c.failures.push(`${count}× (max ${n}): ${s}`); }
  }
  return c;
}
