// Shared flow setup: which engine this Vitest process drives (BACA_ENGINE), and one browser per spec file.
import { afterAll, beforeAll } from 'vitest';
import { engineFromEnv, launchEngine, type Engine, type EngineLaunchOptions, type Tab } from './engine';

export const ENGINE = engineFromEnv();

/** Launch the engine before the file's tests and close it after; the returned getter gives the running one. */
export function useEngine(opts: EngineLaunchOptions = {}): () => Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await launchEngine(ENGINE, opts);
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => engine!;
}

/** A page of the browser's own, which no extension may read. */
export const RESTRICTED_URL = ENGINE === 'firefox' ? 'about:robots' : 'chrome://version/';

/** Poll the toolbar state of `tab` until `want` holds (the detector reports when the page is idle). */
export async function settledState(e: Engine, tab: Tab, want: (s: { title: string; badge: string }) => boolean, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  let last = await e.actionState(tab);
  while (!want(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    last = await e.actionState(tab);
  }
  return last;
}
