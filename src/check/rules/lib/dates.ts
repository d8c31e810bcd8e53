import { monthIndex } from '../../../model/dates.js';
import type { PlanDate } from '../../../model/types.js';

type DateLike = Pick<PlanDate, 'year' | 'month' | 'day'>;

/**
 * Orders two plan dates: by month when either is a month ("2023-06"), by day when both are full dates.
 * Negative when a is earlier.
 */
export function compareDates(a: DateLike, b: DateLike): number {
  const months = monthIndex(a) - monthIndex(b);
  if (months !== 0 || a.day === null || b.day === null) return months;
  return a.day - b.day;
}

/** A plan date as the document prints it: "6/2023" or "30/6/2023". */
export function showDate(date: DateLike): string {
  return date.day === null ? `${date.month}/${date.year}` : `${date.day}/${date.month}/${date.year}`;
}
