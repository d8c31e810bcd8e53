import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
    if (nested.length === 0) throw notAPlan(arg, dir);
    return nested;
  });
  return [...new Set(dirs)];
}

/** Why a name on the command line is no plan: it does not exist, it is a file (of a plan?), or a folder without plan.yaml. */
function notAPlan(arg: string, dir: string): UsageError {
  const shown = arg === '' ? '""' : arg;
  if (!existsSync(dir)) return new UsageError('cli.no-such-path', { dir: shown });
  if (statSync(dir).isFile()) {
    const parent = dirname(arg) || '.';
    return isPlanDir(dirname(dir)) ? new UsageError('cli.file-of-plan', { dir: shown, parent }) : new UsageError('cli.not-a-plan', { dir: shown });
  }
  return new UsageError('cli.not-a-plan', { dir: shown });
}
