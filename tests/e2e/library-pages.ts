// Generated news pages for the library's e2e specs and benchmark: invented text shaped like real articles (header,
// share bar, body with a photo, related list, footer), served with the photo allowed cross-origin (CORS) as image
// CDNs commonly do, so a save can keep the photo offline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import type { Baca } from '../../scripts/browser';
import type { FixtureServer } from '../../scripts/server';

const PHOTO = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/img/council-hall.png'));

const SUBJECTS = ['The harbour council', 'Fishermen in the north bay', 'The regional water board', 'Parents at the new school',
  'Night-market traders', 'The ferry operator', 'Volunteers from the flood post', 'Rice farmers upstream'];
const VERBS = ['agreed on', 'argued about', 'asked for', 'waited months for', 'finally received', 'pushed back against'];
const OBJECTS = ['a longer timetable', 'new drainage pumps', 'cheaper permits', 'a safer crossing', 'the delayed bridge repairs',
  'clearer flood warnings', 'a bigger budget for clinics', 'weekend bus services'];
const TAILS = ['after a long meeting on Tuesday evening', 'despite heavy rain across the district', 'before the dry season starts',
  'while the mayor was abroad', 'according to minutes seen by this newspaper', 'following complaints from residents'];

function pick<T>(list: T[], n: number): T {
  return list[n % list.length]!;
}

export function sentence(seed: number, i: number): string {
  return `${pick(SUBJECTS, seed + i)} ${pick(VERBS, seed * 3 + i)} ${pick(OBJECTS, seed * 7 + i * 2)} ${pick(TAILS, seed + i * 5)}.`;
}

export function storyTitle(n: number): string {
  return `${pick(SUBJECTS, n)} ${pick(VERBS, n * 3)} ${pick(OBJECTS, n * 7)} (report ${n})`;
}

/** A news page with ~700 words: `paragraphs` paragraphs of 5 sentences, one photo, page clutter around it. */
export function storyHtml(n: number, paragraphs = 12): string {
  const body = Array.from({ length: paragraphs }, (_, p) =>
    `<p>${Array.from({ length: 5 }, (_, s) => sentence(n, p * 5 + s)).join(' ')}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${storyTitle(n)} | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Dewi Lestari">
<meta property="article:published_time" content="2026-02-0${1 + (n % 9)}T07:30:00Z"></head><body>
<header class="site-header"><a href="/">Harbour Times</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
<main><article><h1>${storyTitle(n)}</h1><p class="byline">By Dewi Lestari</p>
<figure><img src="/lib/img/photo-${n}.png" width="640" height="360" alt="The council hall"><figcaption>The council hall on Tuesday.</figcaption></figure>
${body}
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/x">Bridge works delayed again</a></li><li><a href="/y">Market hours change</a></li></ul></aside></main>
<footer>© Harbour Times</footer></body></html>`;
}

/** Routes: /lib/story-<n> (pages) and /lib/img/photo-<n>.png (photos, CORS allowed). */
export function addStoryRoutes(server: FixtureServer): void {
  server.route((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0]!;
    const story = /^\/lib\/story-(\d+)$/.exec(path);
    if (story) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(storyHtml(Number(story[1])));
      return true;
    }
    if (/^\/lib\/img\/photo-\d+\.png$/.test(path)) {
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'no-store' }).end(PHOTO);
      return true;
    }
    return false;
  });
}

/** A new tab on the library, once its first rows (or its empty state) are drawn: the rows come a frame after the list. */
export async function openLibrary(baca: Baca): Promise<Page> {
  const page = await baca.context.newPage();
  await page.goto(`chrome-extension://${baca.extensionId}/library.html`);
  await page.waitForSelector('.entry-title, .empty', { timeout: 10_000 });
  return page;
}
