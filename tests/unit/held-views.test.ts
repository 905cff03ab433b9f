// The background's in-memory hand-over of a just-extracted view (entrypoints/background/held-views.ts).
import { describe, expect, it } from 'vitest';
import { heldView, holdView } from '../../entrypoints/background/held-views';
import type { ReaderView } from '../../lib/types';

const view = (id: string): ReaderView => ({
  id, sourceUrl: `https://n.test/${id}`, createdAt: 1,
  article: { url: `https://n.test/${id}`, contentHtml: '<p>x</p>' } as ReaderView['article'],
});

describe('held views', () => {
  it('hands a held view to an extension page only', () => {
    holdView(view('a'));
    expect(heldView('a', true)?.sourceUrl).toBe('https://n.test/a');
    expect(heldView('a', false)).toBeNull();
    expect(heldView('nope', true)).toBeNull();
  });

  it('keeps only the newest few views', () => {
    for (const id of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']) holdView(view(id));
    expect(heldView('k1', true)).toBeNull();
    expect(heldView('k2', true)).toBeNull();
    expect(heldView('k3', true)?.id).toBe('k3');
    expect(heldView('k6', true)?.id).toBe('k6');
  });
});
