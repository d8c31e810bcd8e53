import { dayNumber, lastDayOf, type Day } from './days.js';
import type { PlanProgress, ProgressEntry } from './progress.js';
import type { Plan, PlanTime, Task, Unit } from './types.js';

/** Where a task or step stands against its deadline as of a day (item 2 of "follow the plan"). */
export type DeadlineState =
  | 'hoan-thanh-dung-han'
  | 'hoan-thanh-qua-han'
  | 'dang-thuc-hien-trong-han'
  | 'sap-den-han'
  | 'dang-thuc-hien-qua-han'
  | 'chua-den-han'
  | 'khong-co-han';

/** The states in the order a summary counts them. */
export const DEADLINE_STATES: readonly DeadlineState[] = [
  'hoan-thanh-dung-han',
  'hoan-thanh-qua-han',
  'dang-thuc-hien-trong-han',
  'sap-den-han',
  'dang-thuc-hien-qua-han',
  'chua-den-han',
  'khong-co-han',
];

/** A task, or a step with an id of its own, with its state as of the day asked. */
export interface TrackedItem {
  kind: 'task' | 'step';
  id: string;
  /** "2.1" for a task, "2.3.9" for a step. */
  label: string;
  content: string;
  task: Task;
  /** Who answers for it: the task's leads, or the step's owner. */
  units: Unit[];
  time: PlanTime | null;
  /** The last day it may be done on; null when it has none ("Thường xuyên", "Hằng tháng", words without `by`). */
  deadline: Day | null;
  /** The entry that stands as of the day, and the period it was reported in. */
  entry: ProgressEntry | null;
  period: string | null;
  state: DeadlineState;
  /** Days from the day asked to the deadline; negative when overdue. */
  daysLeft: number | null;
}

/**
 * The last day a time allows: a day's own day, the day before "Trước ngày ...", else the last day
 * of the month it ends in (a month, a quarter, a half-year, a year, a range). "Thường xuyên",
 * recurring times and times in words without `by` have none, so they are never overdue.
 */
export function deadlineDay(time: PlanTime | null): Day | null {
  if (!time || time.kind === 'ongoing' || time.kind === 'recurring' || time.kind === 'words') return null;
  const { year, month, day } = time.to;
  const last = lastDayOf(year, month);
  if (day === null) return last;
  const own = { year, month, day: Math.min(day, last.day) };
  if (time.kind !== 'before-day') return own;
  // "Trước ngày 15/6/2024": done on the 15th is late.
  // setUTCFullYear, not Date.UTC: the years 0-99 are not read as 1900-1999.
  const before = new Date(0);
  before.setUTCFullYear(own.year, own.month - 1, own.day - 1);
  return { year: before.getUTCFullYear(), month: before.getUTCMonth() + 1, day: before.getUTCDate() };
}

/**
 * Every task, and every step with an id of its own, with its state as of `asOf`: pure, so the
 * CLI alone reads the clock. The entries that count are those of periods begun by `asOf` (and,
 * for a report, ended by `until`: a report of June never shows what the year's file says in
 * December). The period that began last stands (of two beginning together, the shorter): the
 * most recent report of the item. A year's file, begun in January, does not override June's in
 * July, and December's, being filled in, stands on the 20th. A task done after `asOf` was, as of
 * then, still being done.
 */
export function computeStates(plan: Plan, progress: PlanProgress, asOf: Day, dueSoonDays: number, until?: Day): TrackedItem[] {
  const standing = new Map<string, { entry: ProgressEntry; period: string }>();
  const day = dayNumber(asOf);
  const counted = progress.periods.filter((p) => dayNumber(p.from) <= day && (until === undefined || dayNumber(p.to) <= dayNumber(until)));
  const length = (p: { from: Day; to: Day }) => dayNumber(p.to) - dayNumber(p.from);
  const ordered = [...counted].sort((a, b) => dayNumber(a.from) - dayNumber(b.from) || length(b) - length(a));
  for (const period of ordered) {
    for (const entry of period.entries) standing.set(entry.id, { entry, period: period.name });
  }
  const items: TrackedItem[] = [];
  for (const task of plan.tasks) {
    items.push(track('task', task.id, task.label, task.content, task, task.leads, task.time));
    for (const step of task.steps) {
      if (step.id) items.push(track('step', step.id, step.label, step.content, task, step.owner ? [step.owner] : task.leads, step.time));
    }
  }
  return items;

  function track(kind: TrackedItem['kind'], id: string, label: string, content: string, task: Task, units: Unit[], time: PlanTime | null): TrackedItem {
    const found = standing.get(id);
    const deadline = deadlineDay(time);
    const daysLeft = deadline && dayNumber(deadline) - dayNumber(asOf);
    const state = stateOf(found?.entry ?? null, deadline, daysLeft, asOf, dueSoonDays);
    return { kind, id, label, content, task, units, time, deadline, entry: found?.entry ?? null, period: found?.period ?? null, state, daysLeft };
  }
}

function stateOf(entry: ProgressEntry | null, deadline: Day | null, daysLeft: number | null, asOf: Day, dueSoonDays: number): DeadlineState {
  const doneDay = entry?.state === 'da-hoan-thanh' ? (entry.done?.day ?? null) : null;
  // Done with no day given (rule progress-done-day) counts as done; it cannot be judged late.
  const done = entry?.state === 'da-hoan-thanh' && (doneDay === null || dayNumber(doneDay) <= dayNumber(asOf));
  if (done) return deadline && doneDay && dayNumber(doneDay) > dayNumber(deadline) ? 'hoan-thanh-qua-han' : 'hoan-thanh-dung-han';
  if (deadline === null || daysLeft === null) return 'khong-co-han';
  if (daysLeft < 0) return 'dang-thuc-hien-qua-han';
  if (daysLeft <= dueSoonDays) return 'sap-den-han';
  return entry?.state === 'dang-thuc-hien' || entry?.state === 'da-hoan-thanh' ? 'dang-thuc-hien-trong-han' : 'chua-den-han';
}
