import { PERIOD_NAME } from '../load/load-progress.js';
import type { Day } from '../model/days.js';
import { periodDays } from '../model/progress.js';
import { quarterOf } from '../model/time.js';

/** A reporting period asked for by `plan report --period`: its days and its name in words. */
export interface ReportPeriod {
  name: string;
  from: Day;
  to: Day;
  kind: 'month' | 'quarter' | 'half' | 'year';
  /** For the `report-period` phrase: the month, the quarter's numeral, the half (1, 2), the year. */
  month: number;
  quarter: string;
  half: number;
  year: number;
}

/** Reads 2023-06, 2023-Q2, 2023-H1 or 2023; undefined for anything else. */
export function parseReportPeriod(name: string): ReportPeriod | undefined {
  if (!PERIOD_NAME.test(name)) return undefined;
  const { from, to } = periodDays(name);
  const part = name.split('-')[1];
  const kind = part === undefined ? 'year' : part.startsWith('Q') ? 'quarter' : part.startsWith('H') ? 'half' : 'month';
  return { name, from, to, kind, month: to.month, quarter: quarterOf(to.month), half: to.month <= 6 ? 1 : 2, year: to.year };
}
