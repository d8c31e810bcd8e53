import { isRealDate } from '../../model/dates.js';
import type { Rule } from '../rule.js';
import { compareDates, showDate } from './lib/dates.js';

/**
 * A step (công việc) happens within its task: it does not start before the task starts, nor end
 * after the task's deadline. Compared by month, or by day when both dates are full dates.
 */
export const stepWithinTask: Rule = {
  id: 'step-within-task',
  severity: 'error',
  description: {
    vi: 'Công việc phải nằm trong thời gian của nhiệm vụ: không bắt đầu trước, không kết thúc sau nhiệm vụ',
    en: 'A step starts no earlier and ends no later than its task',
  },
  check({ plan }, report) {
    for (const task of plan.tasks) {
      // The start the clerk wrote, else the period's: a task the plan starts later by default (a
      // plan issued in March) does not make a step written for January wrong.
      const taskStart = task.ownStart ?? plan.period.from;
      for (const step of task.steps) {
        const item = { item: 'step', label: step.label, task: task.label };
        const { start, deadline } = step.own;
        if (start && isRealDate(start) && isRealDate(taskStart) && compareDates(start, taskStart) < 0) {
          report(start.origin, { ...item, value: showDate(start), limit: showDate(taskStart) }, { messageId: 'step-within-task.start' });
        }
        // "Thường xuyên", "Hằng tháng" or a time in words is no date the step was given.
        const spanning = step.time !== null && ['recurring', 'ongoing', 'words'].includes(step.time.kind);
        if (!spanning && deadline && task.deadline && isRealDate(deadline) && isRealDate(task.deadline) && compareDates(deadline, task.deadline) > 0) {
          report(deadline.origin, { ...item, value: showDate(deadline), limit: showDate(task.deadline) });
        }
      }
    }
  },
};
