import { twoDigits } from '../model/dates.js';
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
  total: string;
  /** The states that occur, each with its count written with two digits, in the order of DEADLINE_STATES. */
  counts: { state: DeadlineState; count: string }[];
  /** What the file of exactly this period (progress/2023-H1.yaml for 2023-H1) writes for the report. */
  words: PeriodReport | null;
}

/** The report as of the period's last day: the entries of every period begun by then count, the latest standing. */
export function buildReport(plan: Plan, period: ReportPeriod): ProgressReport {
  const tasks = computeStates(plan, plan.progress, period.to, plan.progress.dueSoonDays).filter((i) => i.kind === 'task');
  const counts = DEADLINE_STATES.map((state) => ({ state, count: tasks.filter((t) => t.state === state).length })).filter((c) => c.count > 0);
  const words = plan.progress.periods.find((p) => p.name === period.name)?.report ?? null;
  return { plan, period, tasks, total: twoDigits(tasks.length), counts: counts.map((c) => ({ state: c.state, count: twoDigits(c.count) })), words };
}
