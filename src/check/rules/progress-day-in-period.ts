import { dayNumber, writeDay } from '../../model/days.js';
import type { Rule } from '../rule.js';
import { progressItems } from './lib/progress-items.js';

/**
 * The day a task was done falls within the period of the file that reports it (progress/2023-06.yaml:
 * June 2023), and is a day of the calendar: a day elsewhere is a typo or an entry in the wrong file.
 */
export const progressDayInPeriod: Rule = {
  id: 'progress-day-in-period',
  severity: 'error',
  description: {
    vi: 'Ngày hoàn thành có trong lịch và nằm trong kỳ báo cáo của tệp (progress/2023-06.yaml: tháng 6/2023)',
    en: "The day done exists in the calendar and falls within the file's reporting period (progress/2023-06.yaml: June 2023)",
  },
  check({ plan }, report) {
    const items = progressItems(plan);
    for (const period of plan.progress.periods) {
      for (const entry of period.entries) {
        if (entry.done === null) continue;
        const named = items.get(entry.id) ?? { item: 'task', label: entry.id };
        const args = { ...named, period: period.name, value: entry.done.raw, from: writeDay(period.from), to: writeDay(period.to) };
        if (entry.done.day === null) report(entry.done.origin, args, { messageId: 'progress-day-in-period.invalid' });
        else if (dayNumber(entry.done.day) < dayNumber(period.from) || dayNumber(entry.done.day) > dayNumber(period.to)) report(entry.done.origin, { ...args, value: writeDay(entry.done.day) });
      }
    }
  },
};
