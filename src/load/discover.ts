import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Every folder directly under `root` that holds a plan.yaml, sorted by name. An entry that cannot
 * be read (a link to nowhere, a folder without permission) is no plan and is passed over.
 */
export function discoverPlans(root: string): string[] {
  if (!isFolder(root)) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((dir) => isFolder(dir) && hasPlanFile(dir));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a folder given on the command line is a plan folder. */
export function isPlanDir(dir: string): boolean {
  return hasPlanFile(resolve(dir));
}

/**
 * A plan folder holds plan.yaml, or plan.yml: files are found by their stem (src/load/load-plan.ts).
 * An entry of that name counts even when it is no file (a link to nothing, a folder): the check
 * then says what it is, where "not a plan folder" would send the clerk looking elsewhere.
 */
function hasPlanFile(dir: string): boolean {
  return isEntry(join(dir, 'plan.yaml')) || isEntry(join(dir, 'plan.yml'));
}

function isEntry(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
