// Merges locales/<lang>/*.json (one file per feature area) into the contents of _locales/<lang>/messages.json.
// Each area owns its own file so features can add strings without touching each other's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type MessageTable = Record<string, { message: string; description?: string; placeholders?: unknown }>;

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'locales');

export function readLocaleTables(root = ROOT): Record<string, MessageTable> {
  const out: Record<string, MessageTable> = {};
  for (const lang of readdirSync(root).sort()) {
    const table: MessageTable = {};
    for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const part = JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as MessageTable;
      for (const [key, value] of Object.entries(part)) {
        if (key in table) throw new Error(`locales/${lang}/${file}: key "${key}" is defined twice`);
        table[key] = value;
      }
    }
    out[lang] = table;
  }
  return out;
}

export function mergeLocales(root = ROOT): Record<string, string> {
  const tables = readLocaleTables(root);
  return Object.fromEntries(Object.entries(tables).map(([lang, t]) => [lang, JSON.stringify(t, null, 1)]));
}
