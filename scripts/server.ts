// A local server for the e2e suite and benchmarks: serves tests/fixtures/pages (and any extra routes) on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.css': 'text/css',
  '.js': 'text/javascript', '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FixtureServer {
  url: string;
  port: number;
  /** Every path requested, in order (to prove what a reader view did or did not load). */
  requests: string[];
  route: (fn: Route) => void;
  close: () => Promise<void>;
}

export async function startServer(root = FIXTURES, port = 0): Promise<FixtureServer> {
  const requests: string[] = [];
  const routes: Route[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    requests.push(req.url ?? '/');
    for (const r of routes) if (await r(req, res)) return;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'source.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    requests,
    route: (fn) => routes.push(fn),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
