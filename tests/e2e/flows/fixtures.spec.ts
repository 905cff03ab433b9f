// Every article fixture of the project, in each engine, opened by a real toolbar click or by the reader shortcut (in
// turn, so each way opens about half of them; tests/e2e/flows/reader.spec.ts checks both ways on one page in depth):
// the reader shows the whole article (every `mustInclude` snippet of its expected.json) and none of the clutter
// (`mustExclude`). This is the sweep that would have caught a Firefox build in which the reader never opened.
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../unit/fixture-pages';
import { ENGINE, useEngine } from './setup';
import type { Engine } from './engine';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const ARTICLES = fixtures().filter((f) => f.expected.isArticle && (f.expected.mustInclude?.length ?? 0) > 0);

/** What is wrong with the reader that `how` opened for fixture `name` (an empty list when all is well). */
async function readerProblems(e: Engine, name: string, how: 'click' | 'shortcut'): Promise<string[]> {
  const f = ARTICLES.find((a) => a.name === name)!;
  const tab = await e.open(`${name}/`);
  try {
    await e.openReader(tab, how);
    const text = fold(await tab.text('.article'));
    const problems: string[] = [];
    for (const s of f.expected.mustInclude ?? []) if (!text.includes(fold(s))) problems.push(`missing "${s}"`);
    for (const s of f.expected.mustExclude ?? []) if (text.includes(fold(s))) problems.push(`kept "${s}"`);
    return problems.map((p) => `${name} by ${how}: ${p}`);
  } catch (err) {
    return [`${name} by ${how}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`];
  } finally {
    await tab.close();
  }
}

describe(`every article fixture opens whole (${ENGINE})`, () => {
  const engine = useEngine();

  it(`${ARTICLES.length} article fixtures, by toolbar click and by shortcut in turn`, async () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(10);
    const problems: string[] = [];
    for (const [i, f] of ARTICLES.entries()) problems.push(...(await readerProblems(engine(), f.name, i % 2 ? 'shortcut' : 'click')));
    expect(problems).toEqual([]);
  }, 300_000);
});
