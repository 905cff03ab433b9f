// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { RemovedPanel } from '../../components/RemovedPanel';
import { blockDisplayText, isEmptyBlock, putBlockBack, takeBlockOut } from '../../components/restore-block';
import { loadKeepRules } from '../../lib/store/keep-rules';
import type { Article, RemovedBlock } from '../../lib/types';

const block = (id: string, reason: RemovedBlock['reason'], html: string, text = html.replace(/<[^>]+>/g, '')): RemovedBlock =>
  ({ id, reason, rule: reason, text, html });

const readAlso = block('r1', 'read-also', '<p><strong>Baca juga:</strong><a href="https://kabarpagi.example/b">Tanggul Laut</a></p>');
const hostile = block('r2', 'promo', '<div>Ikuti kami<img src="x" onerror="alert(1)"><script>alert(2)</script></div>', 'Ikuti kami');
const emptySlot = block('r3', 'ad', '<div id="div-gpt-ad-1"></div>', '');

function article(removed: RemovedBlock[]): Article {
  return {
    url: 'https://www.kabarpagi.example/berita/1', canonicalUrl: '', title: 'Judul', byline: null, siteName: null,
    publishedTime: null, modifiedTime: null, lang: 'id', dir: null, excerpt: null, leadImage: null,
    contentHtml: '<p>Isi.</p>', textContent: 'Isi.', wordCount: 1, readingMinutes: 1, removed,
  };
}

describe('restoring blocks', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div class="article-body"><p>Isi.</p></div>';
  });

  it('reads a block as words, with spaces between elements', () => {
    expect(blockDisplayText(readAlso)).toBe('Baca juga: Tanggul Laut');
    expect(isEmptyBlock(emptySlot)).toBe(true);
    expect(isEmptyBlock(block('r4', 'duplicate', '<figure><img src="https://a.example/x.png"></figure>', ''))).toBe(false);
  });

  it('puts a block back as sanitized DOM at the end of the article, once, and takes it out again', () => {
    const el = putBlockBack(hostile, 'Put back')!;
    expect(document.querySelector('.article-body')!.lastElementChild).toBe(el);
    expect(el.innerHTML).not.toMatch(/script|onerror|alert/);
    expect(el.textContent).toContain('Ikuti kami');
    expect(putBlockBack(hostile, 'Put back')).toBe(el);
    expect(document.querySelectorAll('.restored-block')).toHaveLength(1);
    takeBlockOut('r2');
    expect(document.querySelector('.restored-block')).toBeNull();
  });

  it('the panel lists blocks with reasons, counts empty slots, puts back with one click and remembers a kind per site', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const restoredIds: string[] = [];
    await act(() => render(<RemovedPanel article={article([readAlso, hostile, emptySlot])} onRestore={(_h, id) => restoredIds.push(id)} />, host));
    expect(host.querySelector('.removed-toggle')!.textContent).toBe('removedTitle');
    expect(host.querySelectorAll('.removed-item')).toHaveLength(2);
    expect(host.querySelector('.removed-empty')).not.toBeNull();
    expect(host.querySelector('#removed-list')!.hasAttribute('hidden')).toBe(true);
    await act(() => (host.querySelector('.removed-toggle') as HTMLButtonElement).click());
    expect(host.querySelector('#removed-list')!.hasAttribute('hidden')).toBe(false);

    const first = host.querySelector('.removed-item')!;
    expect(first.getAttribute('data-reason')).toBe('read-also');
    expect(first.querySelector('.removed-reason')!.textContent).toBe('removedReason_read_also');
    await act(() => (first.querySelector('.removed-restore') as HTMLButtonElement).click());
    expect(restoredIds).toEqual(['r1']);
    expect(document.querySelector('.article-body .restored-block a')!.getAttribute('href')).toBe('https://kabarpagi.example/b');
    expect(first.querySelector('.removed-restore')!.getAttribute('aria-pressed')).toBe('true');

    await act(async () => (first.querySelector('.removed-keep') as HTMLButtonElement).click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(await loadKeepRules()).toEqual({ 'kabarpagi.example': ['read-also'] });
    expect((first.querySelector('.removed-keep') as HTMLButtonElement).disabled).toBe(true);
    render(null, host);
  });

  it('shows nothing when nothing was removed', async () => {
    const host = document.createElement('div');
    await act(() => render(<RemovedPanel article={article([])} onRestore={() => undefined} />, host));
    expect(host.innerHTML).toBe('');
  });
});
