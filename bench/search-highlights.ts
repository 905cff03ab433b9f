// A/B of the library's search index with and without the words of 20,000 highlights and notes, in one process,
// interleaved (the in-browser `npm run bench:library` is too noisy on a loaded machine to show a small difference).
// Prints p50 / p95 of one search-as-you-type keystroke (index.search of each prefix of the benchmark's queries).
import { SearchIndex } from '../lib/store/search-index';
import { termsOf } from '../lib/store/rows';
import { benchArticle, benchHighlights, NOTE_WORDS, VOCAB } from './library-data';
import { quantile } from './stats';

const TOTAL = Number(process.env.LIBRARY_BENCH_N ?? 10_000);
const plain = new SearchIndex();
const marked = new SearchIndex();
let highlights = 0;
for (let n = 0; n < TOTAL; n++) {
  const a = benchArticle(n);
  const hs = benchHighlights(n, a);
  highlights += hs.length;
  plain.add(`bench-${n}`, termsOf(a).split(' '));
  marked.add(`bench-${n}`, termsOf(a, hs).split(' '));
}
plain.snapshot();
marked.snapshot();
const queries = [`${VOCAB[40]} ${VOCAB[700]}`, VOCAB[3000]!, `${VOCAB[5]!.slice(0, 4)}`, `${VOCAB[120]} ${VOCAB[121]} ${VOCAB[900]}`,
  VOCAB[15000]!, `${VOCAB[2]} ${VOCAB[60]}`, NOTE_WORDS[17]!, `${NOTE_WORDS[400]!.slice(0, 5)}`];
const times: Record<'plain' | 'marked', number[]> = { plain: [], marked: [] };
const hits: Record<'plain' | 'marked', number[]> = { plain: [], marked: [] };
for (let round = 0; round < 5; round++) {
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      for (const [name, index] of [['plain', plain], ['marked', marked]] as const) {
        const start = performance.now();
        const r = index.search(q.slice(0, i));
        times[name].push(performance.now() - start);
        if (round === 0 && i === q.length) hits[name].push(r.length);
      }
    }
  }
}
console.log(`${TOTAL} articles, ${highlights} highlights; ${times.plain.length} keystrokes each, interleaved`);
for (const name of ['plain', 'marked'] as const) {
  console.log(`${name === 'plain' ? 'without highlight terms' : 'with highlight terms   '}  p50 ${quantile(times[name], 0.5).toFixed(2)} ms  p95 ${quantile(times[name], 0.95).toFixed(2)} ms  results ${hits[name].join(', ')}`);
}
