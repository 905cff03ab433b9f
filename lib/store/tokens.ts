// Words for the search index: lower case, accents folded ("café" finds "cafe"), letters and digits only.
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const MAX_WORD = 40;
/** Words per article kept in the index: enough for any article, bounded for a pathological page. */
export const MAX_TERMS = 4000;

export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The words of `text`, in order, normalized (duplicates kept). */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/** Unique index terms of the given texts (words of 2+ characters, numbers of any length). */
export function uniqueTerms(...texts: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of tokenize(text)) {
      if (word.length < 2 && !/\d/.test(word)) continue;
      seen.add(word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word);
      if (seen.size >= MAX_TERMS) return [...seen];
    }
  }
  return [...seen];
}
