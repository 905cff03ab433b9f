// Rules that recognise boilerplate by the words it is made of ("Baca juga: …", "ADVERTISEMENT", share bars …),
// in every language of rules/phrases.ts. Only short text nodes are looked at, so the cost is linear in the page.
import type { RemovalLog } from './removal-log';
import { blockOf, climbSame, climbWhile, escapeRegExp, fold, linkDensity, shortTextNodes, textOf } from './dom-text';
import { adLabels, allPhrases, leftoverPatterns, creditLabels, interstitials, listHeadings, promos, readAlso, setupNotices, shareLabels, shareTargets } from './rules/phrases';

const SEP = '[\\s:：\\-–—|»>›•·]';
const startRe = (table: Parameters<typeof allPhrases>[0]) =>
  new RegExp(`^(?:${allPhrases(table).map(escapeRegExp).join('|')})(?=$|${SEP}|\\d)`, 'u');

let compiled: ReturnType<typeof compile> | null = null;
function compile() {
  const labels = allPhrases(shareLabels);
  const shares = [...labels, ...allPhrases(shareTargets)].sort((a, b) => b.length - a.length);
  return {
    ads: new Set(allPhrases(adLabels)),
    inter: startRe(interstitials),
    readAlso: startRe(readAlso),
    headings: startRe(listHeadings),
    credits: new RegExp(`^(?:${allPhrases(creditLabels).map(escapeRegExp).join('|')})\\s*[:：]\\s*(.+)$`, 'u'),
    shareRest: new RegExp(`(?:^|[^\\p{L}])(?:${shares.map(escapeRegExp).join('|')})(?=$|[^\\p{L}])`, 'gu'),
    shares: new Set(shares),
    shareLabels: new Set(labels),
    promo: new RegExp(allPhrases(promos).map(escapeRegExp).join('|'), 'u'),
    notice: new RegExp(allPhrases(setupNotices).map(escapeRegExp).join('|'), 'u'),
  };
}
const rules = () => (compiled ??= compile());
/** An ad-blocker notice or an embed's consent placeholder is a short box (a longer one is article text). */
const SETUP_NOTICE_MAX = 700;

/** Folded text without decoration around a label ("- ADVERTISEMENT -", "Iklan ▼"). */
const bare = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

export function isAdLabel(text: string): boolean {
  return rules().ads.has(bare(text));
}

function isShareBar(el: Element, text: string): boolean {
  if (!text || text.length > 300) return false;
  const rest = text.replace(rules().shareRest, ' ').replace(/[\d\s\p{P}\p{S}]+/gu, '');
  if (rest) return false;
  const words = text.match(rules().shareRest) ?? [];
  return words.length >= 2 || words.some((w) => rules().shareLabels.has(bare(w)));
}

/** Remove `label` and the link list it heads (next sibling, or the box around both). */
function removeHeadedList(label: Element, log: RemovalLog, reason: 'read-also' | 'related' | 'tags', rule: string, alone: boolean): boolean {
  const head = climbSame(label);
  const labelLen = textOf(head).length;
  const parent = head.parentElement;
  if (parent && !/^(?:BODY|MAIN|ARTICLE|HTML)$/.test(parent.tagName)) {
    const ptext = textOf(parent);
    if (ptext.length <= 1500 && ptext.length > labelLen && linkDensity(parent, ptext) * ptext.length >= 0.6 * (ptext.length - labelLen)) {
      log.remove(climbSame(parent), reason, rule);
      return true;
    }
  }
  let next = head.nextElementSibling;
  while (next && !textOf(next) && !next.querySelector('img')) next = next.nextElementSibling;
  if (next) {
    const ntext = textOf(next);
    if (ntext.length <= 1500 && linkDensity(next, ntext) >= 0.6) {
      log.remove(next, reason, rule);
      log.remove(head, reason, rule);
      return true;
    }
  }
  if (alone) {
    log.remove(head, reason, rule);
    return true;
  }
  return false;
}

