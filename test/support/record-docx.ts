import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where every .docx a test builds is kept (one copy per content), for `test/support/ooxml-check.mjs`
 * to run Microsoft's Open XML SDK validator over once the tests have run: the validator takes
 * about a second a file, so each distinct document is validated once, not once per build.
 */
export const RECORD_DIR = resolve(import.meta.dirname, '../../out/test-docx');

/** The .docx files of a `plan build` command line's output folder, by name, with a hash of each. */
export type DocxSnapshot = Map<string, string>;

/** Before `plan build` runs in-process: what its output folder holds already. */
export function snapshotOutput(argv: readonly string[], cwd: string): DocxSnapshot {
  const dir = outputDir(argv, cwd);
  return dir === null ? new Map() : hashDocx(dir);
}

/**
 * After `plan build` ran in-process: keeps a copy of each .docx it wrote (new or changed since
 * `before`; a test may plant a file there to see it is not clobbered, and that is no build's).
 */
export function recordBuiltDocx(argv: readonly string[], cwd: string, before: DocxSnapshot): void {
  const dir = outputDir(argv, cwd);
  if (dir === null) return;
  mkdirSync(RECORD_DIR, { recursive: true });
  for (const [name, hash] of hashDocx(dir)) {
    if (before.get(name) === hash) continue;
    const target = join(RECORD_DIR, `${hash}.docx`);
    if (!existsSync(target)) copyFileSync(join(dir, name), target);
  }
}

function outputDir(argv: readonly string[], cwd: string): string | null {
  if (argv[0] !== 'build' && argv[0] !== 'report') return null;
  const at = argv.findIndex((a) => a === '--out' || a === '-o');
  return resolve(cwd, at >= 0 && argv[at + 1] ? argv[at + 1]! : 'out');
}

function hashDocx(dir: string): DocxSnapshot {
  const hashes: DocxSnapshot = new Map();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return hashes;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!name.endsWith('.docx') || !statSync(path).isFile()) continue;
    hashes.set(name, createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 24));
  }
  return hashes;
}
