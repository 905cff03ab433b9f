// Fixture pages (tests/fixtures/pages/<case>/source.html + expected.json) loaded into jsdom for unit tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/pages');

export interface FixtureExpected {
  url: string;
  isArticle?: boolean;
  title?: string;
  byline?: string;
  published?: string;
  lang?: string;
  mustInclude?: string[];
  mustExclude?: string[];
  mustExcludeWords?: string[];
  maxOccurrences?: Record<string, number>;
  imageSrcIncludes?: string[];
  multiPage?: boolean;
  pages?: { url: string; file: string }[];
}

export interface Fixture {
  name: string;
  dir: string;
  expected: FixtureExpected;
  html: string;
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => existsSync(join(FIXTURE_DIR, name, 'expected.json')) && existsSync(join(FIXTURE_DIR, name, 'source.html')))
    .map((name) => ({
      name,
      dir: join(FIXTURE_DIR, name),
      expected: JSON.parse(readFileSync(join(FIXTURE_DIR, name, 'expected.json'), 'utf8')) as FixtureExpected,
      html: readFileSync(join(FIXTURE_DIR, name, 'source.html'), 'utf8'),
    }));
}

/** A page in its own jsdom window, as a browser would load it from `url`. */
export function loadPage(html: string, url: string): { doc: Document; win: Window } {
  const { window } = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { doc: window.document, win: window as unknown as Window };
}

export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
