import type { Rule } from '../rule.js';

/**
 * Every task has a deadline (thời gian hoàn thành), and so does every step: a step that gives none
 * takes its task's while `settings.stepsInherit` is true (the default), so only the task is reported
 * when it has none; with `stepsInherit: false` each step must give its own and is reported at the step.
 */
export const taskDeadlineRequired: Rule = {
  id: 'task-deadline-required',
  severity: 'error',
  description: {
    vi: 'Mỗi nhiệm vụ và mỗi công việc phải có thời gian hoàn thành',
    en: 'Every task and every step has a deadline',
  },
  check({ plan }, report) {
    const inherit = plan.settings.stepsInherit;
    // A time written but not read is rule time-form's finding, not a missing one.
    const unread = new Set(plan.unreadTimes.map((t) => t.origin.path.filter((s) => s !== 'by').join('/')));
    for (const task of plan.tasks) {
      if (task.deadline === null && !unread.has([...task.origin.path, 'deadline'].join('/'))) report(task.origin, { item: 'task', label: task.label });
      if (inherit) continue;
      for (const step of task.steps) {
        if (step.own.deadline === null && !unread.has([...step.origin.path, 'deadline'].join('/'))) report(step.origin, { item: 'step', label: step.label }, { messageId: 'task-deadline-required.step' });
      }
    }
  },
};
