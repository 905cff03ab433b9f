// npm run -s extract -- [--url URL] FILE.html      → the Article as JSON (the extension's own pipeline, on jsdom)
// npm run -s extract -- --batch [--timeout MS] [--max-memory MB] [--jobs N] < jobs.jsonl
//   stdin: {"id","file","url"} per line; stdout: {id, ...Article, isArticle, ms} or {id, error} per line.
// Single mode: a missing, unreadable, empty or non-HTML file → one line on stderr, exit code 2.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { runBatch } from './cli-batch';
import { InputError, readHtmlFile } from './cli-decode';

const USAGE = 'usage: npm run -s extract -- [--url URL] FILE.html | --batch [--timeout MS] [--max-memory MB] [--jobs N] < jobs.jsonl';

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) fail(`--${name} must be a positive whole number`);
  return n;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' }, batch: { type: 'boolean' }, timeout: { type: 'string' }, 'max-memory': { type: 'string' },
        jobs: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}. ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.batch) {
    if (positionals.length) fail(`--batch reads its jobs from stdin, not from arguments. ${USAGE}`);
    await runBatch(process.stdin, (line) => process.stdout.write(`${line}\n`), {
      timeoutMs: positiveInt(values.timeout, 30_000, 'timeout'),
      maxMemoryMb: positiveInt(values['max-memory'], 1024, 'max-memory'),
      jobs: positiveInt(values.jobs, Math.max(1, availableParallelism() - 1), 'jobs'),
      recycleAfter: 100,
    });
    return;
  }
  if (positionals.length !== 1) fail(USAGE);
  const url = values.url?.trim();
  if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) fail(`--url must be an http(s) URL: ${url}`);
  try {
    // The file is read and checked first: a file that cannot be extracted is said at once, before jsdom loads.
    const html = await readHtmlFile(positionals[0]!);
    const { extractHtml, fileUrl } = await import('./cli-extract');
    const article = extractHtml(html, url ?? fileUrl(positionals[0]!));
    process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  } catch (err) {
    if (err instanceof InputError) fail(err.message);
    throw err;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`extract failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
