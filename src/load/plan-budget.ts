/**
 * What one plan may hold, all its files together (README, Limits): these bound what a check and a
 * build cost, so that no plan under them takes more than 10 s or 1 GB (bench/worst-case.js
 * measures it). The largest real plan here holds 87 KB of YAML; 2 MB is some 500 printed pages.
 */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

/**
 * The plan's texts with their aliases expanded, all files together: as many characters as the
 * files may hold bytes, so an anchored text used by many aliases cannot make a small plan huge.
 */
export const MAX_PLAN_CHARS = 2_000_000;

/**
 * The values the plan's YAML holds (each key, text, number, date, alias, list item, ":", bracket
 * and comma), all files together. Reading YAML costs per value more than per byte: 2 MB of
 * "[a, a, a, ...]" is 1,300,000 values and took 15 s of CPU to check. A 5,000-task plan with its
 * steps holds about 115,000; the largest real plan here about 2,400.
 */
export const MAX_PLAN_VALUES = 200_000;

/** How much of the limits the files read so far have used, file by file in reading order. */
export interface PlanBudget {
  bytes: number;
  chars: number;
  values: number;
}

export const emptyBudget = (): PlanBudget => ({ bytes: 0, chars: 0, values: 0 });
