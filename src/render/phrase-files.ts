import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The phrase files of a folder, by name (without .hbs), in name order: regular files only (see `oddPhraseFiles`). */
export function readFolder(dir: string): [string, string][] {
  return phraseNames(dir)
    .filter((name) => isFile(join(dir, name)))
    .map((name) => [name.slice(0, -'.hbs'.length), readFileSync(join(dir, name), 'utf8')]);
}

/** Entries named like a phrase file that are no file to read: a folder, a link to nothing. */
export function oddPhraseFiles(dir: string): string[] {
  return phraseNames(dir).filter((name) => !isFile(join(dir, name)));
}

function phraseNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
