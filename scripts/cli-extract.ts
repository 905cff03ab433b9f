// One file → ExtractResult, on jsdom: the same extractArticle() the extension runs in the page.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract/extract';
import type { ExtractResult } from '../lib/types';
import { readHtmlFile } from './cli-decode';

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
