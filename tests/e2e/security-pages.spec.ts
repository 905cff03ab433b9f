// Extension pages: the built manifest's CSP and exposure, the CSP as Chromium enforces it in the reader, no page CSS
// or fonts in the reader, and a web page that tries to drive the extension through postMessage and DOM events.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, actionState, launchBaca, type Baca } from './harness';
import { startServer, type FixtureServer } from './server';
import { watchExtensionRequests } from './security-watch';

interface Manifest {
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_scripts?: { js?: string[] }[];
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? builtFiles(join(dir, f)) : [join(dir, f)]));
}

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour board approved the dredging plan after a long evening of questions from skippers, ferry crews and the residents of the old quay.</p>`).join('');

describe('extension pages', () => {
  it('the built manifest has a strict CSP, exposes no page to the web and accepts no outside messages', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v] as const));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    // The extraction script is injected on demand, never declared for every page.
    expect(manifest.content_scripts?.flatMap((c) => c.js ?? [])).not.toContain('content-scripts/extract.js');
  });

  it('the built code contains no eval, no Function constructor and loads no remote script', () => {
    const code = builtFiles(EXTENSION_DIR).filter((f) => /\.(?:js|html)$/.test(f));
    expect(code.length).toBeGreaterThan(3);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\(|new Function\(|<script[^>]+src=["']?https?:/);
    }
  });
});

describe('a hostile page against the reader and the extension', () => {
  let baca: Baca;
  let attacker: FixtureServer;
  beforeAll(async () => {
    attacker = await startServer(`${import.meta.dirname}/../fixtures/hostile/attacker-root`);
    baca = await launchBaca();
    const styled = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Styled page</title>
<meta property="og:type" content="article">
<link rel="stylesheet" href="${attacker.url}/page.css">
<style>@font-face{font-family:PageFont;src:url(${attacker.url}/page-font.woff2)} body{font-family:PageFont;background:url(${attacker.url}/bg.png)}</style>
</head><body><article><h1>Styled page keeps its styles to itself</h1>${PROSE}</article></body></html>`;
    // On load, and again every 50 ms, the page throws every message and event it can think of at the extension.
    const noisy = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Noisy page</title></head>
<body><article><h1>Noisy page tries to drive Baca</h1>${PROSE}</article><script>
const msgs = [{type:'reader-back'},{type:'leave-reader',tabId:1},{type:'save-article',article:{url:location.href,canonicalUrl:location.href,title:'Injected',contentHtml:'<img src=x onerror=alert(1)>',textContent:'x',wordCount:1,readingMinutes:1}},{type:'queue-run'},{type:'detect',isArticle:true,score:99}];
function shout(){for(const m of msgs){postMessage(m,'*');document.dispatchEvent(new CustomEvent(m.type,{detail:m}));window.dispatchEvent(new MessageEvent('message',{data:m}));}
 window.__runtime = typeof chrome !== 'undefined' && chrome.runtime ? typeof chrome.runtime.sendMessage : 'none';
 try { chrome.runtime.sendMessage('${'EXT'}', msgs[2]); window.__sent = 'sent'; } catch (e) { window.__sent = 'threw'; }}
shout(); setInterval(shout, 50);
</script></body></html>`;
    baca.server.route((req, res) => {
      const body = req.url === '/styled' ? styled : req.url === '/noisy' ? noisy.replace("'EXT'", `'${baca.extensionId}'`) : null;
      if (!body) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      return true;
    });
  });
  afterAll(async () => {
    await baca?.close();
    await attacker?.close();
  });

  it('CSP is enforced in the reader: an injected inline script or handler does not run, and CSP is what stops it', async () => {
    const page = await baca.open('/styled');
    await baca.openReader(page);
    const result = await page.evaluate(() => {
      const violated: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violated.push(e.effectiveDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = 1');
      img.src = 'data:,broken';
      document.body.append(img);
      return new Promise<{ inline: boolean; handler: boolean; violated: string[] }>((done) => setTimeout(() => done({
        inline: (window as { __inline?: number }).__inline === 1,
        handler: (window as { __handler?: number }).__handler === 1,
        violated: [...new Set(violated)].sort(),
      }), 300));
    });
    expect(result).toEqual({ inline: false, handler: false, violated: ['script-src-attr', 'script-src-elem'] });
    await page.close();
  });

  it('the reader uses none of the page\'s stylesheets or fonts and fetches nothing from the page\'s hosts', async () => {
    const page = await baca.open('/styled');
    const before = attacker.requests.length;
    expect(before).toBeGreaterThan(0); // control: the page itself did load its CSS and font
    const watch = watchExtensionRequests(baca.context, baca.extensionId);
    await baca.openReader(page);
    await page.evaluate(() => document.fonts.ready);
    const { sheets, families, bodyFont } = await page.evaluate(() => ({
      sheets: Array.from(document.styleSheets).map((s) => s.href ?? 'inline'),
      families: Array.from(document.fonts).map((f) => f.family),
      bodyFont: getComputedStyle(document.body).fontFamily,
    }));
    watch.stop();
    expect(sheets.every((h) => h.startsWith(`chrome-extension://${baca.extensionId}/`))).toBe(true);
    expect(families.join(',')).not.toMatch(/PageFont/);
    expect(bodyFont).not.toMatch(/PageFont/);
    expect(watch.seen).toEqual([]);
    await page.close();
  });

  it('postMessage, DOM events and runtime.sendMessage from a page do nothing', async () => {
    const page = await baca.open('/noisy');
    const url = page.url();
    await page.waitForFunction(() => (window as { __sent?: string }).__sent !== undefined);
    // No externally_connectable: the page's world has no way to reach the extension's runtime.
    expect(await page.evaluate(() => (window as { __runtime?: string }).__runtime)).toBe('none');
    await page.waitForTimeout(500); // the page keeps shouting meanwhile
    expect(page.url()).toBe(url);
    const state = await actionState(baca, page);
    expect(state.badge).not.toMatch(/✓|saved/i);
    const saved = await (await baca.worker()).evaluate(() => new Promise<number>((done) => {
      const open = indexedDB.open('baca');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('entries')) return done(0);
        const count = db.transaction('entries').objectStore('entries').count();
        count.onsuccess = () => done(count.result);
      };
      open.onerror = () => done(-1);
    }));
    expect(saved).toBe(0);
    // And the reader still opens normally from that page.
    await baca.openReader(page);
    expect(await page.locator('.article-body').innerText()).toContain('Paragraph 6: the harbour board approved');
    expect(await page.locator('.article-body').innerHTML()).not.toContain('onerror');
    await page.close();
  });
});
