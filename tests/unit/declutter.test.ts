// Declutter on whole fixture pages: what was removed is logged with a reason and a rule (the reader lists it), and
// the clean-up after Readability drops lines that repeat the header (title, by-line, dateline) and repeated
// captions, while keeping the article's own text.
import { describe, expect, it } from 'vitest';
import { cleanupArticle, isDateLine } from '../../lib/extract/cleanup';
import { RemovalLog } from '../../lib/extract/removal-log';
import { extractArticle } from '../../lib/extract/extract';
import { fixtures, fold, loadPage } from './fixture-pages';

const byName = Object.fromEntries(fixtures().map((f) => [f.name, f]));

function run(name: string) {
  const f = byName[name]!;
  const { doc, win } = loadPage(f.html, f.expected.url);
  return extractArticle(doc, f.expected.url, { window: win, force: true });
}

describe('removal log on news pages', () => {
  it('names the reason and the rule of each removal (detik-like page)', () => {
    const a = run('id-detik-bus-listrik');
    const reasons = new Set((a.removed ?? []).map((b) => b.reason));
    for (const r of ['ad', 'interstitial', 'read-also', 'share', 'related', 'tags', 'consent']) expect(reasons, r).toContain(r);
    const readAlso = a.removed!.find((b) => b.text.includes('Tarif MRT'));
    expect(readAlso?.reason).toBe('read-also');
    expect(readAlso?.html).toContain('Tarif MRT');
  });
  it('turns "Penulis: …" into the byline and takes the line out of the text', () => {
    const a = run('id-kompas-cuaca-ekstrem');
    expect(a.byline).toBe('Agie Permadi');
    expect(fold(a.textContent)).not.toContain('Penulis:');
    expect(a.removed?.some((b) => b.rule === 'credit-line')).toBe(true);
  });
  it('keeps a paragraph that talks about advertising', () => {
    const a = run('en-transit-fares');
    expect(fold(a.textContent)).toContain('a new advertisement contract signed in January');
    expect(fold(a.textContent)).not.toMatch(/\bAdvertisement\b/);
  });
  it('drops nothing from a page that has no clutter in its body', () => {
    const f = byName['en-city-council']!;
    const { doc, win } = loadPage(f.html, f.expected.url);
    const bare = extractArticle(doc, f.expected.url, { window: win, force: true, declutter: false });
    const baca = extractArticle(doc, f.expected.url, { window: win, force: true });
    for (const s of f.expected.mustInclude ?? []) expect(fold(baca.textContent)).toContain(fold(s));
    expect(baca.wordCount).toBeGreaterThan(bare.wordCount * 0.8);
  });
});

