import { daysInMonth, twoDigits } from '../model/dates.js';
import { lastDayOf, type Day } from '../model/days.js';
import { computeStates, DEADLINE_STATES, type DeadlineState, type TrackedItem } from '../model/deadline-state.js';
import type { PeriodReport } from '../model/progress.js';
import type { Plan } from '../model/types.js';
import type { ReportPeriod } from './report-period.js';

/** What the Báo cáo of a period says, computed from the plan and its progress entries: no words, only data. */
export interface ProgressReport {
  plan: Plan;
  period: ReportPeriod;
  /** Every task, in the plan's order, with its state on the period's last day. */
  tasks: TrackedItem[];
  /** Steps with an id of their own that a progress entry reports on, printed under their task. */
  steps: TrackedItem[];
  total: string;
  /** The states that occur, each with its count written with two digits, in the order of DEADLINE_STATES. */
  counts: { state: DeadlineState; count: string }[];
  /** The days the report's data runs from and to (the cut-off, plan.yaml `progress.cutOffDay`). */
  data: { from: Day; to: Day };
  /** What the file of exactly this period (progress/2023-H1.yaml for 2023-H1) writes for the report. */
  words: PeriodReport | null;
}

/** The report as of its cut-off day: the entries of every period begun by then count, the latest standing. */
export function buildReport(plan: Plan, period: ReportPeriod): ProgressReport {
  const data = dataSpan(period, plan.progress.cutOffDay);
  const items = computeStates(plan, plan.progress, data.to, plan.progress.dueSoonDays, period.to);
  const tasks = items.filter((i) => i.kind === 'task');
  const steps = items.filter((i) => i.kind === 'step' && i.entry !== null);
  // A row that continues the task above (continues: true) is that task, not another: counted once.
  const counted = tasks.filter((t) => !t.task.continues);
  const counts = DEADLINE_STATES.map((state) => ({ state, count: counted.filter((t) => t.state === state).length })).filter((c) => c.count > 0);
  const words = plan.progress.periods.find((p) => p.name === period.name)?.report ?? null;
  return { plan, period, tasks, steps, total: twoDigits(counted.length), counts: counts.map((c) => ({ state: c.state, count: twoDigits(c.count) })), data, words };
}

/**
 * From the day after the cut-off in the month before the period to the cut-off in its last month
 * (15/11 to 14/12 for December); a cut-off past a month's end is that month's last day, and 31
 * gives the period's own first and last days.
 */
export function dataSpan(period: ReportPeriod, cutOffDay: number): { from: Day; to: Day } {
  const last = lastDayOf(period.to.year, period.to.month);
  if (cutOffDay >= 31) return { from: period.from, to: last };
  const before = period.from.month === 1 ? { year: period.from.year - 1, month: 12 } : { year: period.from.year, month: period.from.month - 1 };
  const to = { ...last, day: Math.min(cutOffDay, last.day) };
  // The month before closed on its last day when the cut-off is past it: the data then starts with the period.
  if (cutOffDay >= daysInMonth(before.year, before.month)) return { from: period.from, to };
  return { from: { ...before, day: cutOffDay + 1 }, to };
}
