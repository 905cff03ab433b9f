// Every declutter rule: a block it must remove, and a look-alike it must leave alone (a paragraph that mentions
// "advertisement" in prose stays). Rules run on a page with enough real text around them, as on a news site.
import { describe, expect, it } from 'vitest';
import { declutter } from '../../lib/extract/declutter';
import { loadPage } from './fixture-pages';

const PROSE = '<p>The harbour authority said on Tuesday that repairs to the northern pier would take at least six months, ' +
  'and that fishing boats would be moved to the southern basin while divers inspect the foundations.</p>';

interface Case {
  rule: string;
  /** Markup the rule must take out (its text must be gone). */
  fixes: string;
  gone: string;
  /** Markup it must not hurt (its text must stay). */
  spares: string;
  kept: string;
}

const CASES: Case[] = [
  { rule: 'share-bar (id, not a heading anchor)', fixes: '<div id="social-share-links"><a href="/f">Facebook</a> <a href="/x">Post on X</a></div>', gone: 'Post on X',
    spares: '<h2 id="why-use-social-shopping">Why use social shopping?</h2>', kept: 'Why use social shopping?' },
  { rule: 'ad container (not a UUID or a style hash)', fixes: '<div class="ad-wrapper"><span>Promoted link</span><a href="https://ads.example/x">Buy now</a></div>', gone: 'Promoted link',
    spares: '<p id="user-content-block-ddd261f2-56d7-4daf-ad66-f086977fc075" class="css-ad3kfq">In general, there are some broad considerations that you should make when looking at rankings.</p>',
    kept: 'broad considerations' },
  { rule: 'ad-slot', fixes: '<div><ins class="adsbygoogle" data-ad-slot="1">ad frame</ins></div>', gone: 'ad frame',
    spares: '<p>The <ins>inserted</ins> words of an edited text stay where they are in the article.</p>', kept: 'inserted' },
  { rule: 'ad-label (id)', fixes: '<div class="box"><p>IKLAN</p><div id="x"></div></div>', gone: 'IKLAN',
    spares: '<p>Iklan rokok dilarang tayang di televisi sebelum pukul 21.30, kata pejabat kementerian kemarin.</p>', kept: 'Iklan rokok dilarang' },
  { rule: 'ad-label (en)', fixes: '<p class="label">- ADVERTISEMENT -</p>', gone: 'ADVERTISEMENT',
    spares: '<p>The advertisement, which ran for three weeks, was withdrawn after complaints from parents.</p>', kept: 'The advertisement, which ran' },
  { rule: 'ad-label (de)', fixes: '<div><span>Anzeige</span></div>', gone: 'Anzeige',
    spares: '<p>Die Polizei nahm eine Anzeige wegen Sachbeschädigung auf, teilte ein Sprecher mit.</p>', kept: 'nahm eine Anzeige' },
  { rule: 'interstitial (en)', fixes: '<div class="wrap"><p>SCROLL TO RESUME CONTENT</p></div>', gone: 'SCROLL TO RESUME',
    spares: '<p>Readers who scroll to resume content on a phone often lose their place, the study found in a survey of 2,000 people.</p>', kept: 'study found' },
  { rule: 'interstitial (ca)', fixes: '<p>Story continues below advertisement</p>', gone: 'Story continues below',
    spares: '<p>The story continues below the surface: the mine was flooded twice before the company admitted it.</p>', kept: 'the mine was flooded' },
  { rule: 'interstitial (id)', fixes: '<div><span>Lanjutkan membaca</span></div>', gone: 'Lanjutkan membaca',
    spares: '<p>Lanjutkan membaca buku itu, pesan sang guru kepada murid-muridnya sebelum liburan panjang dimulai pekan depan.</p>', kept: 'pesan sang guru' },
  { rule: 'read-also (p + link)', fixes: '<p><strong>Baca juga:</strong> <a href="/x">Harga Beras Naik Lagi</a></p>', gone: 'Harga Beras Naik',
    spares: '<p>Baca juga petunjuk pemakaian sebelum menyalakan alat, kata petugas yang memeriksa pompa air di lokasi.</p>', kept: 'petunjuk pemakaian' },
  { rule: 'read-also (no colon)', fixes: '<p>BACA JUGA <a href="/y">Tol Cipali Macet Parah</a></p>', gone: 'Tol Cipali',
    spares: '<p>Never drop a block because it <a href="/z">holds a link</a>: this paragraph has one and is article text all the same.</p>', kept: 'holds a link' },
  { rule: 'read-also (table box)', fixes: '<table class="box"><tr><td><b>Lihat juga:</b> <a href="/v">Video Banjir di Kemang</a></td></tr></table>', gone: 'Video Banjir',
    spares: '<table><tr><th>Kota</th><th>Curah hujan</th></tr><tr><td>Bogor</td><td>120 mm</td></tr></table>', kept: '120 mm' },
  { rule: 'read-also (list headed)', fixes: '<div><h4>Read also</h4><ul><li><a href="/1">Storm closes schools</a></li><li><a href="/2">Pier repairs delayed</a></li></ul></div>', gone: 'Storm closes schools',
    spares: '<p>The report lists three steps:</p><ul><li>raise the sea wall by a metre</li><li>move the fuel depot inland</li></ul>', kept: 'raise the sea wall' },
  { rule: 'read-also (de)', fixes: '<p><strong>Lesen Sie auch:</strong> <a href="/w">Wohngeld steigt</a></p>', gone: 'Wohngeld steigt',
    spares: '<p>Lesen Sie auch das Kleingedruckte, rät die Verbraucherzentrale allen Mietern vor der Unterschrift.</p>', kept: 'Kleingedruckte' },
  { rule: 'read-also (fr)', fixes: '<p>À lire aussi : <a href="/f">La réforme des retraites</a></p>', gone: 'La réforme des retraites',
    spares: '<p>À lire aussi entre les lignes, ce discours annonce un changement de cap pour le gouvernement.</p>', kept: 'entre les lignes' },
  { rule: 'read-also (es)', fixes: '<p><b>Lee también:</b> <a href="/e">Sequía en Málaga</a></p>', gone: 'Sequía en Málaga',
    spares: '<p>Lee también los contratos con atención, recomendó el abogado durante la audiencia pública.</p>', kept: 'recomendó el abogado' },
  { rule: 'related (en prose)', fixes: '<p>Related: <a href="/r">Budget gap widens</a></p>', gone: 'Budget gap widens',
    spares: '<p>Related to the repairs, the council also approved a new ferry timetable for the summer season.</p>', kept: 'new ferry timetable' },
  { rule: 'share bar', fixes: '<div class="tools">Bagikan: <a href="#">facebook</a> <a href="#">twitter</a> <a href="#">whatsapp</a> <span>URL berhasil dicopy</span></div>', gone: 'URL berhasil dicopy',
    spares: '<p>Facebook and Twitter were both fined by the regulator last year for failing to remove scam adverts quickly.</p>', kept: 'fined by the regulator' },
  { rule: 'share bar (link alone)', fixes: '<div><a href="#">Share</a> <a href="#">Email</a></div>', gone: 'Email',
    spares: '<p><a href="/doc.pdf">link</a></p>', kept: 'link' },
  { rule: 'promo (WhatsApp channel)', fixes: '<div class="box"><p>Mari bergabung di Saluran WhatsApp Kabar Pagi: <a href="/wa">klik di sini</a></p></div>', gone: 'Saluran WhatsApp',
    spares: '<p>Pemerintah meminta warga tidak menyebarkan kabar bohong melalui grup percakapan. Menurut kementerian, saluran WhatsApp resmi hanya satu dan sudah terverifikasi sejak tahun lalu.</p>', kept: 'saluran WhatsApp resmi' },
  { rule: 'promo (newsletter form)', fixes: '<aside><h3>Newsletter</h3><p>Sign up for our daily briefing.</p><form><input type="email"><button>Go</button></form></aside>', gone: 'daily briefing',
    spares: '<p>The newsletter, founded in 1998 by two retired teachers, now reaches 40,000 readers in the valley every week.</p>', kept: 'two retired teachers' },
  { rule: 'promo (newsletter sign-up link)', fixes: '<div class="box"><p>Get the newsletter: <a href="/signup">the morning briefing in your inbox</a></p></div>', gone: 'morning briefing',
    spares: '<ul><li><a href="https://aiedge.example">The AiEdge</a>, by Damien Benveniste, whose background includes a PhD in physics and machine learning. His newsletter goes deep into ML engineering.</li></ul>',
    kept: 'His newsletter goes deep' },
  { rule: 'list heading (Berita Terkait)', fixes: '<section><h2>Berita Terkait</h2><ul><li><a href="/1">Satu</a></li><li><a href="/2">Dua judul berita</a></li></ul></section>', gone: 'Dua judul berita',
    spares: '<h2>Trending</h2><p>Trending searches this week were dominated by the storm and by questions about school closures across the region.</p>', kept: 'dominated by the storm' },
  { rule: 'tags', fixes: '<div class="post-tags">Tags: <a href="/t/1">banjir</a>, <a href="/t/2">jakarta</a></div>', gone: 'banjir',
    spares: '<p>Tags on the ear of each cow let the vets follow the herd across the border, the ministry said.</p>', kept: 'Tags on the ear' },
  { rule: 'comments', fixes: '<div id="comments"><h3>3 comments</h3><p>Great article, thanks for writing it!</p></div>', gone: 'Great article',
    spares: '<p>Comments from residents will be collected until March, the planning office said in a statement.</p>', kept: 'Comments from residents' },
  { rule: 'cookie banner', fixes: '<div class="cookie-notice"><p>We use cookies.</p><button>Accept</button></div>', gone: 'We use cookies',
    spares: '<p>The bakery sold 4,000 cookies on the first day, the owner said.</p>', kept: '4,000 cookies' },
  { rule: 'consent platform box (not Adobe components)', fixes: '<div class="qc-cmp2-container"><p>We value your privacy and use cookies.</p><button>Agree</button></div>', gone: 'We value your privacy',
    spares: '<div class="cmp-container"><div class="cmp-text"><p>While coffee is known to have originated in the highlands of Ethiopia, the story of its discovery is steeped in legend.</p></div></div>',
    kept: 'steeped in legend' },
  { rule: 'credit line', fixes: '<p>Penulis: Rina Kusumawati | Editor: Dita</p>', gone: 'Penulis:',
    spares: '<p>Penulis buku itu menghabiskan sepuluh tahun untuk meneliti arsip kolonial di Leiden dan Jakarta.</p>', kept: 'Penulis buku itu' },
  { rule: 'author bio at the end', fixes: '<div class="author-container"><a href="/staff/rina"><p>Rina Kusumawati</p></a>' +
      '<span>Reporter</span><div class="author-description">Covers the harbour and the city council since 2019.</div></div>',
    gone: 'Covers the harbour',
    spares: '<p>The author described the harbour as the city\u2019s oldest workplace in a book published last spring.</p>', kept: 'The author described' },
  { rule: 'ad-blocker notice', fixes: '<div class="alert"><strong>Readers with ad blockers:</strong> parts of this page may not ' +
      'load while an ad blocker is enabled; please disable your ad blocker to see the comments.</div>', gone: 'parts of this page',
    spares: '<div class="text"><p>Readers were told to disable your ad blocker in a banner, the survey found, and a third ' +
      'of them did so within a day.</p></div>', kept: 'a third of them did so' },
  { rule: 'external content placeholder', fixes: '<div class="embed-wrap"><p>Recommended content</p><p>Here you will find ' +
      'external content chosen by our editors.</p><input type="checkbox" id="e1"><label for="e1">Show external content</label>' +
      '<p>I agree to the display of external content; personal data may be sent to third parties.</p></div>',
    gone: 'chosen by our editors',
    spares: '<p>The museum will show external content from partner archives in a new hall, the director said.</p>', kept: 'partner archives' },
  { rule: 'embed leftover', fixes: '<p>[Gambas:Video 20detik]</p>', gone: 'Gambas',
    spares: '<p>[Catatan redaksi: artikel ini diperbarui pada pukul 16.00 WIB dengan keterangan dari kepolisian.]</p>', kept: 'Catatan redaksi' },
];

