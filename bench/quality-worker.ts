// Worker thread of bench/quality.ts: one case per message, the two outcomes back (or the error).
import { parentPort } from 'node:worker_threads';
import { runPage, type PageJob } from './quality-page';

const port = parentPort;
if (!port) throw new Error('quality-worker must run in a worker thread');
port.on('message', (job: PageJob) => {
  runPage(job)
    .then((reply) => port.postMessage({ ok: true, reply }))
    .catch((err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) }));
});
port.postMessage('ready');
