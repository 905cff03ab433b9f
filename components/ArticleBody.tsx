// The article's HTML, sanitized once more here (defence in depth) and inserted as DOM, never as page script.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '../lib/sanitize';

/** Wide tables scroll sideways inside their own box instead of stretching the page. */
function wrapTables(root: HTMLElement): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.parentElement?.classList.contains('table-wrap')) continue;
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.tabIndex = 0;
    table.replaceWith(wrap);
    wrap.append(table);
  }
}

export function ArticleBody({ html, lang, dir }: { html: string; lang: string | null; dir: 'ltr' | 'rtl' | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.replaceChildren(sanitizeToFragment(html));
    wrapTables(el);
    // Highlights (components/highlights) are painted again on every new rendering of the body.
    el.dispatchEvent(new CustomEvent('baca:body-rendered', { bubbles: true }));
    // For `npm run bench`: when the article's text reached the screen (the frame after it was inserted).
    requestAnimationFrame(() => performance.mark('baca:text-visible'));
  }, [html]);
  return <div ref={ref} class="article-body" lang={lang ?? undefined} dir={dir ?? undefined} />;
}
