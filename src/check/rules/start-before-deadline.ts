import { isRealDate } from '../../model/dates.js';
import type { PlanTime } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { compareDates, showDate } from './lib/dates.js';

/**
 * A task or a step starts no later than its deadline: "Tháng 9 - 8/2024" in Phụ lục II, or a
 * timeline with nothing but the ◆, is a typo in one of the two dates. A step without a deadline of
 * its own is held to its task's. Compared by month, or by day when both dates are full dates.
 */
export const startBeforeDeadline: Rule = {
  id: 'start-before-deadline',
  severity: 'error',
  description: {
    vi: 'Nhiệm vụ và công việc bắt đầu không muộn hơn thời hạn hoàn thành của chính nó',
    en: 'A task or step starts no later than its own deadline',
  },
  check({ plan }, report) {
    // A range written as the time ("Tháng 9 - 8/2024", "2025-2024") starts after it ends.
    const reversed = (time: PlanTime | null, item: { item: string; label: string }) => {
      if (time && (time.kind === 'range' || time.kind === 'years') && isRealDate(time.from) && isRealDate(time.to) && compareDates(time.from, time.to) > 0) {
        report(time.origin, { ...item, value: showDate(time.from), limit: showDate(time.to) });
      }
    };
    for (const task of plan.tasks) {
      reversed(task.time, { item: 'task', label: task.label });
      for (const step of task.steps) if (step.time !== task.time) reversed(step.time, { item: 'step', label: step.label });
      const start = task.ownStart;
      if (start && task.deadline && isRealDate(start) && isRealDate(task.deadline) && compareDates(start, task.deadline) > 0) {
        report(start.origin, { item: 'task', label: task.label, value: showDate(start), limit: showDate(task.deadline) });
      }
      for (const step of task.steps) {
        const own = step.own.start;
        const deadline = step.own.deadline ?? task.deadline;
        if (own && deadline && isRealDate(own) && isRealDate(deadline) && compareDates(own, deadline) > 0) {
          report(own.origin, { item: 'step', label: step.label, value: showDate(own), limit: showDate(deadline) });
        }
      }
    }
  },
};
