// Paragraphs wrapped one by one in stacks of <div>s (component-built news pages): a paragraph with a link in it must
// not be lost, and a wrapped link list must still go.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';
import { collapseWrapperChains } from '../../lib/extract/unwrap';
import { fold, loadPage } from './fixture-pages';

const URL = 'https://news.example.org/world/harbour-bridge-reopens';

const prose = (i: number) =>
  `The harbour bridge carried ${i * 1000} vehicles on its first morning back in service, officials said, after ` +
  `eleven months of repairs to the cables, the deck and the approach ramps on both banks of the river.`;

function wrapped(inner: string): string {
  return `<div class="blk-text"><div class="blk-inner"><div class="blk-col">${inner}</div></div></div>`;
}

function page(extra: string): string {
  const body = [1, 2, 3, 4, 5, 6].map((i) => wrapped(`<p>${prose(i)}</p>`)).join('') + extra;
  return `<!doctype html><html lang="en"><head><title>Harbour bridge reopens</title>
    <meta property="og:type" content="article"></head><body><main><article>
    <h1>Harbour bridge reopens after eleven months</h1>${body}</article></main></body></html>`;
}

function extract(html: string) {
  const { doc, win } = loadPage(html, URL);
  return fold(extractArticle(doc, URL, { window: win, force: true }).textContent);
}

describe('wrapper chains around one paragraph', () => {
  it('keeps a wrapped paragraph whose link covers a third of it', () => {
    const linked = wrapped('<p>Commuters had used <a href="/ferry">the temporary ferry service across the river</a> ' +
      'since the closure, and most said they would go back to driving.</p>');
    expect(extract(page(linked))).toContain('since the closure, and most said they would go back to driving.');
  });

  it('still drops a wrapped paragraph that is only a link to another story', () => {
    const teaser = wrapped('<p><a href="/other">Tunnel plans delayed again as costs double for the city</a></p>');
    expect(extract(page(teaser))).not.toContain('Tunnel plans delayed again');
  });

  it('moves the wrappers\u2019 class and id onto the paragraph', () => {
    const { doc } = loadPage('<body><div id="w" class="a"><div class="b"><p class="c">Read ' +
      '<a href="/x">the full report</a> from the inspectors.</p></div></div></body>', URL);
    expect(collapseWrapperChains(doc.body)).toBe(2);
    const p = doc.querySelector('p')!;
    expect(p.parentElement).toBe(doc.body);
    expect(p.className).toBe('a b c');
    expect(p.id).toBe('w');
  });

  it('leaves wrappers of link-free paragraphs and of several children alone', () => {
    const { doc } = loadPage('<body><div class="a"><p>Plain running text with no link at all in it.</p></div>' +
      '<div class="b"><p>One <a href="/y">link</a> here.</p><p>Second paragraph.</p></div></body>', URL);
    expect(collapseWrapperChains(doc.body)).toBe(0);
    expect(doc.querySelectorAll('body > div')).toHaveLength(2);
  });
});
