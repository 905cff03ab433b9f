// Imported URLs without content are fetched and extracted in the background: one at a time, spaced out, resumable
// (the queue lives in the database, so a restart carries on), every failure recorded per URL and retryable.
import type { Article } from '../types';
import { openDb } from './db';
import { saveWithImages } from './save-with-images';
import { notifyChanged } from './changes';
import type { ImageFetcher } from './images';

export const QUEUE_LIMITS = {
  /** Pause between two fetches. */
  spacingMs: 1500,
  /** Attempts before an item waits for the person to press Retry. */
  maxAttempts: 3,
  /** Back-off after a failure: base × 2^attempts. */
  backoffMs: 60_000,
};

export interface QueueDeps {
  fetchPage: (url: string) => Promise<{ html: string; url: string }>;
  extract: (html: string, url: string) => Promise<Article | null>;
  fetchImage?: ImageFetcher;
  /** The person's image settings (keep images, megabytes per article). */
  imagePrefs?: () => Promise<{ keepImages: boolean; imageCapMB: number } | undefined>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export async function enqueue(items: { id: string; url: string }[]): Promise<void> {
  if (!items.length) return;
  await openDb().queue.bulkPut(items.map((i) => ({ ...i, attempts: 0, nextAt: 0, lastError: null, state: 'waiting' as const })));
}

export async function queueCounts(): Promise<{ waiting: number; failed: number }> {
  const q = openDb().queue;
  const [waiting, failed] = await Promise.all([q.where('state').equals('waiting').count(), q.where('state').equals('failed').count()]);
  return { waiting, failed };
}

/** Put failed items (or the given ones) back in line. */
export async function retryQueued(ids?: string[]): Promise<void> {
  const db = openDb();
  await db.transaction('rw', db.queue, db.entries, async () => {
    const items = ids ? (await db.queue.bulkGet(ids)).filter((i) => !!i) : await db.queue.where('state').equals('failed').toArray();
    await db.queue.bulkPut(items.map((i) => ({ ...i!, attempts: 0, nextAt: 0, state: 'waiting' as const })));
    await db.entries.where('id').anyOf(items.map((i) => i!.id)).modify({ content: 'pending', error: null });
  });
}

async function recordFailure(id: string, message: string, now: number): Promise<void> {
  const db = openDb();
  await db.transaction('rw', db.queue, db.entries, async () => {
    const item = await db.queue.get(id);
    if (!item) return;
    const attempts = item.attempts + 1;
    const failed = attempts >= QUEUE_LIMITS.maxAttempts;
    await db.queue.put({ ...item, attempts, lastError: message, state: failed ? 'failed' : 'waiting',
      nextAt: now + QUEUE_LIMITS.backoffMs * 2 ** attempts });
    await db.entries.update(id, { content: failed ? 'failed' : 'pending', error: message });
  });
  notifyChanged([id]);
}

/** An imported article that came with its text: download its images now, keep everything else as it is. */
async function keepImages(id: string, deps: QueueDeps): Promise<void> {
  const db = openDb();
  const content = await db.contents.get(id);
  await db.queue.delete(id);
  if (!content?.article.contentHtml) return;
  const prefs = await deps.imagePrefs?.().catch(() => undefined);
  await saveWithImages(content.article, { content: 'full' }, deps.fetchImage, prefs).catch(() => undefined);
}

let running: Promise<number> | null = null;
let again = false;

/**
 * Work through the queue until nothing is due. Returns how many articles were fetched. One run at a time: a call
 * made while a run is going on (an import that just queued links, while the run started at wake-up is finishing)
 * makes that run look again before it ends, so no queued link waits for the next wake-up.
 */
export function processQueue(deps: QueueDeps): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  const loop = async () => {
    let done = 0;
    do {
      again = false;
      done += await run(deps);
    } while (again);
    return done;
  };
  return (running = loop().finally(() => (running = null)));
}

async function run(deps: QueueDeps): Promise<number> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  const now = deps.now ?? Date.now;
  const db = openDb();
  let done = 0;
  for (;;) {
    const item = await db.queue.where('nextAt').belowOrEqual(now()).filter((i) => i.state === 'waiting').first();
    if (!item) return done;
    const entry = await db.entries.get(item.id);
    if (!entry) {
      await db.queue.delete(item.id);
      continue;
    }
    if (item.kind === 'images') {
      await keepImages(item.id, deps);
      continue;
    }
    try {
      const page = await deps.fetchPage(item.url);
      const article = await deps.extract(page.html, page.url);
      if (!article || !article.contentHtml) throw new Error('no article found on the page');
      // Keep the address the person saved: the entry is found again by it, and its tags, status and dates stay.
      const prefs = await deps.imagePrefs?.().catch(() => undefined);
      await saveWithImages({ ...article, url: item.url }, { content: 'full' }, deps.fetchImage, prefs);
      await db.queue.delete(item.id);
      done++;
    } catch (err) {
      await recordFailure(item.id, err instanceof Error ? err.message : String(err), now());
    }
    await sleep(QUEUE_LIMITS.spacingMs);
  }
}
