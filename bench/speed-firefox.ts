// The same click → text measurement in Firefox (the engine driver of scripts/engines, WebDriver BiDi). The toolbar
// click goes through the extensions menu as a person's does (opening the menu is inside the measured time).
// Cold: Firefox suspends the background page after extensions.background.idle.timeout; the bench sets it to 1 s and
// waits 2.5 s before the click; the background's own start time (after the click was sent) proves it was suspended.
import type { FixtureServer } from '../scripts/server';
import { launchEngine, sleep } from '../scripts/engines';
import type { ClickTiming } from '../lib/click-timing';
import type { ClickSample, Mode } from './speed-click';
import type { BenchPage } from './speed-pages';

type FirefoxProbe = { origin: number; visible: number | null; html: number | null; modules: number | null; view: number | null; timing: ClickTiming | null };

export async function firefoxClicks(server: FixtureServer, pages: BenchPage[], clicks: number,
  onSample: (page: BenchPage, mode: Mode, s: ClickSample | null) => void): Promise<void> {
  const engine = await launchEngine('firefox', { server, firefoxPrefs: { 'extensions.background.idle.timeout': 1000 } });
  try {
    for (const p of pages) {
      for (let k = 0; k < clicks; k++) {
        for (const mode of ['cold', 'warm'] as Mode[]) {
          const tab = await engine.open(p.path);
          await sleep(mode === 'cold' ? 2500 : 400);
          const t0 = Date.now();
          let sample: ClickSample | null = null;
          try {
            await engine.clickAction(tab);
            await tab.waitForUrl((u) => u.startsWith(engine.readerUrlPrefix), 10_000);
            const r = await tab.waitFor(() => {
              const mark = performance.getEntriesByName('baca:text-visible')[0];
              if (!mark) return null;
              const view = performance.getEntriesByName('baca:view-loaded')[0] as PerformanceMark | undefined;
              const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
              const modules = performance.getEntriesByName('baca:modules-ready')[0];
              return { origin: performance.timeOrigin, visible: mark.startTime, html: nav ? nav.responseEnd : null,
                modules: modules ? modules.startTime : null, view: view ? view.startTime : null, timing: view ? view.detail : null };
            }, undefined, 10_000) as FirefoxProbe;
            const tm = r.timing;
            // A cold click whose background was already running (not suspended) is not counted as cold.
            if (tm && r.visible !== null && (mode === 'warm' || tm.workerStartAt > t0)) {
              sample = {
                total: r.origin + r.visible - t0, toBackground: tm.clickAt - t0,
                workerSpawn: mode === 'cold' ? tm.workerStartAt - t0 : null, extraction: tm.extractedAt - tm.clickAt,
                inPage: tm.extractEndAt - tm.extractStartAt, handOver: r.origin - tm.extractedAt, readerPaint: r.visible,
                readerHtml: r.html, readerFiles: null, readerModules: r.modules, readerView: r.view,
              };
            }
          } catch (err) {
            if (process.env.BACA_DEBUG) console.log('firefox', p.name, mode, String(err));
          }
          onSample(p, mode, sample);
          await tab.close();
        }
      }
    }
  } finally {
    await engine.close();
  }
}
