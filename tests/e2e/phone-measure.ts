// Phone checks shared by the phone e2e flows: touch-target sizes of every visible control, and horizontal overflow.
import type { Page } from 'playwright-core';

export const PHONE = { width: 360, height: 740 } as const;
/** The smallest hit area a finger can rely on (WCAG 2.5.5, Android and iOS guidelines), CSS px. */
export const MIN_TARGET = 44;

export interface Target {
  what: string;
  width: number;
  height: number;
}

/**
 * Every visible interactive control of the page with its hit area. A checkbox or radio button counts with the label
 * that holds it (tapping the label sets it). Links inside the article's running text are prose, not controls
 * (WCAG 2.5.8 exempts inline links), and are left out; so are controls hidden for everyone (display:none,
 * visibility:hidden, zero size) and the visually hidden file inputs whose label is the button.
 */
export function targets(page: Page): Promise<Target[]> {
  return page.evaluate(TARGETS_SCRIPT) as Promise<Target[]>;
}

/**
 * The measuring code as plain script text, so it runs unchanged in any engine's page (and no bundler helper such as
 * esbuild's __name leaks into it).
 */
export const TARGETS_SCRIPT = `(() => {
  const SELECTOR = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const PROSE = '.article-body p, .article-body li, .article-body td, .article-body blockquote, .article-body figcaption';
  const out = [];
  for (const el of document.querySelectorAll(SELECTOR)) {
    if (el.tagName === 'A' && el.closest(PROSE)) continue;
    if (el.closest('[hidden], [inert]')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    let box = el.getBoundingClientRect();
    const toggle = el.tagName === 'INPUT' && /^(checkbox|radio)$/.test(el.type);
    if (toggle || el.classList.contains('visually-hidden')) {
      const label = el.closest('label') || (el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null);
      if (label) box = label.getBoundingClientRect();
      else if (!toggle) continue;
    }
    if (box.width === 0 && box.height === 0) continue;
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    const cls = (el.getAttribute('class') || '').trim();
    const what = el.tagName.toLowerCase() + (cls ? '.' + cls.split(/\\s+/).join('.') : '')
      + (el.tagName === 'INPUT' ? '[' + el.type + ']' : '') + ' "' + text + '"';
    out.push({ what, width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 });
  }
  return out;
})()`;

/** The controls smaller than MIN_TARGET in either direction. */
export async function smallTargets(page: Page): Promise<Target[]> {
  return (await targets(page)).filter((t) => t.width < MIN_TARGET - 0.5 || t.height < MIN_TARGET - 0.5);
}

/** How far the page is wider than its viewport (0 when nothing overflows sideways). */
export function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}
