import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The phrase files of a folder, by name (without .hbs), in name order. */
export function readFolder(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort()
    .map((name) => [name.slice(0, -'.hbs'.length), readFileSync(join(dir, name), 'utf8')]);
}