describe('clean-up after Readability', () => {
  const article = (inner: string) => loadPage(`<body><div id="c">${inner}</div></body>`, 'https://x.example/a').doc.getElementById('c')!;
  const LONG = '<p>' + 'The council approved the budget after a long debate about bus routes and school repairs. '.repeat(3) + '</p>';

  it('drops the repeated title, the by-line, the dateline and the reading time at the top', () => {
    const root = article(`<h1>Pier repairs take six months</h1><p>By Maria Gonzalez</p><p>Kamis, 5 Februari 2026 - 15:04 WIB</p><p>3 min read</p>${LONG}`);
    const log = new RemovalLog();
    cleanupArticle(root, { url: '', lang: 'en', title: 'Pier repairs take six months', byline: 'Maria Gonzalez' }, log);
    expect(fold(root.textContent ?? '')).toBe(fold(LONG.replace(/<\/?p>/g, '')));
    expect(log.blocks.map((b) => b.rule)).toEqual(['title', 'byline', 'dateline', 'reading-time']);
  });
  it('keeps a short first paragraph that is a sentence, not a by-line', () => {
    const root = article(`<p>By noon the water had reached the town hall.</p>${LONG}`);
    cleanupArticle(root, { url: '', lang: 'en', title: 'x', byline: 'Someone Else' }, new RemovalLog());
    expect(root.textContent).toContain('By noon the water');
  });
  it('keeps a caption once', () => {
    const cap = 'Warga melintasi genangan rob di Muara Angke, Jakarta Utara.';
    const root = article(`<figure><img src="https://x.example/a.jpg"><figcaption>${cap}</figcaption></figure>${LONG}<figure><img src="https://x.example/a.jpg"><figcaption>${cap}</figcaption></figure>`);
    cleanupArticle(root, { url: '', lang: 'id' }, new RemovalLog());
    expect((root.textContent ?? '').split(cap).length - 1).toBe(1);
    expect(root.querySelectorAll('img')).toHaveLength(1);
  });
  it('drops an upper-case headline link to another story, keeps an upper-case sentence', () => {
    const root = article(`${LONG}<p><a href="/x"><strong>2 RESIDENTS ALLEGEDLY RAN SECRET STATION</strong></a></p><p>NASA SAID THE LAUNCH WOULD GO AHEAD.</p>${LONG}`);
    const log = new RemovalLog();
    cleanupArticle(root, { url: '', lang: 'en' }, log);
    expect(root.textContent).not.toContain('ALLEGEDLY RAN');
    expect(root.textContent).toContain('NASA SAID THE LAUNCH');
    expect(log.blocks.map((b) => b.rule)).toEqual(['caps-link']);
  });
  it('drops a heading that repeats another form of the title, keeps a different headline', () => {
    const ctx = { url: '', lang: 'en', title: 'Pier repairs will take six months', titles: ['Pier repairs will take six months, port says', 'Harbour news'] };
    const same = article(`<h2>Pier repairs will take six months, port says</h2>${LONG}`);
    cleanupArticle(same, ctx, new RemovalLog());
    expect(same.querySelector('h2')).toBeNull();
    const other = article(`<h2>So sind Straßenbahnen auf Hitzewellen vorbereitet</h2>${LONG}`);
    cleanupArticle(other, { ...ctx, titles: ['So sind Straßenbahnen auf Hitzewellen vorbereitet'] }, new RemovalLog());
    expect(other.querySelector('h2')).not.toBeNull();
  });
  it('tells datelines from sentences with numbers', () => {
    expect(isDateLine('stand: 26.04.2024, 20:44 uhr')).toBe(true);
    expect(isDateLine('friday, 22 nov 2024 4:55 pm myt')).toBe(true);
    expect(isDateLine('sebanyak 420 pedagang mendapat lapak')).toBe(false);
    expect(isDateLine('do 25.04.24 | 14:07 uhr | von')).toBe(true);
  });
});

