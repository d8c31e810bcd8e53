import { daysInMonth, isRealDate } from '../../model/dates.js';
import type { PlanDate } from '../../model/types.js';
import type { Report, Rule } from '../rule.js';
import { MAX_PER_TEXT } from '../run-rules.js';
import { eachText } from './lib/items.js';
import { spanInText } from './lib/nfc-span.js';
import { findAllTextDates } from './lib/text-dates.js';

/**
 * Dates exist in the calendar: no month 13, no 31/6, no 29/2 outside leap years. Both the date
 * fields (date, period, start, deadline) and dates written inside text ("ngày 31/6/2023",
 * "ngày 31 tháng 6 năm 2023").
 */
export const dateValid: Rule = {
  id: 'date-valid',
  severity: 'error',
  local: true,
  description: { vi: 'Ngày tháng phải có thật (không có ngày 31/6), kể cả ngày viết trong văn bản', en: 'Dates exist in the calendar (no 31 June), dates in text included' },
  check({ plan, files }, report) {
    const planItem = { item: 'plan', label: '' };
    checkDate(plan.date, planItem, report);
    checkDate(plan.period.from, planItem, report);
    checkDate(plan.period.to, planItem, report);
    for (const task of plan.tasks) {
      const item = { item: 'task', label: task.label };
      for (const date of [task.ownStart, task.deadline]) if (date) checkDate(date, item, report);
      for (const step of task.steps) {
        for (const date of [step.own.start, step.own.deadline]) if (date) checkDate(date, { item: 'step', label: step.label }, report);
      }
    }
    eachText({ plan, files }, (text, at, item, normalized) => {
      const nfc = normalized();
      const faults = findAllTextDates(nfc).filter((date) => !isRealDate(date));
      for (const date of faults.slice(0, MAX_PER_TEXT)) {
        report({ ...at, span: spanInText(text, nfc, date.span) }, () => ({ ...item(), value: date.text, day: date.day, month: date.month, year: date.year }), { messageId: 'date-valid.text' });
      }
      if (faults.length > MAX_PER_TEXT) report.more(at, faults.length - MAX_PER_TEXT);
    });
  },
};

function checkDate(date: PlanDate, item: { item: string; label: string }, report: Report): void {
  const args = { ...item, value: date.raw, year: date.year, month: date.month, day: date.day ?? '' };
  if (date.month < 1 || date.month > 12) report(date.origin, args, { messageId: 'date-valid.month' });
  else if (date.day !== null && (date.day < 1 || date.day > daysInMonth(date.year, date.month))) report(date.origin, args);
}
