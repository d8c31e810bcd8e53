import { unlocated, type Diagnostic, type PathSegment } from '../diagnostics.js';
import { MAX_PLAN_CHARS, type PlanBudget } from './plan-budget.js';

/**
 * The longest text a plan may hold in one field: a paragraph of 100,000 characters is some 40
 * printed pages, far past any real one, and bounds what one paragraph costs to lay out.
 */
export const MAX_TEXT_CHARS = 100_000;

/**
 * The texts of a file's data over the limits, reported before anything is checked or rendered:
 * each text too long at its field, and the file once where the plan's texts (this file's added
 * to those of the files read before it, in `budget`) add up to too much.
 */
export function checkTextLimits(file: string, data: unknown, budget: PlanBudget): Diagnostic[] {
  const found: Diagnostic[] = [];
  let total = budget.chars;
  // Where the texts first add up past the limit: files within the byte limit get there only
  // through aliases, so this is an alias use (or a text between them) that the clerk can find.
  let passed: { path: PathSegment[]; total: number } | undefined;
  const walk = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string') {
      total += value.length;
      if (total > MAX_PLAN_CHARS) passed ??= { path, total };
      if (value.length > MAX_TEXT_CHARS) found.push(unlocated('plan-files', 'error', { file, path }, 'files.text-too-long', { length: value.length, limit: MAX_TEXT_CHARS }));
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  // A plan already past the limit was said at the file that took it there: not again at every later one.
  const before = budget.chars;
  walk(data, []);
  budget.chars = total;
  if (before > MAX_PLAN_CHARS) passed = undefined;
  if (passed) found.push(unlocated('plan-files', 'error', { file, path: passed.path }, 'files.expanded-too-large', { length: passed.total, limit: MAX_PLAN_CHARS }));
  return found;
}
