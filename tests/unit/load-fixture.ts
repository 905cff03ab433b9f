// The fixture-folder runner's view of tests/fixtures/pages (one loader for all: fixture-pages.ts).
import { JSDOM, VirtualConsole } from 'jsdom';
import { FIXTURE_DIR, fixtures, fold, type FixtureExpected } from './fixture-pages';

export const PAGES = FIXTURE_DIR;
export type Expected = FixtureExpected;
export { fold };

export function fixtureNames(): string[] {
  return fixtures().map((f) => f.name).sort();
}

export function loadFixture(name: string): { dom: JSDOM; expected: Expected; html: string } {
  const fixture = fixtures().find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture page named ${name}`);
  const dom = new JSDOM(fixture.html, { url: fixture.expected.url, virtualConsole: new VirtualConsole() });
  return { dom, expected: fixture.expected, html: fixture.html };
}
