// Boilerplate containers recognised by their class or id names (data). `names` is tested against "class id"
// (lower-cased), `selector` (plain tags and attributes only: fast everywhere) is queried as is. `maxText`: only
// containers with at most this much text go, so a class name alone never takes an article body with it;
// `linkDense`: only when most of the text is links.
import type { RemovalReason } from '../../types';

export interface SelectorRule {
  reason: RemovalReason;
  rule: string;
  names?: RegExp;
  selector?: string;
  maxText: number;
  linkDense?: boolean;
  /** A box holding the page's <h1> is never this kind of box (it would take the headline with it). */
  sparesHeadline?: boolean;
}

export const selectorRules: readonly SelectorRule[] = [
  { reason: 'ad', rule: 'ad-slot', maxText: Infinity, sparesHeadline: true,
    selector: 'ins,amp-ad,amp-embed,amp-sticky-ad,[data-google-query-id],[data-ad-slot],[data-ad-unit],[data-adunit]',
    names: /adsbygoogle|^div-gpt-ad|\bdiv-gpt-ad|google_ads|taboola|outbrain/ },
  { reason: 'interstitial', rule: 'scroll-interstitial', maxText: 200,
    names: /parallax|scroll-?page|scrollpage|inarticle-?scroll|scroll-?to-?(?:resume|continue)/ },
  { reason: 'ad', rule: 'ad-container', maxText: 160,
    names: /(?:^|[\s_-])(?:ads?|advert|advertisement|iklan|adslot|adunit|dfp|sponsor(?:ed)?|billboard|leaderboard|skyscraper|banner-ad)(?:$|[\s_\d-])|adsbox|ad-slot|ad-container|ad-wrapper|adsense/ },
  { reason: 'share', rule: 'share-bar', maxText: 200, names: /share|sharing|social|sosmed|addthis|addtoany|a2a_kit/ },
  { reason: 'promo', rule: 'promo-box', maxText: 600,
    names: /newsletter|subscribe|signup|sign-up|promo|whatsapp-channel|google-news|follow-us|app-download|donat|support-us/ },
  { reason: 'related', rule: 'related-list', maxText: 3000, linkDense: true,
    names: /related|terkait|trending|most-?read|popular|populer|recommend|baca-?juga|read-?also|also-read|more-(?:news|stories|on)|terbaru|latest|lainnya|rekomendasi|next-article/ },
  { reason: 'tags', rule: 'tag-list', maxText: 800, linkDense: true, selector: '[rel~="tag"]',
    names: /(?:^|[\s_-])tags?(?:$|[\s_-])|tag-?list|topik|keyword|schlagw|etiket/ },
  { reason: 'comments', rule: 'comments', maxText: Infinity, sparesHeadline: true,
    names: /^comments?$|comment-|comments|komentar|kommentar|disqus|fb-comments|forum-|postings|^respond$/ },
  // "cmp" alone is also Adobe's component prefix (cmp-text, cmp-container: the article itself on AEM sites): only the
  // consent platforms' own boxes count.
  { reason: 'consent', rule: 'consent-banner', maxText: 2000,
    names: /cookie|consent|gdpr|qc-cmp|cmp-?(?:banner|dialog|modal|popup|overlay|wrapper|root|ui)\b|cmpbox|onetrust|cookiebot/ },
  { reason: 'other', rule: 'author-box', maxText: 800, sparesHeadline: true,
    names: /author-?bio|author-?box|about-(?:the-)?author|author-info|author-card|autor-?box|author-details|author-?description|(?:^|\s)author-container|author-?profile|author-?about|writer-?bio|bio-?box|abh_box|saboxplugin/ },
  { reason: 'other', rule: 'breadcrumbs', maxText: 300, linkDense: true, names: /breadcrumb/ },
];
