// Loads a fixture folder (source.html + expected.json, the corpus format) into a jsdom document.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export interface Expected {
  url: string;
  isArticle?: boolean;
  title?: string;
  byline?: string;
  published?: string;
  lang?: string;
  text?: string;
  mustInclude?: string[];
  mustExclude?: string[];
  mustExcludeWords?: string[];
  maxOccurrences?: Record<string, number>;
  imageSrcIncludes?: string[];
}

export function fixtureNames(root = PAGES): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

export function loadFixture(name: string, root = PAGES): { dom: JSDOM; expected: Expected; html: string } {
  const html = readFileSync(join(root, name, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
  return { dom: new JSDOM(html, { url: expected.url }), expected, html };
}

/** Whitespace folded, as the corpus README scores snippets. */
export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
