// The hostile payload table (tests/fixtures/hostile) in the real browser: each page is served from the local server,
// opened, and turned into a reader view with Baca's toolbar button. Then, in the extension page: no payload script
// ran (marker, console, CSP refusals), nothing was requested from the attacker's server (a second server), and the
// only requests the reader made were for the article's visible images. A category's pages load one after another in
// one tab, each over the previous payload's reader; requests and console are watched per payload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBaca, type Baca } from './harness';
import { startServer, type FixtureServer } from './server';
import { imagesSettled, imageUrls, scriptRan, watchConsole, watchExtensionRequests } from './security-watch';
import { articleProblems, payloadEnv, PAYLOADS, pipelined, serveHostile } from './hostile-table';

describe('hostile pages in the real browser', () => {
  let baca: Baca;
  let attacker: FixtureServer;
  let img: string;

  beforeAll(async () => {
    attacker = await startServer(`${import.meta.dirname}/../fixtures/hostile/attacker-root`);
    baca = await launchBaca();
    img = `${baca.server.url}/img/council-hall.png`;
    serveHostile(baca.server, (category, i) => payloadEnv(attacker.url, img, category, i));
  });
  afterAll(async () => {
    await baca?.close();
    await attacker?.close();
  });

  for (const [category, list] of Object.entries(PAYLOADS)) {
    it(`${category}: ${list.length} payloads, nothing runs or leaks in the reader`, async () => {
      // One tab for the category: each payload's page is loaded in it over the previous payload's reader, so the
      // reader checked is always the one made from this payload's page (its url= is checked below), never a stale one.
      const tab = await baca.context.newPage();
      await tab.bringToFront();
      const failures = await pipelined(list, {}, {
        label: (p) => p.title,
        prepare: async (p, i) => {
          await tab.goto(`${baca.server.url}/hostile/${category}/${i}`);
          const problems: string[] = [];
          if (p.control && !(await tab.evaluate(p.control))) problems.push('control failed, the payload is not live');
          return { page: tab, url: tab.url(), problems };
        },
        finish: async ({ page, url, problems }, p, i) => {
          const env = payloadEnv(attacker.url, img, category, i);
          const consoleWatch = watchConsole(page, baca.readerUrlPrefix);
          const requests = watchExtensionRequests(baca.context, baca.extensionId, page);
          try {
            await baca.openReader(page);
            await imagesSettled(page);
            if (new URL(page.url()).searchParams.get('url') !== url) problems.push(`reader for ${page.url()}`);
            if (await scriptRan(page)) problems.push('script ran in the reader');
            const body = page.locator('.article-body');
            if ((await body.count()) === 0) problems.push('no article body (extraction failed or gate closed)');
            else problems.push(...articleProblems(await body.innerHTML(), await body.innerText(), p, env));
            const leadImage = page.locator('.lead-image img');
            const lead = (await leadImage.count()) ? await leadImage.getAttribute('src') : null;
            if (lead && !lead.startsWith(baca.server.url)) problems.push(`lead image ${lead}`);
            // Only the article's own images may be requested, never from the attacker, and nothing else at all.
            const allowed = await imageUrls(page);
            for (const r of requests.seen) {
              if (r.type !== 'image' || !allowed.has(r.url) || r.url.startsWith(attacker.url)) problems.push(`reader requested ${r.url} (${r.type})`);
            }
            const refusals = consoleWatch.messages.filter((m) => /Content Security Policy|Refused to|pageerror/i.test(m));
            if (refusals.length) problems.push(`console: ${refusals.join(' | ').slice(0, 300)}`);
            return problems;
          } finally {
            requests.stop();
            consoleWatch.stop();
          }
        },
        cleanup: async () => undefined,
      });
      await tab.close();
      expect(failures).toEqual([]);
      // The attacker's server never heard from an extension page (payload scripts report their protocol).
      expect(attacker.requests.filter((u) => u.includes('chrome-extension'))).toEqual([]);
    }, 240_000);
  }
});
