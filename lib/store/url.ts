// Canonical URLs: the same article saved from a newsletter link, a share button or the address bar is one entry.

/** Query parameters that only track where a click came from. Exact names, then prefixes. */
export const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid', 'mc_cid',
  'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'wickedid', 'rb_clickid', 'ref_src', 'ref_url', 'cmpid', 'ncid', 'ocid', 'sr_share', 'share', 'smid', 'spm',
  'scid', 's_cid', 'icid', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'at_medium', 'at_campaign',
  'fb_action_ids', 'fb_action_types', 'fb_source', 'fb_ref', 'xtor', 'wt_mc', 'wt_zmc', 'cid_source', 'partner',
]);
export const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'ga_', 'itm_', 'ns_', 'trk_', 'stm_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** http(s) URL without fragment, default port, tracking parameters, or a trailing "?"; other parameters sorted. */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  let href = url.href;
  // "/path/" and "/path" are the same article on news sites; the root stays "/".
  if (url.pathname.length > 1 && url.pathname.endsWith('/') && !url.search) href = href.slice(0, -1);
  return href;
}

function hostKey(u: string): string {
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The key an article is stored under, and every form it is known by. rel=canonical wins when it points at an article
 * on the same site (not the home page: some sites point every page's canonical there).
 */
export function articleKeys(pageUrl: string, declaredCanonical?: string | null): { key: string; urls: string[] } | null {
  const page = canonicalUrl(pageUrl);
  if (!page) return null;
  const declared = declaredCanonical ? canonicalUrl(declaredCanonical) : null;
  const usable = declared && hostKey(declared) === hostKey(page) && new URL(declared).pathname.length > 1 ? declared : null;
  const key = usable ?? page;
  return { key, urls: [...new Set([key, page])] };
}