describe('boilerplate told by its structure', () => {
  const PAGE = 'https://www.x.example/a';
  const article = (inner: string) => loadPage(`<body><div id="c">${inner}</div></body>`, PAGE).doc.getElementById('c')!;
  const para = (n: number) => `<p>The harbour board met on Tuesday ${n} and agreed to repair the pier before the storm season, after a long debate about cost.</p>`;
  const BODY = [1, 2, 3, 4, 5, 6].map(para).join('');
  const teasers = (n: number, tag = 'li') => Array.from({ length: n }, (_, i) => `<${tag}><a href="https://x.example/news/story-${i}">Other story number ${i} about the town</a></${tag}>`).join('');

  it('drops a list of teaser links between paragraphs with its heading, in any language', () => {
    const root = article(`${para(1)}${para(2)}<h3>Jangan lewatkan</h3><ul>${teasers(4)}</ul>${para(3)}${para(4)}`);
    const log = new RemovalLog();
    cleanupArticle(root, { url: PAGE, lang: 'id' }, log);
    expect(root.textContent).not.toContain('Other story');
    expect(root.textContent).not.toContain('Jangan lewatkan');
    expect(root.querySelector('ul')).toBeNull();
    expect(root.querySelectorAll('p')).toHaveLength(4);
    expect(new Set(log.blocks.map((b) => `${b.reason}/${b.rule}`))).toEqual(new Set(['related/link-run']));
  });
  it('drops two menu links at the start or the end, but not two linked lines inside the article', () => {
    const edges = article(`<div><a href="/guides">Guides</a></div><div><a href="/interviews">Interviews</a></div>${BODY}<p><a href="/a">Next story one</a></p><p><a href="/b">Next story two</a></p>`);
    cleanupArticle(edges, { url: PAGE, lang: 'en' }, new RemovalLog());
    expect(fold(edges.textContent)).not.toMatch(/guides|interviews|next story/);
    const inside = article(`${para(1)}<p><a href="/report">Read the council's full report</a></p><p><a href="/minutes">The minutes of the meeting</a></p>${para(2)}${para(3)}`);
    cleanupArticle(inside, { url: PAGE, lang: 'en' }, new RemovalLog());
    expect(inside.textContent).toContain("Read the council's full report");
    expect(inside.textContent).toContain('The minutes of the meeting');
  });
  it('keeps links to other sites, a list of names the article is about, and linked words inside paragraphs', () => {
    const sources = Array.from({ length: 4 }, (_, i) => `<li><a href="https://stats${i}.example/report-${i}">Port traffic statistics report number ${i} for the year</a></li>`).join('');
    const names = ['Pipe Bookshelf', 'Wood Arrows', 'DIY Lanterns', 'Fireplace Mantel'].map((n, i) => `<li><a href="/projects/${i}">${n}</a></li>`).join('');
    const inline = `<p>Earthy tones lead: <span><a href="/tags/brown">chocolate brown</a></span> <span><a href="/tags/olive">olive</a></span> <span><a href="/tags/rust">rust</a></span> and more.</p>`;
    const root = article(`${para(1)}<ul>${sources}</ul>${para(2)}<ul>${names}</ul>${para(3)}${inline}${para(4)}`);
    const log = new RemovalLog();
    cleanupArticle(root, { url: PAGE, lang: 'en' }, log);
    expect(root.querySelectorAll('li')).toHaveLength(8);
    expect(root.textContent).toContain('chocolate brown');
    expect(log.blocks.filter((b) => b.rule === 'link-run')).toEqual([]);
  });
  it('keeps a list whose items are sentences with a link in them, and a page that is mostly links', () => {
    const items = Array.from({ length: 4 }, (_, i) => `<li>Item ${i}: the <a href="/x${i}">new timetable</a> adds late buses on weekdays and Sundays.</li>`).join('');
    const prose = article(`${BODY}<ul>${items}</ul>${para(7)}`);
    cleanupArticle(prose, { url: PAGE, lang: 'en' }, new RemovalLog());
    expect(prose.querySelectorAll('li')).toHaveLength(4);
    // A links round-up: the links are the article; never more than a third of the text goes this way.
    const roundup = article(`${para(1)}<ul>${teasers(12)}</ul>`);
    cleanupArticle(roundup, { url: PAGE, lang: 'en' }, new RemovalLog());
    expect(roundup.querySelectorAll('li')).toHaveLength(12);
  });
  it("drops the author's bio at the end (by-line name, heading, trailing lines), keeps a namesake and prose about the author", () => {
    const bio = article(`${BODY}<h3>About the Author</h3><p>Matt Frankel, CFP, is a contributing analyst covering real estate and banks for the site.</p>` +
      `<p>Matt holds a degree in mathematics and lives in South Carolina.</p><p><a href="/author/frankel">View author page</a></p>`);
    const log = new RemovalLog();
    cleanupArticle(bio, { url: PAGE, lang: 'en', byline: 'Matthew Frankel, CFP' }, log);
    expect(fold(bio.textContent)).not.toMatch(/about the author|contributing analyst|degree in mathematics|view author page/);
    expect(bio.querySelectorAll('p')).toHaveLength(6);
    expect(new Set(log.blocks.map((b) => b.rule))).toEqual(new Set(['author-bio']));
    // One name alone counts only with a verb that introduces a person; "*) Penulis adalah …" needs no by-line.
    const given = article(`${BODY}<p>Karina is the owner of a cleaning company serving the Greater Denver area since 2012.</p>`);
    cleanupArticle(given, { url: PAGE, lang: 'en', byline: 'Karina' }, new RemovalLog());
    expect(given.textContent).not.toContain('cleaning company');
    const note = article(`${BODY}<p><em>*) Penulis adalah dosen Fakultas Hukum Universitas Indonesia dan peneliti kebijakan publik.</em></p>`);
    cleanupArticle(note, { url: PAGE, lang: 'id' }, new RemovalLog());
    expect(note.textContent).not.toContain('Penulis adalah');
    // A namesake in the story, the author's name later in a sentence, and a bio followed by more article all stay.
    const namesake = article(`${BODY}<p>Lee said the new pier would open before the festival, and that the ferry would return in May.</p>`);
    cleanupArticle(namesake, { url: PAGE, lang: 'en', byline: 'David Lee' }, new RemovalLog());
    expect(namesake.textContent).toContain('Lee said the new pier');
    const mention = article(`${BODY}<p>When the harbour flooded, reporter David Lee is the one who first spoke to the divers, the board said.</p>`);
    cleanupArticle(mention, { url: PAGE, lang: 'en', byline: 'David Lee' }, new RemovalLog());
    expect(mention.textContent).toContain('first spoke to the divers');
    const middle = article(`${para(1)}<p>Matt Frankel is the analyst who first flagged the harbour board's debt problem in 2019.</p>${BODY}`);
    cleanupArticle(middle, { url: PAGE, lang: 'en', byline: 'Matt Frankel' }, new RemovalLog());
    expect(middle.textContent).toContain('first flagged');
  });
  it('drops loose photo credits, keeps a credit in the caption of a picture shown (its attribution) and prose about photos', () => {
    const img = (name: string) => `<img src="https://x.example/${name}.jpg">`;
    const root = article(`${para(1)}<figure>${img('pier')}<figcaption>Divers inspect the pier.<br>Photo Credit: Harbour camera</figcaption></figure>` +
      `<p><em>Photo: Shutterstock</em></p>${para(2)}<div>${img('boat')}<figcaption><span>Abby Jiu Photography</span></figcaption></div>${para(3)}` +
      `<p><em>Foto: Ari Saputra/detikcom</em></p>${para(4)}<figure><figcaption>Wei-An Jin for Quanta Magazine</figcaption></figure>` +
      `<p>Photo: the first picture of the pier, taken in 1911. It was found in the attic. Later copies were sold.</p>` +
      `<h3>Wedding Photography</h3>${para(5)}<figure>${img('qr')}<figcaption><p>Die App scannt auch QR-Codes am Hafen.</p>` +
      `<p>(Bild: Hersteller)</p></figcaption></figure>${para(6)}<figure>${img('kids')}<figcaption>Children for Peace march in Jakarta</figcaption></figure>`);
    const log = new RemovalLog();
    cleanupArticle(root, { url: PAGE, lang: 'en' }, log);
    const text = fold(root.textContent).toLowerCase();
    // Loose lines, and the credit of a figure whose picture is gone.
    expect(text).not.toMatch(/shutterstock|ari saputra|quanta magazine/);
    // The attribution of each picture shown, in its caption, stays; so does the caption's own paragraph.
    expect(text).toContain('photo credit: harbour camera');
    expect(text).toContain('abby jiu photography');
    expect(text).toContain('(bild: hersteller)');
    expect(text).toContain('die app scannt auch qr-codes');
    expect(text).toContain('taken in 1911');
    expect(text).toContain('wedding photography');
    expect(text).toContain('children for peace march');
    expect(root.querySelectorAll('img')).toHaveLength(4);
    expect(new Set(log.blocks.map((b) => b.rule))).toEqual(new Set(['photo-credit']));
  });
  it('drops a sign-up or contact form with the article around it kept; a page wrapped in one form keeps its text', () => {
    const page = (body: string) => loadPage(`<html><body>${body}</body></html>`, 'https://x.example/a');
    const signup = page(`<article><h1>Pier</h1>${BODY}<form><label>First Name*</label><input name="f"><label>Email*</label><input type="email" name="e"><button>Send</button></form></article>`);
    const a = extractArticle(signup.doc, 'https://x.example/a', { window: signup.win, force: true });
    expect(a.textContent).not.toContain('First Name');
    expect(a.textContent).toContain('repair the pier');
    expect(a.removed?.some((b) => b.rule === 'form' && b.reason === 'promo')).toBe(true);
    const wrapped = page(`<form id="aspnetForm"><input type="hidden" name="v"><input name="q"><input name="r"><article><h1>Pier</h1>${BODY}</article></form>`);
    const b = extractArticle(wrapped.doc, 'https://x.example/a', { window: wrapped.win, force: true });
    expect(b.textContent).toContain('repair the pier');
    expect(b.removed?.some((x) => x.rule === 'form')).toBe(false);
  });
});
