// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textMap } from '../../lib/highlights/text';
import { marksOf, rangeOffsets, unwrap, wrapRange } from '../../lib/highlights/marks';
import { describe as describeSel, locate } from '../../lib/highlights/anchor';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

const HTML = '<h2>Floods  in\n the north</h2><p>Water rose <a href="https://x.example/">over the <em>sea wall</em></a> at dawn.</p>' +
  '<ul>\n<li>Schools closed.</li>\n<li>Buses ran late.</li>\n</ul><p>The mayor spoke.</p>';

describe('the canonical text of an article', () => {
  it('folds whitespace and separates blocks with one space', () => {
    expect(textMap(body(HTML)).text).toBe('Floods in the north Water rose over the sea wall at dawn. Schools closed. Buses ran late. The mayor spoke.');
  });

  it('leaves out blocks Baca put back itself', () => {
    expect(textMap(body('<p>One.</p><section class="restored-block"><p>Restored.</p></section>')).text).toBe('One.');
  });

  it('maps a DOM selection to canonical offsets', () => {
    const root = body(HTML);
    const range = document.createRange();
    range.setStart(root.querySelector('p')!.firstChild!, 6);
    range.setEnd(root.querySelectorAll('li')[0]!.firstChild!, 7);
    const r = rangeOffsets(root, range)!;
    expect(r.map.text.slice(r.start, r.end)).toBe('rose over the sea wall at dawn. Schools');
  });
});

describe('marks', () => {
  it('wrap a range across a link, inline formatting and paragraphs, keeping the text', () => {
    const root = body(HTML);
    const before = root.textContent;
    const map = textMap(root);
    const start = map.text.indexOf('rose');
    const end = map.text.indexOf('Buses') + 5;
    const marks = wrapRange(root, map, start, end, 'h1', (m) => (m.dataset.color = 'yellow'));
    expect(marks.map((m) => m.textContent).join('|')).toBe('rose |over the |sea wall| at dawn.|Schools closed.|Buses');
    expect(marks.every((m) => m.tagName === 'MARK' && m.dataset.color === 'yellow')).toBe(true);
    expect(root.querySelector('em mark')?.textContent).toBe('sea wall');
    expect(root.querySelector('ul > mark')).toBeNull();
    expect(root.textContent).toBe(before);
    // The text is unchanged, so the highlight anchors again at the same place.
    expect(textMap(root).text).toBe(map.text);
    unwrap(root, 'h1');
    expect(marksOf(root, 'h1')).toEqual([]);
    expect(root.innerHTML).toBe(HTML);
  });

  it('a stored highlight re-attaches in a re-rendered body', () => {
    const first = body(HTML);
    const map = textMap(first);
    const s = map.text.indexOf('sea wall');
    const sel = describeSel(map.text, s, s + 8);
    const again = body(HTML.replace('<p>Water', '<p>Update: water levels fell. Water'));
    const map2 = textMap(again);
    const a = locate(map2.text, sel.quote, sel.position)!;
    wrapRange(again, map2, a.start, a.end, 'h2', () => undefined);
    expect(marksOf(again, 'h2').map((m) => m.textContent)).toEqual(['sea wall']);
  });
});
