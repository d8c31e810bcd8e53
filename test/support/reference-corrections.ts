import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../build/build-helpers.js';

/** The published texts of the sample and the real plans (test/fixtures/reference/<folder>.txt). */
export const REFERENCE_DIR = join(REPO_ROOT, 'test', 'fixtures', 'reference');

/** A known difference the tool's fixed layout makes: `from` (a part of a line, or with `line: true` a whole line) prints as `to`. */
export interface Correction {
  from: string;
  to: string;
  why?: string;
  line?: boolean;
}

/** The corrections of a reference text (`<folder>.corrections.yaml` beside it), none when it has no such file. */
export function corrections(name: string): Correction[] {
  const path = join(REFERENCE_DIR, `${name}.corrections.yaml`);
  return existsSync(path) ? (parse(readFileSync(path, 'utf8')) as Correction[]) : [];
}
