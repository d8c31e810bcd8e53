import { resolve } from 'node:path';
import { compilePlan } from '../compile.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Overlay } from '../load/load-plan.js';

/**
 * Every finding of `plan check` for one plan folder, the open documents' unsaved texts read
 * instead of the disk, by the absolute path of the file each is in (a plan file, or a phrase
 * file of the repository's templates).
 */
export function checkFolder(dir: string, overlay: Overlay): Map<string, Diagnostic[]> {
  // Paths relative to the plan folder, so that each resolves from it whatever the server's working folder.
  const { diagnostics } = compilePlan(dir, { cwd: dir, overlay });
  const byPath = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const path = resolve(dir, d.file);
    const list = byPath.get(path);
    if (list) list.push(d);
    else byPath.set(path, [d]);
  }
  return byPath;
}
