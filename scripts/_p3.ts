import { launchEngine } from './engines/index';
const name = process.argv[2] as 'chromium' | 'firefox';
const depth = Number(process.argv[3]);
const e = await launchEngine(name);
e.server.route((req, res) => {
  if (req.url === '/deep') { res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><title>Deep news</title></head><body><article><h1>Harbour council agrees budget</h1>${'<p>The harbour council agreed on a longer timetable after a long meeting on Tuesday evening, according to minutes seen by this newspaper, and residents welcomed it.</p>'.repeat(8)}</article><div id="deep"></div><script>let n = document.getElementById('deep'); for (let i = 0; i < ${depth}; i++) { const d = document.createElement('div'); n.appendChild(d); n = d; } n.textContent = 'bottom';</script></body></html>`); return true; }
  return false;
});
const tab = await e.open('deep');
await new Promise((r) => setTimeout(r, 800));
const t0 = Date.now();
await e.clickAction(tab);
await new Promise((r) => setTimeout(r, 5000));
console.log(depth, Date.now() - t0, await tab.url(), JSON.stringify(await e.actionState(tab)), (await tab.text('.notice, .article-body').catch(String)).slice(0, 100));
await e.close();
