import { resolve } from 'node:path';
import { discoverPlans, isPlanDir } from '../load/discover.js';
import { UsageError } from './usage-error.js';

/**
 * The plan folders named on the command line (a folder of plans counts as each of them), or every
 * plan under plans/; a folder named twice counts once.
 */
export function resolvePlanDirs(args: readonly string[], cwd: string): string[] {
  if (args.length === 0) {
    const found = discoverPlans(resolve(cwd, 'plans'));
    if (found.length === 0) throw new UsageError('cli.no-plans', { dir: resolve(cwd, 'plans') });
    return found;
  }
  const dirs = args.flatMap((arg) => {
    const dir = resolve(cwd, arg);
    if (isPlanDir(dir)) return [dir];
    const nested = discoverPlans(dir);
    if (nested.length === 0) throw new UsageError('cli.not-a-plan', { dir: arg });
    return nested;
  });
  return [...new Set(dirs)];
}
