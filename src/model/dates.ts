import type { Origin } from '../diagnostics.js';
import type { PlanDate } from './types.js';

/** Reads "2023-06" or "2023-06-30" (the schema has checked the shape, not that the date exists). */
export function parsePlanDate(raw: string, origin: Origin): PlanDate {
  const [year, month, day] = raw.split('-').map(Number);
  return { year: year!, month: month!, day: day ?? null, raw, origin };
}

/** Whether the month, and the day if any, exist in the calendar. */
export function isRealDate(date: Pick<PlanDate, 'year' | 'month' | 'day'>): boolean {
  if (date.month < 1 || date.month > 12) return false;
  return date.day === null || (date.day >= 1 && date.day <= daysInMonth(date.year, date.month));
}

export function daysInMonth(year: number, month: number): number {
  // Counted, not asked of Date (a text of thousands of dates asked it millions of times). Date reads
  // years 0-99 as 1900-1999; so does this, and every month of years 0-9999 gets the same answer.
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : MONTH_DAYS[month - 1]!;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Months since year 0: lets month ranges compare and subtract. */
export function monthIndex(date: Pick<PlanDate, 'year' | 'month'>): number {
  return date.year * 12 + (date.month - 1);
}

/**
 * Day or month as Nghị định 30 writes it in a date: a leading zero for days below 10 and for
 * months 1 and 2 (Phụ lục I, mục II.4: "ngày 05 tháng 01 năm 2020", "ngày 29 tháng 6 năm 2019").
 */
export function nd30Day(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** See nd30Day: only January and February take a leading zero. */
export function nd30Month(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** Counts written with two digits, as administrative text does ("02 nhiệm vụ"). */
export function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
