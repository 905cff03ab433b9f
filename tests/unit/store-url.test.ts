import { describe, expect, it } from 'vitest';
import { articleKeys, canonicalUrl } from '../../lib/store/url';

const CASES: { title: string; input: string; expected: string | null }[] = [
  { title: 'utm parameters go', input: 'https://news.example/a/b?utm_source=x&utm_medium=y', expected: 'https://news.example/a/b' },
  { title: 'click ids go, real parameters stay sorted', input: 'https://news.example/read?id=7&fbclid=abc&page=2&gclid=z', expected: 'https://news.example/read?id=7&page=2' },
  { title: 'fragment and default port go', input: 'https://news.example:443/a#comments', expected: 'https://news.example/a' },
  { title: 'host is lower-cased', input: 'https://NEWS.Example/Path', expected: 'https://news.example/Path' },
  { title: 'trailing slash of a path goes', input: 'https://news.example/2026/02/story/', expected: 'https://news.example/2026/02/story' },
  { title: 'root stays', input: 'https://news.example/', expected: 'https://news.example/' },
  { title: 'not the web', input: 'javascript:alert(1)', expected: null },
  { title: 'garbage', input: 'not a url', expected: null },
];

describe('canonicalUrl', () => {
  for (const c of CASES) it(c.title, () => expect(canonicalUrl(c.input)).toBe(c.expected));
});

describe('articleKeys', () => {
  it('uses rel=canonical on the same site', () => {
    expect(articleKeys('https://m.news.example/a?utm_source=t', 'https://m.news.example/a-canonical')?.key).toBe('https://m.news.example/a-canonical');
  });
  it('ignores a canonical pointing at the home page or another site', () => {
    expect(articleKeys('https://news.example/a', 'https://news.example/')?.key).toBe('https://news.example/a');
    expect(articleKeys('https://news.example/a', 'https://other.example/a')?.key).toBe('https://news.example/a');
  });
  it('knows the page under both addresses', () => {
    expect(articleKeys('https://news.example/a?utm_campaign=x', 'https://news.example/b')?.urls.sort()).toEqual(['https://news.example/a', 'https://news.example/b']);
  });
});
