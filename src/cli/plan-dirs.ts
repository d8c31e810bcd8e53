import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { discoverPlans, isPlanDir } from '../load/discover.js';
import { UsageError } from './usage-error.js';

/**
 * The repository a command run in `cwd` works on: the nearest folder, `cwd` or above it, that holds
 * a `plans/` folder (as git looks for `.git`), or undefined when none does up to the filesystem root.
 */
export function findRepoRoot(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (isFolder(join(dir, 'plans'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The plan folders named on the command line (a folder of plans counts as each of them); with none,
 * the plan folder the command runs in (or below), else every plan of the repository found above
 * (`findRepoRoot`). A folder named twice counts once.
 */
export function resolvePlanDirs(args: readonly string[], cwd: string): string[] {
  if (args.length === 0) {
    const root = findRepoRoot(cwd);
    const here = enclosingPlan(cwd, root);
    if (here) return [here];
    const plans = resolve(root ?? cwd, 'plans');
    const found = discoverPlans(plans);
    if (found.length === 0) throw new UsageError('cli.no-plans', { dir: plans });
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

/** The plan folder that is `cwd` or holds it, looking no higher than the repository's root. */
function enclosingPlan(cwd: string, root: string | undefined): string | undefined {
  for (let dir = resolve(cwd); dir !== root; dir = dirname(dir)) {
    if (isPlanDir(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
  return undefined;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
