import type { Rule } from '../rule.js';

/** "Rõ người": when plan.yaml sets `settings.requirePerson: true`, every task names the person in charge. */
export const personAssigned: Rule = {
  id: 'person-assigned',
  severity: 'error',
  description: {
    vi: 'Khi kế hoạch yêu cầu "rõ người" (settings.requirePerson), mỗi nhiệm vụ phải ghi người phụ trách',
    en: 'When the plan requires it (settings.requirePerson), every task names a person in charge',
  },
  check({ plan }, report) {
    if (!plan.settings.requirePerson) return;
    for (const task of plan.tasks) {
      if (task.person === null) report(task.origin, { item: 'task', label: task.label });
    }
  },
};
