import { parseDay, type Day } from '../model/days.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

/** A day of --as-of, read; a text that is no day of the calendar is a usage error. */
export function parseAsOf(text: string): Day {
  const day = parseDay(text);
  if (!day) throw new UsageError('cli.bad-as-of', { value: text });
  return day;
}

/** Today, by the machine's clock (or the test's): the one place below main() where the clock is read. */
export function today(io: Io): Day {
  const now = io.clock?.() ?? new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
