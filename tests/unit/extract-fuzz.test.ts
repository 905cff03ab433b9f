// @vitest-environment jsdom
// Seeded fuzz: thousands of generated hostile pages (ids, classes and attribute values full of quotes, brackets,
// backslashes, selector syntax and unicode; broken markup; clobbering names; junk JSON-LD) through the whole
// pipeline. extractArticle must always return an Article, whatever the page, and any stage that failed is named.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';
import { generator } from '../fixtures/hostile/fuzz-pages';

const CASES = 1000;
const SEED = 0x5eed_ba6a;

const STAGES = new Set(['metadata', 'detection', 'images', 'declutter', 'readability', 'cleanup', 'standfirst', 'lead-image']);

describe('extractArticle on generated hostile pages', () => {
  it(`returns an Article for each of ${CASES} pages (seed ${SEED.toString(16)})`, () => {
    const next = generator(SEED);
    const parser = new DOMParser();
    const thrown: string[] = [];
    let withText = 0;
    for (let i = 0; i < CASES; i++) {
      const html = next();
      const doc = parser.parseFromString(html, 'text/html');
      try {
        const a = extractArticle(doc, `https://fuzz.test/news/${i}/page`, { force: i % 2 === 0, window });
        expect(typeof a.contentHtml).toBe('string');
        expect(typeof a.textContent).toBe('string');
        expect(a.contentHtml).not.toMatch(/<script/i);
        for (const f of a.failures ?? []) expect(STAGES.has(f.stage)).toBe(true);
        if (a.textContent) withText++;
      } catch (err) {
        thrown.push(`case ${i}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    expect(thrown.slice(0, 5)).toEqual([]);
    // The generator makes real articles too: most forced pages have text, so the pipeline ran end to end.
    expect(withText).toBeGreaterThan(CASES / 4);
  }, 300_000);
});
