// Where the rest of a multi-page article is: a "show all" link, numbered page links, or rel=next /
// "Halaman selanjutnya" / "Next page" links, only ever to pages of the same article on the same site.

const PAGE_PARAMS = /^(?:page|p|pg|paged|hal|halaman|seite|pagina|pagine|sayfa)$/i;
const SHOW_ALL = /^(?:tampilkan semua|tampilkan semua halaman|lihat semua|baca dalam satu halaman|show all|view all|view as single page|single page|read all|alle seiten|auf einer seite lesen|voir tout|ver todo|mostrar todo|tutte le pagine|tümünü göster)$/i;
const NEXT_TEXT = /^(?:halaman selanjutnya|halaman berikutnya|selanjutnya|berikutnya|next page|next|nächste seite|weiter|page suivante|suivant|página siguiente|siguiente|próxima página|pagina successiva|volgende pagina|sonraki sayfa|sonraki|trang sau|susunod na pahina|›|»|>)$/i;

/** The same article whatever its page: drop page parameters and trailing page numbers. */
export function articleKey(href: string): string | null {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol)) return null;
  // Collect the names with forEach: in a Firefox content script URLSearchParams is an Xray wrapper whose
  // keys()/values()/entries() iterators are not iterable (spreading them throws, Array.from gives []).
  const keys: string[] = [];
  u.searchParams.forEach((_value, k) => keys.push(k));
  for (const k of keys) {
    if (PAGE_PARAMS.test(k) || /^(?:single|all|showall|amp)$/i.test(k)) u.searchParams.delete(k);
  }
  const path = u.pathname.replace(/\/(?:page|halaman|hal|seite)[-/]?\d{1,2}\/?$/i, '').replace(/\/\d{1,2}\/?$/, '').replace(/\/$/, '');
  return `${u.origin}${path}?${u.searchParams.toString()}`;
}

export interface PageLinks {
  /** A same-article link that shows every page at once. */
  all: string | null;
  /** Numbered pages after this one, in order (from "1 2 3 …" links). */
  numbered: string[];
  /** The next page (rel=next or a "next page" link). */
  next: string | null;
}

const linkText = (a: Element) => (a.textContent ?? '').replace(/\s+/g, ' ').trim();

export function findPageLinks(doc: Document, url: string): PageLinks {
  const key = articleKey(url);
  const here = new URL(url);
  const same = (href: string | null): string | null => {
    if (!href || href.startsWith('#')) return null;
    try {
      const abs = new URL(href, url);
      abs.hash = '';
      if (abs.origin !== here.origin || abs.href === here.href.replace(/#.*$/, '')) return null;
      return articleKey(abs.href) === key ? abs.href : null;
    } catch {
      return null;
    }
  };
  let all: string | null = null;
  let next = same(doc.querySelector('link[rel~="next" i]')?.getAttribute('href') ?? null);
  const byNumber = new Map<number, string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 3000)) {
    const text = linkText(a);
    const href = a.getAttribute('href');
    if (text.length > 40) continue;
    if (!all && (SHOW_ALL.test(text) || /[?&](?:page|halaman|hal)=all\b|[?&](?:single|showall)=(?:1|true)\b/i.test(href ?? ''))) {
      all = same(href);
      if (all) continue;
    }
    if (!next && (/\bnext\b/i.test(a.getAttribute('rel') ?? '') || NEXT_TEXT.test(text))) next = same(href);
    const n = /^\d{1,2}$/.test(text) ? Number(text) : 0;
    if (n >= 2 && n <= 50 && !byNumber.has(n)) {
      const abs = same(href);
      if (abs) byNumber.set(n, abs);
    }
  }
  const numbered = [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([, u]) => u);
  return { all, numbered: [...new Set(numbered)], next };
}
