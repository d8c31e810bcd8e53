import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PROGRESS_DIR } from '../load/load-progress.js';

/**
 * The plan folder a YAML file belongs to: the folder holding it, or, for a progress entry
 * (`progress/<period>.yaml`), the one above; a plan folder is one with plan.yaml or plan.yml, on
 * disk or open in the editor (`open`). Undefined for any other file: it is no plan's.
 */
export function planFolderOf(path: string, open: (path: string) => boolean): string | undefined {
  if (!/\.ya?ml$/i.test(path)) return undefined;
  const here = dirname(path);
  const candidates = basename(here) === PROGRESS_DIR ? [dirname(here), here] : [here];
  return candidates.find((dir) => ['plan.yaml', 'plan.yml'].some((name) => open(join(dir, name)) || existsSync(join(dir, name))));
}
