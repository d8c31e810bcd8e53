import { compilePlan } from '../../compile.js';
import { hasErrors, uniqueDiagnostics } from '../../diagnostics.js';
import type { Lang } from '../../messages/catalogue.js';
import { computeStates } from '../../model/deadline-state.js';
import { formatStatusJson, formatStatusStylish, type AsOf, type PlanStatus } from '../../status/format-status.js';
import { summarizeByUnit } from '../../status/summarize.js';
import type { Io } from '../io.js';
import { resolvePlanDirs } from '../plan-dirs.js';
import { reportDiagnostics } from '../report-options.js';
import { UsageError } from '../usage-error.js';
import { parseAsOf, today } from '../as-of.js';

export interface StatusOptions {
  asOf?: string;
  unit?: string;
  format: 'stylish' | 'json';
  lang: Lang;
}

/**
 * `plan status`: each plan's tasks against their deadlines as of a day, per unit. Plans with
 * errors are reported as `plan check` reports them (exit 1) and no status is printed.
 */
export function runStatus(args: readonly string[], options: StatusOptions, io: Io): number {
  const asOf = asOfDay(options.asOf, io);
  const results = resolvePlanDirs(args, io.cwd).map((dir) => compilePlan(dir, { cwd: io.cwd }));
  const diagnostics = uniqueDiagnostics(results.map((r) => r.diagnostics));
  if (hasErrors(diagnostics)) {
    reportDiagnostics(diagnostics, { lang: options.lang, format: options.format, failOn: 'error' }, io);
    return 1;
  }
  const plans = results.map((r) => r.plan!);
  if (options.unit !== undefined && !plans.some((plan) => plan.units.some((u) => u.id === options.unit))) {
    throw new UsageError('cli.unknown-unit', { unit: options.unit });
  }
  const statuses = plans.map((plan): PlanStatus => {
    const items = computeStates(plan, plan.progress, asOf.day, plan.progress.dueSoonDays);
    const shown = options.unit === undefined ? items : items.filter((i) => i.units.some((u) => u.id === options.unit));
    return { plan, dueSoonDays: plan.progress.dueSoonDays, items: shown, units: summarizeByUnit(plan, items, options.unit) };
  });
  io.stdout(options.format === 'json' ? formatStatusJson(statuses, asOf, options.lang) : formatStatusStylish(statuses, asOf, options.lang));
  return 0;
}

/** The day asked for, or today: the clock is read here, in the CLI, and nowhere below it. */
function asOfDay(text: string | undefined, io: Io): AsOf {
  return text === undefined ? { day: today(io), today: true } : { day: parseAsOf(text), today: false };
}
