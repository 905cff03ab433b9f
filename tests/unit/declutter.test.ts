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
