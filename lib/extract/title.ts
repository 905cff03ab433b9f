// Titles without the site's suffix or prefix ("… - Kompas.com", "detikNews | …").

const SEPARATORS = /\s+[|\-–—:·•»«/]\s+/;

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Remove a site name joined to the title by a separator; never leave less than a few words. */
export function cleanTitle(title: string, readabilityTitle: string, siteName: string | null): string {
  let t = title.replace(/\s+/g, ' ').trim();
  if (!t) t = readabilityTitle.trim();
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const site = siteName ? norm(siteName) : '';
  const isSite = (p: string) => {
    const n = norm(p);
    return !!n && (!!site && (n === site || site.includes(n) || n.includes(site) && n.length <= site.length + 12) ||
      /^(?:www)?[\p{L}\p{N}-]+(?:com|net|org|co|id|my|news|tv)$/u.test(n) && p.includes('.'));
  };
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (isSite(last)) return t.slice(0, t.lastIndexOf(last)).replace(/[\s|\-–—:·•»«/]+$/, '').trim() || t;
  if (isSite(first)) return t.slice(first.length).replace(/^[\s|\-–—:·•»«/]+/, '').trim() || t;
  return t;
}
