// The command-line tool as a person runs it: spawned, reading files, printing JSON, exiting with the right code.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtmlBytes, notHtmlReason } from '../../scripts/cli-decode';
import { parseJobLine } from '../../scripts/cli-batch';
import { extractHtml } from '../../scripts/cli-extract';
import { ENCODING_CASES } from '../fixtures/hostile/encodings';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURE = join(ROOT, 'tests/fixtures/pages/en-city-council/source.html');
const dir = mkdtempSync(join(tmpdir(), 'baca-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI as a person would (async, so the cases below run side by side). */
function cli(args: string[], input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/cli.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe.concurrent('extract CLI, single page', () => {
  it('prints the Article of a page as JSON, with the URL it was given', async () => {
    const r = await cli(['--url', 'https://northernledger.example/news/riverside-library', FIXTURE]);
    expect(r.status).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.title).toBe('Riverside council votes to turn car park into public library');
    expect(article.url).toBe('https://northernledger.example/news/riverside-library');
    expect(article.isArticle).toBe(true);
    expect(article.textContent).toContain('Libraries are the last place in town where you can sit without paying');
    expect(article.contentHtml).toContain('https://northernledger.example/img/chart.png');
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.html'), /no such file/],
    ['a directory', () => dir, /is a directory/],
    ['an empty file', () => file('empty.html', ''), /empty/],
    ['a binary file', () => join(ROOT, 'tests/fixtures/pages/img/chart.png'), /not HTML/],
    ['a text file with no HTML', () => file('notes.html', 'Just a note about the ferry, no markup at all.\n'), /not HTML/],
  ])('%s: one line on stderr, exit code 2', async (_name, path, message) => {
    const r = await cli([path()]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('a --url that is not http(s) is refused with exit code 2', async () => {
    const r = await cli(['--url', 'javascript:alert(1)', FIXTURE]);
    expect(r.status).toBe(2);
  });

  it('decodes a windows-1252 page from its bytes', async () => {
    const c = ENCODING_CASES[0]!;
    const r = await cli([file('cp1252.html', c.bytes)]);
    expect(r.status).toBe(0);
    const article = JSON.parse(r.stdout);
    for (const t of c.text) expect(`${article.title}\n${article.textContent}`).toContain(t);
  });
});

describe('decoding bytes like a browser, then the whole pipeline', () => {
  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  it.each(ENCODING_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { text } = decodeHtmlBytes(c.bytes);
    expect(notHtmlReason(c.bytes, text)).toBeNull();
    const article = extractHtml(text, 'https://ferry.example/news/timetable');
    const all = `${article.title}\n${article.textContent}`;
    for (const t of c.text) expect(all).toContain(t);
    for (const t of c.notText ?? []) expect(all).not.toContain(t);
    expect(all).not.toMatch(LONE_SURROGATE);
    expect(article.contentHtml).not.toMatch(LONE_SURROGATE);
  });
});

describe('extract CLI, batch mode', () => {
  const para = `<p>${'The ferry timetable changes from June, with two more sailings each day. '.repeat(4)}</p>`;
  const run = async (jobs: (object | string)[], args: string[]) => {
    const input = jobs.map((j) => (typeof j === 'string' ? j : JSON.stringify(j))).join('\n');
    const r = await cli(['--batch', '--jobs', '1', ...args], input);
    expect(r.status).toBe(0);
    return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { error?: string });
  };

  it('one line per input, in order; a bad line, a missing file and a page that hangs are errors, and the batch goes on', async () => {
    // Readability on jsdom is quadratic on thousands of sibling boxes: 12,000 of them (still under the 40,000-element
    // limit that switches to the linear fallback) take far longer than the bound, even in a warm worker.
    const slow = file('slow.html', `<html><body><article><h1>Slow</h1>${para.repeat(10)}${'<div><span>x</span></div>'.repeat(12000)}</article></body></html>`);
    const lines = await run([
      { id: 1, file: FIXTURE, url: 'https://northernledger.example/a' },
      'this is not json',
      { id: 'missing', file: join(dir, 'nope.html') },
      { id: 'slow', file: slow },
      { id: 'after', file: join(ROOT, 'tests/fixtures/pages/id-banjir-jakarta/source.html'), url: 'https://kabarpagi.example/b' },
    ], ['--timeout', '4000', '--max-memory', '512']);
    expect(lines.map((l) => l.id)).toEqual([1, null, 'missing', 'slow', 'after']);
    expect(lines[0]).toMatchObject({ title: 'Riverside council votes to turn car park into public library', isArticle: true });
    expect(typeof lines[0]!.ms).toBe('number');
    expect(lines[1]!.error).toMatch(/not JSON/);
    expect(lines[2]!.error).toMatch(/no such file/);
    expect(lines[3]!.error).toMatch(/timed out after 4000 ms/);
    expect(lines[4]).toMatchObject({ id: 'after', url: 'https://kabarpagi.example/b' });
    expect(lines[4]!.textContent).toContain('Banjir rob kembali merendam sejumlah permukiman');
  }, 60_000);

  it('a page that exhausts the memory bound is an error and the next page still extracts', async () => {
    // jsdom needs several times the page's size in heap: 40 MB of text does not fit in 64 MB.
    const hungry = file('hungry.html', `<html><body><article><h1>Hungry</h1><p>${'ferry '.repeat(7_000_000)}</p></article></body></html>`);
    const lines = await run([{ id: 'hungry', file: hungry }, { id: 'next', file: FIXTURE }], ['--timeout', '60000', '--max-memory', '64']);
    expect(lines[0]).toEqual({ id: 'hungry', error: 'out of memory (limit 64 MB)' });
    expect(lines[1]).toMatchObject({ id: 'next', title: 'Riverside council votes to turn car park into public library' });
  }, 60_000);

  it('a page whose text holds U+2028, U+2029 or NEL still gives exactly one line, split as any line reader splits', async () => {
    // Python's str.splitlines() (and many JSON-lines readers) break lines at these characters too.
    const odd = file('odd.html', `<html lang="en"><body><article><h1>Odd breaks</h1>${para}<p>Harbour\u2028master and\u2029pilot\u0085boats.</p>${para}</article></body></html>`);
    const r = await cli(['--batch', '--jobs', '1'], [{ id: 'odd', file: odd }, { id: 'next', file: FIXTURE }].map((j) => JSON.stringify(j)).join('\n'));
    expect(r.status).toBe(0);
    const lines = r.stdout.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/).filter(Boolean);
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!) as { id: string; textContent: string };
    expect(first.id).toBe('odd');
    expect(first.textContent).toMatch(/Harbour[\u2028\s]master/);
    expect((JSON.parse(lines[1]!) as { id: string }).id).toBe('next');
  }, 60_000);

  it('validates each job line', () => {
    expect(parseJobLine('{"id":3}', 1)).toEqual({ id: 3, error: 'line 1: "file" is missing' });
    expect(parseJobLine('[1]', 2)).toEqual({ id: null, error: 'line 2: not an object' });
    expect(parseJobLine('{"id":"x","file":"a.html","url":5}', 3)).toEqual({ id: 'x', error: 'line 3: "url" is not a string' });
    expect(parseJobLine('{"id":"x","file":"a.html"}', 4)).toEqual({ id: 'x', file: 'a.html', url: undefined });
    expect(parseJobLine('{"id":"x","file":"a.html","url":"javascript:alert(1)"}', 5)).toEqual({ id: 'x', error: 'line 5: "url" is not an http(s) URL' });
    expect(parseJobLine('{"id":"x","file":"a.html","url":"  https://a.test/n/1\\n "}', 6)).toEqual({ id: 'x', file: 'a.html', url: 'https://a.test/n/1' });
    expect(parseJobLine('{"id":"x","file":"a.html","url":"https://a.test/ n/1"}', 7)).toEqual({ id: 'x', error: 'line 7: "url" is not an http(s) URL' });
  });
});
