import type { Rule } from '../rule.js';

/** Every task has a deadline (thời gian hoàn thành). */
export const taskDeadlineRequired: Rule = {
  id: 'task-deadline-required',
  severity: 'error',
  description: { vi: 'Mỗi nhiệm vụ phải có thời gian hoàn thành', en: 'Every task has a deadline' },
  check({ plan }, report) {
    for (const task of plan.tasks) {
      if (task.deadline === null) report(task.origin, { item: 'task', label: task.label });
    }
  },
};
