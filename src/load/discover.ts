import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every folder directly under `root` that holds a plan.yaml, sorted by name. */
export function discoverPlans(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'plan.yaml')));
}

/** Whether a folder given on the command line is a plan folder. */
export function isPlanDir(dir: string): boolean {
  return existsSync(join(resolve(dir), 'plan.yaml'));
}