function page(block: string): Document {
  return loadPage(`<html><body><article>${PROSE}${block}${PROSE}</article></body></html>`, 'https://news.example/a/story-about-pier').doc;
}

describe.each(CASES)('rule $rule', (c) => {
  it('removes the block it is for, and logs why', () => {
    const doc = page(c.fixes);
    const log = declutter(doc, { url: doc.URL, lang: null });
    expect(doc.body.textContent).not.toContain(c.gone);
    expect(doc.body.textContent).toContain('northern pier');
    expect(log.blocks.length).toBeGreaterThan(0);
    expect(log.blocks.every((b) => b.reason && b.rule)).toBe(true);
  });
  it('leaves the look-alike alone', () => {
    const doc = page(c.spares);
    declutter(doc, { url: doc.URL, lang: null });
    expect(doc.body.textContent).toContain(c.kept);
  });
});

describe('keepRules', () => {
  it('keeps a kind of block the person chose to keep on this site', () => {
    const doc = page('<p><strong>Baca juga:</strong> <a href="/x">Harga Beras Naik Lagi</a></p>');
    const log = declutter(doc, { url: doc.URL, lang: null, keepRules: ['read-also'] });
    expect(doc.body.textContent).toContain('Harga Beras Naik Lagi');
    expect(log.blocks).toHaveLength(0);
  });
  it('collects "Penulis:" values as the byline', () => {
    const doc = page('<p>Penulis: Rina Kusumawati | Editor: Dita</p>');
    const log = declutter(doc, { url: doc.URL, lang: null });
    expect(log.credits[0]).toBe('Rina Kusumawati');
  });
});
