// Every fixture page in tests/fixtures/pages runs through the whole pipeline (as the CLI and the extension do),
// and must keep what its expected.json says is article and drop what it says is clutter.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';
import { fixtureNames, fold, loadFixture } from './load-fixture';

describe.each(fixtureNames())('fixture %s', (name) => {
  const { dom, expected } = loadFixture(name);
  const result = extractArticle(dom.window.document, expected.url, { window: dom.window as unknown as Window, force: true });
  const text = fold(result.textContent);

  if (expected.isArticle !== undefined) {
    it(`is ${expected.isArticle ? '' : 'not '}detected as an article`, () => {
      const gated = extractArticle(dom.window.document, expected.url, { window: dom.window as unknown as Window });
      expect(gated.isArticle).toBe(expected.isArticle);
    });
  }
  if (expected.title) it('has the title without the site name', () => expect(result.title).toBe(expected.title));
  if (expected.byline) it('has the byline', () => expect(result.byline).toBe(expected.byline));
  if (expected.published) it('has the publication date', () => expect(result.publishedTime?.slice(0, 10)).toBe(expected.published));
  if (expected.lang && expected.isArticle !== false) it('has the language', () => expect(result.lang?.slice(0, 2)).toBe(expected.lang));
  for (const snippet of expected.mustInclude ?? []) {
    it(`keeps "${snippet.slice(0, 50)}"`, () => expect(text).toContain(fold(snippet)));
  }
  for (const snippet of expected.mustExclude ?? []) {
    it(`drops "${snippet.slice(0, 50)}"`, () => expect(text.toLowerCase()).not.toContain(fold(snippet).toLowerCase()));
  }
  for (const [snippet, max] of Object.entries(expected.maxOccurrences ?? {})) {
    it(`has "${snippet.slice(0, 40)}" at most ${max} times`, () => {
      const all = `${result.leadImage?.caption ?? ''} ${text}`;
      expect(all.split(fold(snippet)).length - 1).toBeLessThanOrEqual(max);
    });
  }
  for (const src of expected.imageSrcIncludes ?? []) {
    it(`keeps the image ${src}`, () => {
      const inBody = result.contentHtml.includes(src);
      const asLead = result.leadImage?.src.includes(src) ?? false;
      expect(inBody || asLead).toBe(true);
    });
  }
});
