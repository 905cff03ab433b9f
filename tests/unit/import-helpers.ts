// Import fixtures (tests/fixtures/imports) as the bytes a person would pick, zips built from the folders.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';

export const IMPORTS = resolve(import.meta.dirname, '../fixtures/imports');

export const fileBytes = (name: string) => new Uint8Array(readFileSync(join(IMPORTS, name)));
export const fileText = (name: string) => readFileSync(join(IMPORTS, name), 'utf8');
export const bytesOf = (text: string) => new TextEncoder().encode(text);

/** A ZIP of a fixture folder (as Pocket and Omnivore ship their exports), with optional replaced files. */
export async function zipFolder(folder: string, replace: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const root = join(IMPORTS, folder);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = relative(root, full);
        zip.file(rel, replace[rel] ?? readFileSync(full));
      }
    }
  };
  walk(root);
  return zip.generateAsync({ type: 'uint8array' });
}
