// A compact inverted index for full-text search over thousands of whole articles: a sorted vocabulary and one typed
// array of postings (article numbers). A whole-body MiniSearch index of 10,000 articles needs hundreds of MB and
// seconds to load; this one is a few MB, loads as two ArrayBuffers and answers a prefix query in milliseconds.
import { tokenize } from './tokens';

export interface IndexSnapshot {
  format: 1;
  /** Entries saved or updated up to this time are in the snapshot. */
  upTo: number;
  ids: string[];
  vocab: string;
  offsets: Uint32Array;
  postings: Uint32Array;
}

interface Frozen {
  vocab: string[];
  offsets: Uint32Array;
  postings: Uint32Array;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SearchIndex {
  private docs: string[] = [];
  private dead = new Set<number>();
  private byId = new Map<string, number>();
  private frozen: Frozen = { vocab: [], offsets: new Uint32Array(1), postings: new Uint32Array(0) };
  private fresh = new Map<string, number[]>();
  private freshVocab: string[] | null = [];
  upTo = 0;

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Index (or re-index) one article under `id` with its unique terms. */
  add(id: string, terms: string[]): void {
    this.remove(id);
    this.pending++;
    const doc = this.docs.push(id) - 1;
    this.byId.set(id, doc);
    for (const term of terms) {
      let list = this.fresh.get(term);
      if (!list) {
        this.fresh.set(term, (list = []));
        this.freshVocab = null;
      }
      list.push(doc);
    }
  }

  remove(id: string): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    this.dead.add(doc);
    this.byId.delete(id);
    this.pending++;
  }

  /** Additions and removals since the last snapshot (store a new one when this grows). */
  pending = 0;

  private eachPosting(prefix: string, visit: (doc: number) => void): void {
    const { vocab, offsets, postings } = this.frozen;
    for (let t = lowerBound(vocab, prefix); t < vocab.length && vocab[t]!.startsWith(prefix); t++) {
      for (let p = offsets[t]!; p < offsets[t + 1]!; p++) visit(postings[p]!);
    }
    if (!this.fresh.size) return;
    this.freshVocab ??= [...this.fresh.keys()].sort();
    const fv = this.freshVocab;
    for (let t = lowerBound(fv, prefix); t < fv.length && fv[t]!.startsWith(prefix); t++) {
      for (const doc of this.fresh.get(fv[t]!)!) visit(doc);
    }
  }

  /** Ids of the articles containing every word of `query` (each word may be the start of a longer word). */
  search(query: string): string[] {
    const words = [...new Set(tokenize(query))];
    if (!words.length) return [];
    const count = new Uint16Array(this.docs.length);
    words.forEach((word, i) => {
      this.eachPosting(word, (doc) => {
        if (count[doc] === i) count[doc] = i + 1;
      });
    });
    const out: string[] = [];
    for (let doc = 0; doc < count.length; doc++) {
      if (count[doc] === words.length && !this.dead.has(doc)) out.push(this.docs[doc]!);
    }
    return out;
  }

  /** Fold everything into the compact form and return it, ready to store. */
  snapshot(upTo = this.upTo): IndexSnapshot {
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const ids: string[] = [];
    this.docs.forEach((id, doc) => {
      if (!this.dead.has(doc)) renumber[doc] = ids.push(id) - 1;
    });
    const lists = new Map<string, number[]>();
    const push = (term: string, doc: number) => {
      const d = renumber[doc]!;
      if (d < 0) return;
      let l = lists.get(term);
      if (!l) lists.set(term, (l = []));
      l.push(d);
    };
    const { vocab, offsets, postings } = this.frozen;
    vocab.forEach((term, t) => {
      for (let p = offsets[t]!; p < offsets[t + 1]!; p++) push(term, postings[p]!);
    });
    for (const [term, docs] of this.fresh) for (const d of docs) push(term, d);
    const terms = [...lists.keys()].sort();
    const newOffsets = new Uint32Array(terms.length + 1);
    let total = 0;
    terms.forEach((term, t) => {
      newOffsets[t] = total;
      total += lists.get(term)!.length;
    });
    newOffsets[terms.length] = total;
    const newPostings = new Uint32Array(total);
    terms.forEach((term, t) => newPostings.set(lists.get(term)!, newOffsets[t]!));
    this.docs = ids;
    this.byId = new Map(ids.map((id, i) => [id, i]));
    this.dead.clear();
    this.fresh.clear();
    this.freshVocab = [];
    this.frozen = { vocab: terms, offsets: newOffsets, postings: newPostings };
    this.pending = 0;
    this.upTo = upTo;
    return { format: 1, upTo, ids, vocab: terms.join('\n'), offsets: newOffsets, postings: newPostings };
  }

  static fromSnapshot(s: IndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.docs = [...s.ids];
    index.byId = new Map(s.ids.map((id, i) => [id, i]));
    index.frozen = { vocab: s.vocab ? s.vocab.split('\n') : [], offsets: s.offsets, postings: s.postings };
    index.upTo = s.upTo;
    return index;
  }
}
