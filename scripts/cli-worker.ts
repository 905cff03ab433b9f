// One page at a time, in a worker thread the batch can bound (heap size) and kill (time).
import { parentPort } from 'node:worker_threads';
import type { ExtractResult } from '../lib/types';
import { extractFile } from './cli-extract';

export interface WorkerJob {
  id: unknown;
  file: string;
  url?: string;
}

export type WorkerReply = { ok: true; result: ExtractResult; ms: number } | { ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('cli-worker must run in a worker thread');

port.on('message', (job: WorkerJob) => {
  const start = performance.now();
  extractFile(job.file, job.url)
    .then((result) => port.postMessage({ ok: true, result, ms: Math.round(performance.now() - start) } satisfies WorkerReply))
    .catch((err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply));
});
port.postMessage('ready');
