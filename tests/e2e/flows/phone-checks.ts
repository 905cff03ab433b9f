// Phone checks shared by the phone flows, in any engine: touch-target sizes of every visible control, sideways
// overflow, and whether a control or panel is really on screen and uncovered.
import type { Tab } from './engine';

export const PHONE = { width: 360, height: 740, touch: true } as const;
/** The smallest hit area a finger can rely on (WCAG 2.5.5, Android and iOS guidelines), CSS px. */
export const MIN_TARGET = 44;

export interface Target {
  what: string;
  width: number;
  height: number;
}

/**
 * In the page: every visible interactive control with its hit area. A checkbox or radio button counts with the label
 * that holds it (tapping the label sets it), a visually hidden file input with the label that stands for it. Links in
 * the article's running text are prose, not controls (WCAG 2.5.8 exempts inline links), and are left out; so are
 * controls hidden for everyone (display:none, visibility:hidden, [hidden], zero size).
 */
export function measureTargets(): Target[] {
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const prose = '.article-body p, .article-body li, .article-body td, .article-body blockquote, .article-body figcaption';
  const out: Target[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
    if (el.tagName === 'A' && el.closest(prose)) continue;
    if (el.closest('[hidden], [inert]')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    let box = el.getBoundingClientRect();
    const toggle = el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type);
    if (toggle || el.classList.contains('visually-hidden')) {
      const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null);
      if (label) box = label.getBoundingClientRect();
      else if (!toggle) continue;
    }
    if (box.width === 0 && box.height === 0) continue;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const cls = (el.getAttribute('class') ?? '').trim();
    const what = `${el.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`
      + `${el instanceof HTMLInputElement ? `[${el.type}]` : ''} "${text}"`;
    out.push({ what, width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 });
  }
  return out;
}

/** Every control measured, and those smaller than MIN_TARGET in either direction. */
export async function touchTargets(tab: Tab): Promise<{ all: Target[]; small: Target[] }> {
  const all = await tab.evaluate(measureTargets);
  return { all, small: all.filter((t) => t.width < MIN_TARGET - 0.5 || t.height < MIN_TARGET - 0.5) };
}

/** The layout width, and how much wider than it the page is (0 when nothing overflows sideways). */
export function widths(tab: Tab): Promise<{ viewport: number; scroll: number }> {
  return tab.evaluate(() => ({
    viewport: window.innerWidth,
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
  }));
}

/** Whether a tap at the centre of the first `selector` reaches that element (nothing covers it). */
export function tappable(tab: Tab, selector: string): Promise<boolean> {
  return tab.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && !!hit.closest(sel);
  }, selector);
}

/** Whether the first `selector` lies wholly inside the viewport (a panel must not hang off the screen). */
export function insideViewport(tab: Tab, selector: string): Promise<boolean> {
  return tab.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return !!r && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth + 0.5 && r.bottom <= window.innerHeight + 0.5;
  }, selector);
}
