// npm start: build Baca, then open Chromium with it loaded on a bundled sample news page.
//   npm start                                   a window (needs a display; without one it runs headless instead)
//   npm start -- --headless [--screenshot out.png] [URL|FILE]
//                                               click the toolbar button headless and write a screenshot of the reader
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { findChrome } from './find-chrome.mjs';
import { EXTENSION_DIR, launchBaca } from './browser';
import { startServer } from './server';

interface Args {
  headless: boolean;
  screenshot: string;
  target: string | null;
  build: boolean;
  theme: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { headless: false, screenshot: 'baca-reader.png', target: null, build: true, theme: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--headless') args.headless = true;
    else if (a === '--screenshot') args.screenshot = argv[++i] ?? args.screenshot;
    else if (a === '--no-build') args.build = false;
    else if (a === '--theme') args.theme = argv[++i] ?? null;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm start -- [--headless] [--screenshot out.png] [--theme light|sepia|dark] [--no-build] [URL|FILE]');
      process.exit(0);
    } else if (!a.startsWith('--')) args.target = a;
    else {
      console.error(`unknown option ${a} (see --help)`);
      process.exit(2);
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';
if (!args.headless && !hasDisplay) {
  console.log('No display found (DISPLAY/WAYLAND_DISPLAY unset): running headless and writing a screenshot instead.');
  args.headless = true;
}

process.env.CHROME_PATH = findChrome({ install: true });
if (args.build || !existsSync(EXTENSION_DIR)) {
  console.log('Building Baca (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The page to open: the bundled sample, a URL, or a local HTML file served over http (file:// needs extra access).
let server = await startServer();
let pageUrl = `${server.url}/id-banjir-jakarta/`;
if (args.target && /^https?:\/\//.test(args.target)) pageUrl = args.target;
else if (args.target) {
  const file = resolve(args.target);
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`No such file: ${args.target}`);
    process.exit(2);
  }
  await server.close();
  server = await startServer(dirname(file));
  pageUrl = `${server.url}/${encodeURIComponent(basename(file))}`;
}

const baca = await launchBaca({ server, headless: args.headless, viewport: args.headless ? { width: 1100, height: 900 } : null });
const page = await baca.open(pageUrl);
if (!args.headless) {
  console.log(`Chromium is open with Baca on ${pageUrl}.\nClick the Baca button in the toolbar (or press Alt+Shift+R; Alt+R on Linux). Close the window to stop.`);
  await new Promise<void>((done) => baca.context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

await baca.openReader(page);
if (args.theme) {
  await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), args.theme);
}
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: args.screenshot, fullPage: false });
console.log(`Reader view of ${pageUrl}\nScreenshot written to ${resolve(args.screenshot)}`);
await baca.close();
await server.close();