function applyReadAlso(block: Element, text: string, match: string, log: RemovalLog, reason: 'read-also' | 'related' | 'tags', alone: boolean): boolean {
  const after = text.slice(match.length);
  const rest = after.replace(new RegExp(`^${SEP}+`, 'u'), '');
  if (!rest) return removeHeadedList(block, log, reason, reason === 'read-also' ? 'read-also-label' : 'list-heading', alone);
  const hasSep = /^\s*[:：\-–—|»>›]/.test(after);
  const dense = linkDensity(block, text) * text.length >= 0.5 * rest.length;
  // "Simak juga Video 'Judul':" introduces an embed that is not there: the line goes.
  const intro = alone && /[:：]$/.test(rest) && rest.length <= 200 && /^(?:video|foto|galeri|['"‘“])/u.test(rest);
  if (!(dense && rest.length <= 400) && !(alone && hasSep && rest.length <= 200) && !intro) return false;
  const box = climbWhile(block, (p) => {
    const t = textOf(p);
    return t.length <= 600 && t.startsWith(match) && (p.tagName !== 'P' || t === text);
  });
  log.remove(box, reason, reason === 'read-also' ? 'read-also' : 'list-heading');
  return true;
}

/** A wrapper whose whole text is one paragraph. */
function isLoneParagraph(box: Element): boolean {
  const ps = box.querySelectorAll('p');
  return ps.length === 1 && textOf(ps[0]!) === textOf(box);
}

/** Apply the phrase rules under `root`. Collects "Penulis: …" values into `log.credits`. */
export function applyPhraseRules(root: Element | Document, log: RemovalLog): void {
  const r = rules();
  const texts = new Map<Element, string>();
  for (const node of shortTextNodes(root)) {
    if (!root.contains(node)) continue;
    const block = blockOf(node);
    if (!block || !root.contains(block) || block === root || /^(?:BODY|HTML)$/.test(block.tagName)) continue;
    const nodeText = fold(node.nodeValue);
    let text = texts.get(block);
    if (text === undefined) texts.set(block, (text = textOf(block)));
    if (text.length > 1500) continue;
    if (isAdLabel(text) && log.allows('ad', 'ad-label')) {
      const label = climbSame(block);
      let slot = label.nextElementSibling;
      if (slot && !textOf(slot) && !slot.querySelector('img[src^="http"],figure,video')) log.remove(slot, 'ad', 'ad-label');
      const parent = label.parentElement;
      if (parent && parent.children.length <= 3 && textOf(parent) === text && !/^(?:BODY|MAIN|ARTICLE)$/.test(parent.tagName)) slot = parent;
      log.remove(slot === parent && parent ? parent : label, 'ad', 'ad-label');
      continue;
    }
    if (nodeText.length <= 100 && leftoverPatterns.some((re) => re.test(nodeText)) && log.allows('other', 'leftover')) {
      if (text === nodeText) log.remove(climbSame(block), 'other', 'leftover');
      else {
        // A loose line inside a bigger block (text between <br>s): take out just that line.
        const span = node.ownerDocument.createElement('span');
        node.replaceWith(span);
        span.appendChild(node);
        log.remove(span, 'other', 'leftover');
        texts.delete(block);
      }
      continue;
    }
    const unlabelled = text.replace(/^(?:advertisement|iklan|anzeige|ads?)\s*[-–:]?\s*/u, '');
    const inter = r.inter.exec(unlabelled);
    if (inter && unlabelled.length <= inter[0].length + 40 && log.allows('interstitial', 'interstitial')) {
      log.remove(climbSame(block), 'interstitial', 'interstitial');
      continue;
    }
    const ra = r.readAlso.exec(text);
    if (ra && r.readAlso.test(nodeText) && log.allows('read-also', 'read-also') && applyReadAlso(block, text, ra[0], log, 'read-also', true)) continue;
    const hd = r.headings.exec(text);
    if (hd && log.allows('related', 'list-heading') && applyReadAlso(block, text, hd[0], log, /tag|etiket|schlag|mots|topik|topic|them/.test(hd[0]) ? 'tags' : 'related', false)) continue;
    if (r.shares.has(bare(nodeText)) && isShareBar(block, text) && log.allows('share', 'share-bar')) {
      log.remove(climbWhile(block, (p) => isShareBar(p, textOf(p))), 'share', 'share-bar');
      continue;
    }
    const credit = text.length <= 160 ? r.credits.exec(text) : null;
    if (credit && log.allows('other', 'credit-line')) {
      const value = (block.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^[^:：]*[:：]\s*/, '').split(/\s*[|/,]\s*|\s+(?=\p{Lu}[\p{L}]+\s*:)/u)[0];
      if (value) log.credits.push(value.trim());
      log.remove(climbSame(block), 'other', 'credit-line');
      continue;
    }
    const notice = text.length <= SETUP_NOTICE_MAX ? r.notice.exec(text) : null;
    const noticeBox = notice && log.allows('other', 'setup-notice') ? climbWhile(block, (p) => textOf(p).length <= SETUP_NOTICE_MAX) : null;
    // A lone paragraph saying it is running text ("a third of readers use an ad blocker"): only a box of its own goes.
    if (noticeBox && noticeBox.tagName !== 'P' && !isLoneParagraph(noticeBox)) {
      log.remove(noticeBox, 'other', 'setup-notice');
      continue;
    }
    const promo = r.promo.exec(text);
    if (promo && log.allows('promo', 'promo')) {
      // A call to action ("Jetzt unterstützen", "Subscribe now") on a link or button itself: its box may be larger.
      const onButton = !!node.parentElement?.closest('a,button') && r.promo.test(nodeText);
      const limit = onButton ? 600 : 350;
      const box = climbWhile(block, (p) => textOf(p).length <= limit);
      const boxText = textOf(box);
      const actionable = box.tagName === 'A' || box.querySelector('a,button,input,form,iframe') !== null;
      // A paragraph or list item is a promo only when the phrase opens it: one that mentions a newsletter further on
      // ("…, whose newsletter covers ML") is about one, not a sign-up box.
      const prose = /^(?:P|LI|DD|BLOCKQUOTE)$/.test(block.tagName) && text.indexOf(promo[0]) >= 80;
      if (boxText.length <= limit && actionable && !prose && (box.tagName !== 'P' || boxText.indexOf(promo[0]) < 80)) log.remove(box, 'promo', 'promo');
    }
  }
}
