// Metadata: visible datelines become ISO times with their zone, by-lines come from the page when the metadata has
// none, titles lose the site suffix.
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../lib/extract/dates';
import { extractMetadata, normalizeDate } from '../../lib/extract/metadata';
import { bylineFromPage, datelineFromPage } from '../../lib/extract/page-credits';
import { cleanTitle } from '../../lib/extract/title';
import { loadPage } from './fixture-pages';

describe('parseDateline', () => {
  it.each([
    ['Kamis, 5 Februari 2026 - 15:04 WIB', '2026-02-05T15:04:00+07:00'],
    ['Kamis, 05 Feb 2026 15:04 WIB', '2026-02-05T15:04:00+07:00'],
    ['Senin, 12 Jan 2026 08:30 WITA', '2026-01-12T08:30:00+08:00'],
    ['Selasa, 3 Maret 2026 19:00 WIT', '2026-03-03T19:00:00+09:00'],
    ['Kompas.com - 05/02/2026, 09:15 WIB', '2026-02-05T09:15:00+07:00'],
    ['Friday, 22 Nov 2024 4:55 PM MYT', '2024-11-22T16:55:00+08:00'],
    ['Khamis, 5 Februari 2026 3:04 PTG', '2026-02-05T15:04:00'],
    ['Published February 5, 2026 at 11:30 a.m. EST', '2026-02-05T11:30:00-05:00'],
    ['Stand: 26.04.2024, 20:44 Uhr', '2024-04-26T20:44:00'],
    ['5 mars 2026', '2026-03-05'],
  ])('%s → %s', (text, iso) => expect(parseDateline(text)).toBe(iso));
  it.each(['3 jam yang lalu', 'Rp 5.000', 'Halaman 2 dari 3', '31 Februarx 2026'])('reads no date from "%s"', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
  it('normalizeDate keeps ISO values and reads datelines', () => {
    expect(normalizeDate('2026-02-05T15:04:00+07:00')).toBe('2026-02-05T15:04:00+07:00');
    expect(normalizeDate('Rabu, 04 Feb 2026 14:20 WIB')).toBe('2026-02-04T14:20:00+07:00');
  });
});

describe('by-lines and datelines on the page', () => {
  it('takes the name out of "Oleh …" and drops the agency after a dash', () => {
    const { doc } = loadPage('<body><div class="byline">Oleh Rina Kusumawati - kabarpagiNews</div><p>Teks.</p></body>', 'https://x.example/a');
    expect(bylineFromPage(doc)).toBe('Rina Kusumawati');
  });
  it('ignores a by-line that is a link address or a sentence', () => {
    const { doc } = loadPage('<body><span class="author">https://x.example/author/pauls/</span></body>', 'https://x.example/a');
    expect(bylineFromPage(doc)).toBeNull();
  });
  it('reads the visible dateline when there is no date metadata', () => {
    const { doc } = loadPage('<body><div class="detail__date">Rabu, 04 Feb 2026 14:20 WIB</div></body>', 'https://x.example/a');
    expect(datelineFromPage(doc)).toBe('2026-02-04T14:20:00+07:00');
    expect(extractMetadata(doc, doc.URL).publishedTime).toBe('2026-02-04T14:20:00+07:00');
  });
  it('prefers JSON-LD over what the page shows', () => {
    const { doc } = loadPage('<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2026-01-01T10:00:00+07:00","author":{"name":"Ayu"}}</script></head>' +
      '<body><div class="byline">Oleh Budi</div><div class="date">Kamis, 5 Februari 2026</div></body>', 'https://x.example/a');
    const m = extractMetadata(doc, doc.URL);
    expect(m.byline).toBe('Ayu');
    expect(m.publishedTime).toBe('2026-01-01T10:00:00+07:00');
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Banjir Rob Rendam Pesisir - Kabar Pagi', 'Kabar Pagi', 'Banjir Rob Rendam Pesisir'],
    ['Harga Cabai Naik | Kompas.com', null, 'Harga Cabai Naik'],
    ['detikNews | Gempa Guncang Maluku', 'detikNews', 'Gempa Guncang Maluku'],
    ['Rückschlag im Titelkampf - Liverpool verliert bei Everton', 'sportschau.de', 'Rückschlag im Titelkampf - Liverpool verliert bei Everton'],
  ])('%s', (title, site, expected) => expect(cleanTitle(title, '', site)).toBe(expected));
});
