import { daysInMonth } from './dates.js';

/** A calendar day: what progress is measured on (a deadline, a day done, the day the plan is looked at). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 (UTC, so no time zone moves a day): days compare and subtract as numbers. */
export function dayNumber(day: Day): number {
  // Not Date.UTC alone: it reads the years 0-99 as 1900-1999 (status as of 0050-06-01 counted from 1950).
  const date = new Date(0);
  date.setUTCFullYear(day.year, day.month - 1, day.day);
  return Math.round(date.getTime() / 86_400_000);
}

/** The last day of a month. */
export function lastDayOf(year: number, month: number): Day {
  return { year, month, day: daysInMonth(year, month) };
}

/** Reads "2023-06-30"; undefined when it is no real day of the calendar. */
export function parseDay(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const day = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month) ? day : undefined;
}

/** "2023-06-30". */
export function showDay(day: Day): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/** "30/6/2023", as offices write a day in running text. */
export function writeDay(day: Day): string {
  return `${day.day}/${day.month}/${day.year}`;
}
