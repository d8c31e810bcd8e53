import { isRealDate, monthIndex } from '../../model/dates.js';
import type { PlanDate, PlanTime } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { compareDates, showDate } from './lib/dates.js';

/**
 * Every deadline and own start of a task or step falls within the plan's period (plan.yaml `period`,
 * by default the year of the plan's date), by month; and no deadline falls before the plan is issued
 * (by month, or by day when both are full dates).
 */
export const deadlineInPlanPeriod: Rule = {
  id: 'deadline-in-plan-period',
  severity: 'error',
  description: {
    vi: 'Thời hạn và thời gian bắt đầu của nhiệm vụ, công việc phải nằm trong thời gian thực hiện kế hoạch và không trước ngày ban hành',
    en: 'Task and step deadlines and starts fall within the plan period, and no deadline before the plan is issued',
  },
  check({ plan }, report) {
    const { from, to } = plan.period;
    // A period that runs backwards is rule period-valid's one finding, not one for every task.
    if (monthIndex(to) < monthIndex(from)) return;
    const period = { from: showDate(from), to: showDate(to) };
    const check = (date: PlanDate | null, item: { item: string; label: string }, kind: 'deadline' | 'start') => {
      if (!date || !isRealDate(date)) return;
      const args = { ...item, kind, value: showDate(date), ...period, date: showDate(plan.date) };
      if (monthIndex(date) < monthIndex(from) || monthIndex(date) > monthIndex(to)) report(date.origin, args);
      else if (kind === 'deadline' && isRealDate(plan.date) && compareDates(date, plan.date) < 0) {
        report(date.origin, args, { messageId: 'deadline-in-plan-period.before-date' });
      }
    };
    // A range's first month is a start the clerk wrote ("Giai đoạn 2020 - 2024" in a plan for 2024).
    const rangeStart = (time: PlanTime | null) => (time && (time.kind === 'range' || time.kind === 'years') ? time.from : null);
    for (const task of plan.tasks) {
      const item = { item: 'task', label: task.label };
      check(task.ownStart ?? rangeStart(task.time), item, 'start');
      check(task.deadline, item, 'deadline');
      for (const step of task.steps) {
        check(step.own.start, { item: 'step', label: step.label }, 'start');
        check(step.own.deadline, { item: 'step', label: step.label }, 'deadline');
      }
    }
  },
};
