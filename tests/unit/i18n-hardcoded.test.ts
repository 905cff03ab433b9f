// A heuristic guard: no user-visible English typed straight into JSX. Text nodes and the attributes people see or
// hear (title, aria-label, placeholder, alt, label) must come from t(), not from string literals with words in them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const VISIBLE_ATTRS = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'aria-description', 'aria-placeholder']);
/** Not words: glyphs and samples that read the same in every language. */
const ALLOWED = new Set(['Aa', 'example.com']);
const WORDY = /[A-Za-z]{2,}/;

function tsxFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsxFiles(path, out);
    else if (name.endsWith('.tsx')) out.push(path);
  }
  return out;
}

function hardCodedStrings(source: string, fileName = 'x.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const value = text.replace(/\s+/g, ' ').trim();
    if (value && WORDY.test(value) && !ALLOWED.has(value)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${fileName}:${line + 1}: ${value}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRS.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))) {
        report(init, init.expression.text);
      }
    }
    // {'Some words'} as a child.
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression
      && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression))) {
      report(node, node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no hard-coded user-visible strings', () => {
  it('the heuristic catches text, visible attributes and string children, and lets t() and glyphs through', () => {
    const sample = `const a = <p title="Open it">Read more<span aria-label={'Close'}>{'Hello there'}</span>
      <b aria-hidden="true">→ ✕ 2×</b>{t('readAloud')}<i class="not-visible" data-x="words here">Aa</i></p>;`;
    expect(hardCodedStrings(sample).map((s) => s.split(': ')[1])).toEqual(['Open it', 'Read more', 'Close', 'Hello there']);
  });

  it('components/ and entrypoints/ contain none', () => {
    const files = ['components', 'entrypoints'].flatMap((d) => tsxFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => hardCodedStrings(readFileSync(f, 'utf8'), f.slice(ROOT.length + 1)));
    expect(found).toEqual([]);
  });
});
