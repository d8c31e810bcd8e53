import type { Rule } from '../rule.js';

/**
 * Every task names its lead unit, and every step (công việc) has an owner ("rõ việc": nobody owns a
 * job without one). A step that names none takes its task's lead while `settings.stepsInherit` is
 * true (the default), so only the task is reported when it has none; with `stepsInherit: false`
 * each step must name its own and is reported at the step.
 */
export const taskOwnerRequired: Rule = {
  id: 'task-owner-required',
  severity: 'error',
  description: {
    vi: 'Mỗi nhiệm vụ phải có đơn vị chủ trì, mỗi công việc phải có đơn vị thực hiện',
    en: 'Every task has a lead unit and every step an owner',
  },
  check({ plan }, report) {
    const inherit = plan.settings.stepsInherit;
    for (const task of plan.tasks) {
      if (task.leadId === null) report(task.origin, { item: 'task', label: task.label });
      if (inherit) continue;
      for (const step of task.steps) {
        if (step.own.ownerId === null) report(step.origin, { item: 'step', label: step.label }, { messageId: 'task-owner-required.step' });
      }
    }
  },
};
