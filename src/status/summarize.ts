import { DEADLINE_STATES, type DeadlineState, type TrackedItem } from '../model/deadline-state.js';
import type { Plan, Unit } from '../model/types.js';

/** One unit's part of `plan status`: how many of its tasks are in each state, and those that need attention. */
export interface UnitStatus {
  unit: Unit;
  counts: Record<DeadlineState, number>;
  /** Overdue first (the longest overdue first), then due soon (the nearest first), each in plan order on a tie. */
  attention: TrackedItem[];
}

/** The tasks of each unit that answers for any (in units.yaml's order); a task with two leads counts for both. */
export function summarizeByUnit(plan: Plan, items: readonly TrackedItem[], unitId?: string): UnitStatus[] {
  return plan.units
    .filter((unit) => unitId === undefined || unit.id === unitId)
    .flatMap((unit) => {
      const own = items.filter((item) => item.units.includes(unit));
      if (own.length === 0) return [];
      const counts = Object.fromEntries(DEADLINE_STATES.map((state) => [state, own.filter((i) => i.state === state).length])) as Record<DeadlineState, number>;
      return [{ unit, counts, attention: needingAttention(own) }];
    });
}

/** Overdue, then due soon: the order `plan status` lists them in. */
export function needingAttention(items: readonly TrackedItem[]): TrackedItem[] {
  const byDays = (a: TrackedItem, b: TrackedItem) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0);
  return [...items.filter((i) => i.state === 'dang-thuc-hien-qua-han').sort(byDays), ...items.filter((i) => i.state === 'sap-den-han').sort(byDays)];
}
