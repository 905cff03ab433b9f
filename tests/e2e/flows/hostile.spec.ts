// The hostile payload table (tests/fixtures/hostile) in each engine: every payload page is opened and turned into a
// reader view with a real toolbar click. Then in the reader: no payload script ran (marker), the article HTML holds
// to the invariants, the attacker's server (a second server) heard nothing once the click was made, the reader
// loaded nothing but the article's own images (Resource Timing, engine-independent), and no dialog opened there.
// npm test runs this copy in Firefox. In Chromium the same table runs in tests/e2e/security.spec.ts, which sees every
// request the extension itself makes (CDP) and its console; the server-side "attacker heard" count used here cannot
// tell the extension from the page, and Chromium's tab loads a table's own background image only once the
// extraction's layout reads reach it, after the click.
// The next payload's page loads in a background tab while the current one's reader is checked; each payload has
// its own path on the attacker's server, so what was heard is counted per payload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from '../server';
import { articleProblems, heardFor, payloadEnv, PAYLOADS, pipelined, serveHostile } from '../hostile-table';
import { pageImageUrls } from '../security-watch';
import type { Tab } from './engine';
import { ENGINE, useEngine } from './setup';

/** What the reader page fetched from outside the extension, and every URL its images may load. */
async function readerLoads(tab: Tab, origin: string) {
  const [fetched, allowed] = await Promise.all([
    tab.evaluate((own) => performance.getEntriesByType('resource').map((r) => r.name)
      .filter((u) => !u.startsWith(own) && !u.startsWith('blob:') && !u.startsWith('data:')), origin),
    tab.evaluate(pageImageUrls),
  ]);
  return { fetched, allowed };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`hostile pages (${ENGINE})`, () => {
  const engine = useEngine();
  let attacker: FixtureServer;
  let img: string;
  beforeAll(async () => {
    attacker = await startServer(`${import.meta.dirname}/../../fixtures/hostile/attacker-root`);
    const e = engine();
    img = `${e.server.url}/img/council-hall.png`;
    serveHostile(e.server, (category, i) => payloadEnv(attacker.url, img, category, i));
  });
  afterAll(async () => {
    await attacker?.close();
  });

  for (const [category, list] of Object.entries(PAYLOADS)) {
    it(`${category}: ${list.length} payloads, nothing runs, leaks or opens a dialog in the reader`, async () => {
      const e = engine();
      const failures = await pipelined(list, { ahead: 3 }, {
        label: (p) => p.title,
        // The page, in a background tab: loaded, its payload live, its own requests over.
        prepare: async (p, i) => {
          const tab = await e.open(`/hostile/${category}/${i}`, { background: true });
          const problems: string[] = [];
          try {
            if (p.control && !(await tab.evaluateExpression(p.control))) problems.push('control failed, the payload is not live');
            await tab.waitFor(() => document.readyState === 'complete');
            // Some of the page's own loads (a table's background attribute) start only once its style and layout are
            // computed, which a tab that never painted leaves to the extraction's layout reads: compute them now, then
            // wait until the attacker has heard nothing more for this payload for 300 ms (at most 2 s), so what comes
            // later is the reader's.
            await tab.evaluate(() => document.body.getBoundingClientRect().height).catch(() => 0);
            for (let last = -1, quietSince = Date.now(), t0 = Date.now(); Date.now() - t0 < 2000;) {
              const n = heardFor(attacker, category, i).length;
              if (n !== last) [last, quietSince] = [n, Date.now()];
              else if (Date.now() - quietSince >= 300) break;
              await sleep(50);
            }
            return { tab, url: await tab.url(), problems, heard: heardFor(attacker, category, i).length };
          } catch (err) {
            await tab.close();
            throw err;
          }
        },
        finish: async ({ tab, url, problems, heard }, p, i) => {
          const env = payloadEnv(attacker.url, img, category, i);
          const dialogs = e.dialogs.length;
          await e.openReader(tab);
          await tab.waitFor(() => Array.from(document.images).every((im) => im.complete || im.getBoundingClientRect().top > innerHeight), undefined, 3000)
            .catch(() => undefined);
          if (new URL(await tab.url()).searchParams.get('url') !== url) problems.push(`reader for ${await tab.url()}`);
          if (await tab.evaluate(() => (window as unknown as { __bacaPwned?: unknown }).__bacaPwned !== undefined)) problems.push('script ran in the reader');
          if ((await tab.count('.article-body')) === 0) problems.push('no article body');
          else {
            const { html, text } = await tab.evaluate(() => {
              const body = document.querySelector<HTMLElement>('.article-body')!;
              return { html: body.innerHTML, text: body.innerText };
            });
            problems.push(...articleProblems(html, text, p, env));
          }
          const lead = await tab.attr('.lead-image img', 'src');
          if (lead && !lead.startsWith(e.server.url)) problems.push(`lead image ${lead}`);
          const loads = await readerLoads(tab, e.extensionOrigin);
          for (const u of loads.fetched) if (!loads.allowed.includes(u) || u.startsWith(attacker.url)) problems.push(`reader loaded ${u}`);
          // A payload that ran on the page itself reports "at=http"; anything else the attacker heard is a leak.
          const leaks = heardFor(attacker, category, i).slice(heard).filter((u) => !u.includes('at=http'));
          if (leaks.length) problems.push(`attacker heard ${leaks.join(', ')}`);
          const opened = e.dialogs.slice(dialogs).filter((d) => d.url.startsWith(e.extensionOrigin));
          if (opened.length) problems.push(`dialog in the reader: ${opened.map((d) => `${d.type} ${d.message}`).join(', ')}`);
          return problems;
        },
        cleanup: ({ tab }) => tab.close(),
      });
      expect(failures).toEqual([]);
      expect(attacker.requests.filter((u) => /extension/.test(u))).toEqual([]);
      // Every payload was heard of under its own path only: nothing reached the attacker outside the per-payload paths.
      expect(attacker.requests.filter((u) => !u.startsWith('/p/'))).toEqual([]);
    }, 300_000);
  }
});
