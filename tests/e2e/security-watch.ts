// What an extension page did while a test watched: requests it made, console errors (CSP refusals), script markers.
import type { BrowserContext, Page } from 'playwright-core';

export interface SeenRequest {
  url: string;
  frameUrl: string;
  type: string;
}

/** Requests made by extension pages (frames whose URL is chrome-extension://…), from now on; only `page`'s, if given. */
export function watchExtensionRequests(context: BrowserContext, extensionId: string, page?: Page): { seen: SeenRequest[]; stop: () => void } {
  const seen: SeenRequest[] = [];
  const prefix = `chrome-extension://${extensionId}/`;
  const onRequest = (r: import('playwright-core').Request) => {
    let frameUrl = '';
    try {
      if (page && r.frame().page() !== page) return;
      frameUrl = r.frame().url();
    } catch {
      return; // service worker requests have no frame
    }
    if (frameUrl.startsWith(prefix) && !r.url().startsWith(prefix)) seen.push({ url: r.url(), frameUrl, type: r.resourceType() });
  };
  context.on('request', onRequest);
  return { seen, stop: () => context.off('request', onRequest) };
}

/** Console errors and warnings (CSP refusals show up here) and uncaught errors, while the page shows `prefix`. */
export function watchConsole(page: Page, prefix: string): { messages: string[]; stop: () => void } {
  const messages: string[] = [];
  const onConsole = (m: import('playwright-core').ConsoleMessage) => {
    if ((m.type() === 'error' || m.type() === 'warning') && (m.location().url.startsWith(prefix) || page.url().startsWith(prefix))) {
      messages.push(m.text());
    }
  };
  const onError = (e: Error) => {
    if (page.url().startsWith(prefix)) messages.push(`pageerror: ${e.message}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  return { messages, stop: () => page.off('console', onConsole).off('pageerror', onError) };
}

/** In-page (self-contained, for any engine's evaluate): every URL the page's images may load: src, currentSrc and srcset candidates. */
export function pageImageUrls(): string[] {
  return Array.from(document.images).flatMap((i) => [i.src, i.currentSrc, ...(i.getAttribute('srcset') ?? '').split(',').map((e) => {
    const u = e.trim().split(/\s+/)[0];
    return u ? new URL(u, location.href).href : '';
  })]).filter(Boolean);
}

/** Every URL the page's images may load. */
export async function imageUrls(page: Page): Promise<Set<string>> {
  return new Set(await page.evaluate(pageImageUrls));
}

/** Whether a payload's script ran in this page (the marker, or a mutated DOM). */
export async function scriptRan(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __bacaPwned?: unknown }).__bacaPwned !== undefined);
}

/** Wait until the images the reader shows in the viewport are loaded (or failed): their requests are all made. */
export async function imagesSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(() => Array.from(document.images).every((i) => i.complete || i.getBoundingClientRect().top > innerHeight), undefined, { timeout: 3_000 })
    .catch(() => undefined);
}
