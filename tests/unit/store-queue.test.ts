import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { article, freshDb } from './store-setup';
import { importItems } from '../../lib/store/import/apply';
import { processQueue, queueCounts, retryQueued, QUEUE_LIMITS } from '../../lib/store/queue';
import { findByUrl, getSaved } from '../../lib/store/articles';

beforeEach(freshDb);

describe('the fetch queue for imported links', () => {
  it('fetches and extracts what it can, records per-URL errors, backs off, gives up after 3 tries, retries on request', async () => {
    await importItems([
      { url: 'https://news.example/ok', title: 'From Pocket', tags: ['kept'], status: 'archived', savedAt: 1_600_000_000_000 },
      { url: 'https://news.example/broken', title: 'Broken' },
    ]);
    let now = 1_000_000;
    const fetched: string[] = [];
    const sleeps: number[] = [];
    const deps = {
      fetchPage: async (url: string) => {
        fetched.push(url);
        if (url.includes('broken')) throw new Error('HTTP 500');
        return { html: '<html>…</html>', url };
      },
      extract: async (_html: string, url: string) => article(url, { title: 'The real title' }),
      fetchImage: async () => new Response('x', { status: 404 }),
      sleep: async (ms: number) => void sleeps.push(ms),
      now: () => now,
    };
    expect(await processQueue(deps)).toBe(1);
    expect(sleeps.every((ms) => ms === QUEUE_LIMITS.spacingMs)).toBe(true);
    const ok = await findByUrl('https://news.example/ok');
    expect([ok?.content, ok?.title, ok?.tags, ok?.status, ok?.savedAt]).toEqual(['full', 'The real title', ['kept'], 'archived', 1_600_000_000_000]);
    expect((await getSaved(ok!.id))?.content?.article.textContent).toContain('harbour council');
    let broken = await findByUrl('https://news.example/broken');
    expect([broken?.content, broken?.error]).toEqual(['pending', 'HTTP 500']);

    // Not due yet: nothing is fetched.
    fetched.length = 0;
    await processQueue(deps);
    expect(fetched).toEqual([]);
    for (let i = 0; i < 2; i++) {
      now += 10 * QUEUE_LIMITS.backoffMs;
      await processQueue(deps);
    }
    broken = await findByUrl('https://news.example/broken');
    expect(broken?.content).toBe('failed');
    expect(await queueCounts()).toEqual({ waiting: 0, failed: 1 });

    now += 100 * QUEUE_LIMITS.backoffMs;
    await processQueue(deps);
    expect(await queueCounts()).toEqual({ waiting: 0, failed: 1 });
    await retryQueued([broken!.id]);
    expect(await queueCounts()).toEqual({ waiting: 1, failed: 0 });
    expect((await findByUrl('https://news.example/broken'))?.content).toBe('pending');
  });
});

describe('imported articles that came with their text', () => {
  it('are not fetched again, but their images are downloaded to read offline', async () => {
    const { pngBlob } = await import('./store-setup');
    const r = await importItems([{ url: 'https://news.example/with-text', tags: ['omnivore'], status: 'archived',
      article: article('https://news.example/with-text') }]);
    expect(r.queued).toBe(0);
    const pages: string[] = [];
    await processQueue({
      fetchPage: async (url) => { pages.push(url); return { html: '', url }; },
      extract: async () => null,
      fetchImage: async () => new Response(pngBlob(9) as unknown as BodyInit, { headers: { 'content-type': 'image/png' } }),
      sleep: async () => undefined,
    });
    expect(pages).toEqual([]);
    const e = await findByUrl('https://news.example/with-text');
    const saved = await getSaved(e!.id);
    expect(saved?.images.map((i) => i.bytes)).toEqual([9]);
    expect([e?.tags, e?.status, e?.content]).toEqual([['omnivore'], 'archived', 'full']);
    expect(await queueCounts()).toEqual({ waiting: 0, failed: 0 });
  });
});

describe('a run already going on', () => {
  it('looks again before it ends when it is asked to run meanwhile (a link queued then never waits for the next wake-up)', async () => {
    await importItems([{ url: 'https://news.example/first' }, { url: 'https://news.example/second' }]);
    const fetched: string[] = [];
    let release!: () => void;
    let sleeps = 0;
    let looks = 0;
    const deps = {
      fetchPage: async (url: string) => {
        fetched.push(url);
        return { html: '<html>…</html>', url };
      },
      extract: async (_html: string, url: string) => article(url),
      fetchImage: async () => new Response('x', { status: 404 }),
      // The first pause is held until the second call is made.
      sleep: () => (sleeps++ ? Promise.resolve() : new Promise<void>((ok) => (release = ok))),
      // The run's second look at the queue sees nothing due, as when the other link is queued just after that look.
      now: () => (looks++ === 1 ? -1 : Date.now()),
    };
    const first = processQueue(deps);
    while (!release) await new Promise((r) => setTimeout(r, 5));
    expect(fetched).toHaveLength(1);
    const second = processQueue(deps);
    release();
    expect(await second).toBe(2);
    expect(await first).toBe(2);
    expect(fetched.sort()).toEqual(['https://news.example/first', 'https://news.example/second']);
    expect(await queueCounts()).toEqual({ waiting: 0, failed: 0 });
  });
});
