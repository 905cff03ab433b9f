// The catalogues: English and Indonesian complete and consistent, and every key the code asks for exists.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleTables, type MessageTable } from '../../scripts/locales';

const ROOT = resolve(import.meta.dirname, '../..');
const tables = readLocaleTables(join(ROOT, 'locales'));
const en = tables.en as MessageTable;
const id = tables.id as MessageTable;

/** $NAME$ tokens a message uses, lower-cased (Chrome matches placeholder names case-insensitively). */
const tokens = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const declared = (entry: MessageTable[string]) =>
  Object.keys((entry.placeholders ?? {}) as Record<string, unknown>).map((k) => k.toLowerCase()).sort();

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

describe('locale catalogues', () => {
  it('has English and Indonesian', () => {
    expect(Object.keys(tables).sort()).toEqual(expect.arrayContaining(['en', 'id']));
  });

  it('every English key exists in Indonesian and vice versa', () => {
    expect(Object.keys(en).filter((k) => !(k in id))).toEqual([]);
    expect(Object.keys(id).filter((k) => !(k in en))).toEqual([]);
  });

  it('no message is empty, and keys are valid message names', () => {
    for (const [lang, table] of Object.entries(tables)) {
      for (const [key, entry] of Object.entries(table)) {
        expect(/^[A-Za-z0-9_@]+$/.test(key), `${lang}: key ${key}`).toBe(true);
        expect(typeof entry.message === 'string' && entry.message.trim().length > 0, `${lang}: ${key} is empty`).toBe(true);
      }
    }
  });

  it('placeholders are declared where used, and the same in both languages', () => {
    for (const [lang, table] of Object.entries(tables)) {
      for (const [key, entry] of Object.entries(table)) {
        expect(tokens(entry.message).filter((t, i, a) => a.indexOf(t) === i), `${lang}: ${key}`).toEqual(declared(entry));
      }
    }
    for (const [key, entry] of Object.entries(en)) {
      const other = id[key];
      if (!other) continue;
      expect(declared(other), `placeholders of ${key}`).toEqual(declared(entry));
      expect(JSON.stringify(other.placeholders ?? {}).toLowerCase(), `placeholder contents of ${key}`)
        .toBe(JSON.stringify(entry.placeholders ?? {}).toLowerCase());
    }
  });

  it('every key the code asks for with a literal t("…") or __MSG_…__ exists', () => {
    const used = new Map<string, string>();
    const files = ['components', 'entrypoints', 'lib'].flatMap((d) => sourceFiles(join(ROOT, d)));
    files.push(join(ROOT, 'wxt.config.ts'));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) used.set(m[1]!, file);
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.set(m[1]!, file);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file.slice(ROOT.length + 1)})`);
    expect(missing).toEqual([]);
  });

  it('every removal reason has its words', () => {
    const reasons = ['ad', 'interstitial', 'read_also', 'share', 'promo', 'related', 'tags', 'comments', 'consent',
      'duplicate', 'hidden', 'other'];
    expect(reasons.filter((r) => !(`removedReason_${r}` in en))).toEqual([]);
  });
});
