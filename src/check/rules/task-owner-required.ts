import type { Rule } from '../rule.js';

/** Every task names its lead unit ("rõ việc": nobody owns a task without one). */
export const taskOwnerRequired: Rule = {
  id: 'task-owner-required',
  severity: 'error',
  description: { vi: 'Mỗi nhiệm vụ phải có đơn vị chủ trì', en: 'Every task has a lead unit' },
  check({ plan }, report) {
    for (const task of plan.tasks) {
      if (task.leadId === null) report(task.origin, { item: 'task', label: task.label });
    }
  },
};
