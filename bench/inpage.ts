// Bundled by bench/speed.ts and injected into the benchmark pages: Baca's pipeline and bare Readability, side by side.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/extract';

function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

(globalThis as unknown as { __bacaBench: unknown }).__bacaBench = (runs: number) => ({
  baca: time(() => extractArticle(document, location.href, { force: true, window }), runs),
  readability: time(() => new Readability(document.cloneNode(true) as Document).parse(), runs),
});
