// Approximate substring matching for re-attaching highlights: where in `text` does `pattern` occur with the fewest
// edits (insertions, deletions, substitutions)? Sellers' dynamic programme (edit distance where the match may start
// anywhere), one column per text character, tracking where each match started. O(text × pattern) time, O(pattern)
// memory; callers bound both (a window around the position hint first, long quotes matched by their ends).

export interface Approx {
  start: number;
  end: number;
  /** Edits needed to turn text[start, end) into the pattern. */
  errors: number;
}

/** Every best-scoring approximate occurrence of `pattern` in text[from, to) with at most `maxErrors` edits. */
export function approxSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): Approx[] {
  const m = pattern.length;
  if (!m) return [];
  const cost = new Int32Array(m + 1);
  const start = new Int32Array(m + 1).fill(from);
  for (let i = 0; i <= m; i++) cost[i] = i;
  const found: Approx[] = [];
  let best = maxErrors + 1;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    // Row 0: an empty prefix matches anywhere at no cost, starting here.
    let diagCost = 0;
    let diagStart = j;
    cost[0] = 0;
    start[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const upCost = cost[i]!; // previous column, same row (text char skipped: deletion from text)
      const upStart = start[i]!;
      let bestCost = diagCost + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let bestStart = diagStart;
      if (upCost + 1 < bestCost) {
        bestCost = upCost + 1;
        bestStart = upStart;
      }
      if (cost[i - 1]! + 1 < bestCost) {
        bestCost = cost[i - 1]! + 1;
        bestStart = start[i - 1]!;
      }
      diagCost = upCost;
      diagStart = upStart;
      cost[i] = bestCost;
      start[i] = bestStart;
    }
    const e = cost[m]!;
    if (e < best) {
      best = e;
      found.length = 0;
    }
    if (e === best && e <= maxErrors) {
      const prev = found[found.length - 1];
      // Neighbouring ends of one match (same start): keep the longer only when it costs no more.
      if (prev && prev.start === start[m]) prev.end = j + 1;
      else found.push({ start: start[m]!, end: j + 1, errors: e });
    }
  }
  return found;
}

/** Plain edit distance of two short strings (for comparing the text around a candidate with the stored context). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
