// In-page cleanup on the live page: ad slots, ad labels and scroll interstitials are hidden with a marker and a
// stylesheet (nothing removed), article text is never hidden, and turning it off puts everything back.
import { describe, expect, it } from 'vitest';
import { HIDE_ATTR, findLiveClutter, hideLiveClutter, showLiveClutter } from '../../lib/extract/live-cleanup';
import { loadPage } from './fixture-pages';

const PAGE = `<html><head></head><body><article>
<p>Banjir rob kembali merendam permukiman di pesisir utara Jakarta sejak Kamis pagi, kata warga setempat.</p>
<div class="parallax-ads"><p class="label">ADVERTISEMENT</p><div id="div-gpt-ad-123"></div><p>SCROLL TO RESUME CONTENT</p></div>
<p>Iklan di halte bus akan dipindahkan ke dinding stasiun mulai bulan depan, ujar pejabat dinas.</p>
<div class="ads"><ins class="adsbygoogle"></ins></div>
</article></body></html>`;

describe('in-page cleanup', () => {
  it('finds ad slots, labels and interstitials but never article text', () => {
    const { doc } = loadPage(PAGE, 'https://kabarpagi.example/berita/1');
    const found = findLiveClutter(doc).map((el) => el.textContent ?? '');
    expect(found.join(' ')).toContain('ADVERTISEMENT');
    expect(found.join(' ')).toContain('SCROLL TO RESUME CONTENT');
    expect(found.join(' ')).not.toContain('Iklan di halte');
    expect(found.join(' ')).not.toContain('Banjir rob');
  });
  it('hides with a marker and a stylesheet, and undoes it completely', () => {
    const { doc } = loadPage(PAGE, 'https://kabarpagi.example/berita/1');
    const before = doc.body.innerHTML;
    expect(hideLiveClutter(doc)).toBeGreaterThanOrEqual(2);
    expect(doc.querySelector('ins.adsbygoogle')?.closest(`[${HIDE_ATTR}]`)).not.toBeNull();
    expect(doc.getElementById('baca-inpage-cleanup')?.textContent).toContain('display:none');
    expect(doc.body.textContent).toContain('SCROLL TO RESUME CONTENT');
    showLiveClutter(doc);
    expect(doc.querySelectorAll(`[${HIDE_ATTR}]`)).toHaveLength(0);
    expect(doc.getElementById('baca-inpage-cleanup')).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });
});
