import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TEMPLATE_DIR } from '../paths.js';

/**
 * The folders whose `phrases/` word a plan, in order: the built-in templates, the repository's own
 * `templates/` (beside its `plans/`), then the plan folder's `templates/`. A later phrase file
 * replaces an earlier one of the same name, so an office words its documents once for all its
 * plans and a plan words its own exceptions.
 */
export function templateLayers(planDir: string): string[] {
  const layers = [resolve(TEMPLATE_DIR)];
  const plan = resolve(planDir);
  for (let dir = dirname(plan); dir !== dirname(dir); dir = dirname(dir)) {
    if (basename(dir) === 'plans') {
      layers.push(resolve(dirname(dir), 'templates'));
      break;
    }
  }
  layers.push(join(plan, 'templates'));
  return [...new Set(layers)].filter((dir, i) => i === 0 || isFolder(join(dir, 'phrases')));
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
