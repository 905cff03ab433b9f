// Batch mode: JSON lines {"id","file","url"} in, one JSON line per input out, in input order:
// {id, ...ExtractResult, ms} or {id, error}. Each page runs in a worker thread with a heap limit and a time limit;
// a page that exhausts either is reported as an error, the worker is replaced, and the batch goes on.
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply } from './cli-worker';

export interface BatchOptions {
  timeoutMs: number;
  maxMemoryMb: number;
  jobs: number;
  /** Replace a worker after this many pages (jsdom leaves some garbage behind). */
  recycleAfter: number;
}

type Line = Record<string, unknown>;

const WORKER_URL = new URL('./cli-worker.mjs', import.meta.url);

/**
 * One result as one JSON line that every line splitter keeps whole. JSON.stringify leaves U+2028, U+2029 and U+0085
 * (NEL) raw, and those are line breaks to many readers (Python's str.splitlines, editors, some JSON-lines tools):
 * a page whose text holds one came back as two broken lines, i.e. no result for its id. They are written escaped.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

class PageWorker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private pages = 0;
  constructor(private readonly opts: BatchOptions) {}

  private start(): Promise<void> {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, this.opts.maxMemoryMb / 4) },
      stdout: true,
      stderr: true,
    });
    this.worker = worker;
    this.pages = 0;
    return new Promise((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
  }

  private stop(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }

  async run(job: WorkerJob): Promise<Line> {
    if (!this.worker || this.pages >= this.opts.recycleAfter) {
      this.stop();
      this.ready = this.start();
    }
    try {
      await this.ready;
    } catch (err) {
      this.stop();
      return { id: job.id, error: `worker failed to start: ${err instanceof Error ? err.message : String(err)}` };
    }
    const worker = this.worker!;
    this.pages++;
    return new Promise<Line>((resolve) => {
      const done = (line: Line, kill: boolean) => {
        clearTimeout(timer);
        worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
        if (kill) this.stop();
        resolve(line);
      };
      const timer = setTimeout(() => done({ id: job.id, error: `timed out after ${this.opts.timeoutMs} ms` }, true), this.opts.timeoutMs);
      worker.on('message', (reply: WorkerReply) =>
        done(reply.ok ? { id: job.id, ...reply.result, ms: reply.ms } : { id: job.id, error: reply.error }, false));
      worker.on('error', (err: Error & { code?: string }) => {
        const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory/i.test(err.message);
        done({ id: job.id, error: oom ? `out of memory (limit ${this.opts.maxMemoryMb} MB)` : `worker crashed: ${err.message}` }, true);
      });
      worker.on('exit', (code) => done({ id: job.id, error: `worker exited (code ${code})` }, true));
      worker.postMessage(job);
    });
  }

  close(): void {
    this.stop();
  }
}

/** A job from one input line, or the error line to print for it. */
export function parseJobLine(raw: string, lineNo: number): WorkerJob | Line {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { id: null, error: `line ${lineNo}: not JSON` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: `line ${lineNo}: not an object` };
  const { id = null, file, url: rawUrl } = value as Record<string, unknown>;
  // Surrounding whitespace goes, as a browser's URL parser drops it.
  const url = typeof rawUrl === 'string' ? rawUrl.trim() : rawUrl;
  if (typeof file !== 'string' || !file) return { id, error: `line ${lineNo}: "file" is missing` };
  if (url !== undefined && url !== null && typeof url !== 'string') return { id, error: `line ${lineNo}: "url" is not a string` };
  if (typeof url === 'string' && url && !/^https?:\/\/\S+$/i.test(url)) return { id, error: `line ${lineNo}: "url" is not an http(s) URL` };
  return { id, file, url: typeof url === 'string' && url ? url : undefined };
}

export async function runBatch(input: NodeJS.ReadableStream, write: (line: string) => void, opts: BatchOptions): Promise<number> {
  const pool = Array.from({ length: Math.max(1, opts.jobs) }, () => new PageWorker(opts));
  const idle = [...pool];
  const waiting: ((w: PageWorker) => void)[] = [];
  const acquire = () => new Promise<PageWorker>((r) => (idle.length ? r(idle.pop()!) : waiting.push(r)));
  const release = (w: PageWorker) => (waiting.length ? waiting.shift()!(w) : idle.push(w));

  // Output stays in input order, whatever order the workers finish in.
  const results: (Line | undefined)[] = [];
  let next = 0;
  let count = 0;
  const flush = () => {
    while (results[next] !== undefined) {
      write(jsonLine(results[next]));
      results[next++] = undefined;
    }
  };
  const tasks: Promise<void>[] = [];
  let lineNo = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!raw.trim()) continue;
    const index = count++;
    const job = parseJobLine(raw, lineNo);
    if ('error' in job) {
      results[index] = job;
      flush();
      continue;
    }
    const worker = await acquire();
    tasks.push(
      worker.run(job as WorkerJob).then((line) => {
        release(worker);
        results[index] = line;
        flush();
      }),
    );
  }
  await Promise.all(tasks);
  flush();
  pool.forEach((w) => w.close());
  return count;
}
