// Dependencies point one way: no module under components/ reaches itself again through its relative imports.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const p of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

/** Relative imports of a file (type-only imports count too: they tie the modules together all the same). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/gms)].map((m) => m[1]!);
  return specs.map((s) => resolveImport(file, s)).filter((p): p is string => p !== null);
}

/** Every cycle found by a depth-first walk over `graph` (module → the modules it imports). */
function cyclesIn(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

function cyclesUnder(dir: string): string[][] {
  const graph = new Map(sources(dir).map((f) => [f, importsOf(f)]));
  return cyclesIn(graph).map((c) => c.map((p) => relative(ROOT, p)));
}

describe('import direction', () => {
  it('the walk finds a cycle when there is one, and reads real imports', () => {
    const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []]]);
    expect(cyclesIn(g)).toEqual([['a', 'b', 'c']]);
    expect(cyclesIn(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
    const dir = resolve(ROOT, 'components/options');
    expect(importsOf(join(dir, 'OptionsApp.tsx')).map((p) => relative(dir, p))).toContain('TypographySection.tsx');
    expect(importsOf(join(dir, 'TypographySection.tsx')).map((p) => relative(dir, p))).toContain('Section.tsx');
  });

  it('components/ has no import cycles', () => {
    expect(cyclesUnder(resolve(ROOT, 'components'))).toEqual([]);
  });

  it('no options section imports the options page itself', () => {
    const dir = resolve(ROOT, 'components/options');
    const app = join(dir, 'OptionsApp.tsx');
    const back = sources(dir).filter((f) => f !== app && importsOf(f).includes(app));
    expect(back.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
