// One measured toolbar click in Chromium: from the click (DevTools Extensions.triggerAction) to the frame in which
// the reader page painted the article's text, with the breakdown the extension records on the way (lib/click-timing).
// Cold: the extension's service worker is stopped before the click (and proven gone from the browser's targets).
import type { CDPSession, Page } from 'playwright-core';
import type { Baca } from '../scripts/browser';
import type { ClickTiming } from '../lib/click-timing';

export type Mode = 'cold' | 'warm';

export interface ClickSample {
  total: number;
  /** click → the background's onClicked (cold: includes starting the service worker). */
  toBackground: number;
  /** cold only: click → the worker's script started. */
  workerSpawn: number | null;
  /** onClicked → the article is back in the background (options, inject, extract, return). */
  extraction: number;
  /** of which the extraction script ran inside the page. */
  inPage: number;
  /** article in the background → the reader page's navigation started (store, navigate, leave the page). */
  handOver: number;
  /** reader navigation start → text painted. */
  readerPaint: number;
  /** of which: → the reader's HTML arrived; → its first-paint scripts and CSS arrived; → its modules evaluated;
   *  → the view (article) was in the page. */
  readerHtml: number | null;
  readerFiles: number | null;
  readerModules: number | null;
  readerView: number | null;
}

const READER_PROBE = `(async () => {
  const deadline = Date.now() + 10000;
  let mark;
  while (!(mark = performance.getEntriesByName('baca:text-visible')[0]) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 4));
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const view = performance.getEntriesByName('baca:view-loaded')[0];
  const nav = performance.getEntriesByType('navigation')[0];
  return { origin: performance.timeOrigin, visible: mark ? mark.startTime : null, modules: at('baca:modules-ready'),
    html: nav ? nav.responseEnd : null,
    files: Math.max(0, ...performance.getEntriesByType('resource').filter((e) => /\.(js|css)$/.test(e.name) && e.startTime < (at('baca:modules-ready') ?? 0)).map((e) => e.responseEnd)),
    view: view ? view.startTime : null, timing: view ? view.detail : null };
})()`;

interface Probe {
  origin: number;
  html: number | null;
  files: number;
  visible: number | null;
  modules: number | null;
  view: number | null;
  timing: ClickTiming | null;
}

export class ClickLab {
  private browserSession: CDPSession | null = null;
  constructor(readonly baca: Baca) {}

  private async session(): Promise<CDPSession> {
    return (this.browserSession ??= await this.baca.context.browser()!.newBrowserCDPSession());
  }

  /** Whether the extension's service worker is running (a target in the browser). */
  async workerRunning(): Promise<boolean> {
    const { targetInfos } = (await (await this.session()).send('Target.getTargets', { filter: [{}] } as never)) as unknown as {
      targetInfos: { type: string; url: string }[];
    };
    const origin = `chrome-extension://${this.baca.extensionId}/`;
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  }

  /** Stop every service worker (CDP ServiceWorker.stopAllWorkers), then prove Baca's is gone. */
  async stopWorker(page: Page): Promise<void> {
    const s = await this.baca.context.newCDPSession(page);
    try {
      await s.send('ServiceWorker.enable' as never);
      await s.send('ServiceWorker.stopAllWorkers' as never);
      await s.send('ServiceWorker.disable' as never);
    } finally {
      await s.detach().catch(() => undefined);
    }
    for (let i = 0; i < 100; i++) {
      if (!(await this.workerRunning())) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the service worker did not stop');
  }

  /** Open `url` as a person would have it: loaded (or given up on after 8 s) and idle for a moment. */
  async openPage(url: string): Promise<Page> {
    const page = await this.baca.context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 8_000 }).catch(() => undefined);
    await page.waitForTimeout(400);
    return page;
  }

  /** One click on `page`; null when the reader did not show text. Leaves the tab on the reader. */
  async click(page: Page, mode: Mode): Promise<ClickSample | null> {
    if (mode === 'cold') await this.stopWorker(page);
    else if (!(await this.workerRunning())) throw new Error('warm click asked for, but the service worker is not running');
    // From the moment the click is sent, after the DevTools round trips that find the tab (not part of a click).
    const t0 = await this.baca.click(page);
    try {
      await page.waitForURL((u) => u.href.startsWith(this.baca.readerUrlPrefix), { timeout: 8_000 });
    } catch {
      return null;
    }
    const p = (await page.evaluate(READER_PROBE)) as Probe;
    if (p.visible === null || !p.timing) return null;
    const tm = p.timing;
    return {
      total: p.origin + p.visible - t0,
      toBackground: tm.clickAt - t0,
      workerSpawn: mode === 'cold' ? tm.workerStartAt - t0 : null,
      extraction: tm.extractedAt - tm.clickAt,
      inPage: tm.extractEndAt - tm.extractStartAt,
      handOver: p.origin - tm.extractedAt,
      readerPaint: p.visible,
      readerHtml: p.html,
      readerFiles: p.files || null,
      readerModules: p.modules,
      readerView: p.view,
    };
  }
}
