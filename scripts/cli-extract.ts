// One file → ExtractResult, on jsdom: the same extractArticle() the extension runs in the page.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract/extract';
import type { ExtractResult } from '../lib/types';
import { decodeHtmlBytes, notHtmlReason } from './cli-decode';

/** A page that cannot be extracted for a reason the person can act on (exit code 2 in single mode). */
export class InputError extends Error {}

export async function readHtmlFile(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(err));
    throw new InputError(`cannot read ${file}: ${why}`);
  }
  const { text } = decodeHtmlBytes(bytes);
  const reason = notHtmlReason(bytes, text);
  if (reason) throw new InputError(`cannot extract ${file}: ${reason}`);
  return text;
}

export function extractHtml(html: string, url: string): ExtractResult {
  // The page's scripts never run and nothing is fetched: jsdom's defaults, said out loud.
  const dom = new JSDOM(html, { url, runScripts: undefined, resources: undefined, virtualConsole: new VirtualConsole() });
  try {
    return extractArticle(dom.window.document, url, { force: true });
  } finally {
    dom.window.close();
  }
}

export function fileUrl(file: string): string {
  return pathToFileURL(resolve(file)).href;
}

export async function extractFile(file: string, url?: string): Promise<ExtractResult> {
  const html = await readHtmlFile(file);
  return extractHtml(html, url ?? fileUrl(file));
}
