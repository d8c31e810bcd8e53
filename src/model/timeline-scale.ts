import { monthIndex } from './dates.js';
import type { Plan, TimelineScale } from './types.js';

/** Longest period printed month by month, and quarter by quarter: past these the columns are too narrow to read. */
const MONTHS_UP_TO = 18;
const QUARTERS_UP_TO = 60;

/** Months of the plan's period, in order, for the timeline's columns. */
export function periodMonths(plan: Plan): { month: number; year: number }[] {
  const first = monthIndex(plan.period.from);
  const count = Math.max(1, monthIndex(plan.period.to) - first + 1);
  return Array.from({ length: count }, (_, i) => ({ month: ((first + i) % 12) + 1, year: Math.floor((first + i) / 12) }));
}

/** The scale a timeline's columns take: the one the appendix asks for, else by the period's length. */
export function timelineScale(monthCount: number, asked: TimelineScale | null): TimelineScale {
  return asked ?? (monthCount <= MONTHS_UP_TO ? 'months' : monthCount <= QUARTERS_UP_TO ? 'quarters' : 'years');
}

/** What a month of the period belongs to at a scale: a column gathers the months of one key. */
export function periodKey(m: { month: number; year: number }, scale: TimelineScale): string {
  return scale === 'months' ? `${m.year}-${m.month}` : scale === 'quarters' ? `${m.year}-Q${Math.ceil(m.month / 3)}` : `${m.year}`;
}

/** How many period columns a timeline of the plan has (what the cell limit of rule plan-size counts). */
export function periodColumnCount(plan: Plan, asked: TimelineScale | null): number {
  const months = periodMonths(plan);
  const scale = timelineScale(months.length, asked);
  return new Set(months.map((m) => periodKey(m, scale))).size;
}
